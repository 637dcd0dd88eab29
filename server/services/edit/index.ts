/**
 * Editing: create, update and delete every entity and relationship, one transaction each, with
 * the importer's validation rules (the same column specs, via validateRecord) and its upsert
 * queries, so an edited graph is indistinguishable from an imported one. References are checked
 * against the database inside the transaction; every write bumps the graph version.
 */
import { validateRecord, inputName } from '../../dataset/record.ts';
import { parseJsonDataset } from '../../dataset/index.ts';
import {
  allianceMemberRow,
  membershipRow,
  nodeRow,
  relationshipRow,
  rowToNode,
} from '../../db/dataset-rows.ts';
import type { Executor, Tx } from '../../db/executor.ts';
import type { QueryName } from '../../db/queries.ts';
import { AtlasError, DatasetInvalidError, ErrorCode, NotFoundError, type DatasetIssue } from '../../errors.ts';
import type {
  Alliance,
  AllianceMember,
  Cluster,
  DatasetFile,
  Membership,
  Organization,
  Region,
  Relationship,
  RelationshipType,
} from '../../model/types.ts';
import { createHash } from 'node:crypto';
import { dryRunSummary, importDataset, type ImportSummary } from '../import-service.ts';
import { ENTITIES, type EntityKind } from './entities.ts';

export interface WriteResult {
  id: string;
  created: boolean;
  graphVersion: number;
}

export interface DeleteResult {
  id: string;
  deleted: boolean;
  relationshipsRemoved: number;
  graphVersion: number;
}

export interface RelationshipKey {
  sourceId: string;
  targetId: string;
  type: RelationshipType;
  kind?: string | null;
}

export interface EditServices {
  createEntity(kind: EntityKind, input: Record<string, unknown>): Promise<WriteResult>;
  updateEntity(kind: EntityKind, id: string, patch: Record<string, unknown>): Promise<WriteResult>;
  deleteEntity(kind: EntityKind, id: string): Promise<DeleteResult>;
  setMembership(input: Record<string, unknown>): Promise<WriteResult>;
  removeMembership(organizationId: string, clusterId: string): Promise<DeleteResult>;
  upsertRelationship(input: Record<string, unknown>): Promise<WriteResult>;
  deleteRelationship(key: RelationshipKey): Promise<DeleteResult>;
  addAllianceMember(input: Record<string, unknown>): Promise<WriteResult>;
  removeAllianceMember(allianceId: string, memberId: string): Promise<DeleteResult>;
  importJson(json: string, dryRun: boolean, limitBytes: number): Promise<ImportSummary>;
}

const REL_UPSERT: Record<RelationshipType, QueryName> = {
  SUPPLIES: 'import-rel-supplies',
  COLLABORATES_WITH: 'import-rel-collaborates',
  INVESTS_IN: 'import-rel-invests',
  SUPPORTS: 'import-rel-supports',
};
const REL_DELETE: Record<RelationshipType, QueryName> = {
  SUPPLIES: 'edit-delete-rel-supplies',
  COLLABORATES_WITH: 'edit-delete-rel-collaborates',
  INVESTS_IN: 'edit-delete-rel-invests',
  SUPPORTS: 'edit-delete-rel-supports',
};

interface Refs {
  region?: string[];
  cluster?: string[];
  organization?: string[];
  alliance?: string[];
}

/** Checks that every referenced id exists; reports each missing one as the importer would. */
async function checkRefs(tx: Tx, file: DatasetFile, refs: Refs, columns: Record<string, string>): Promise<Set<string>> {
  const rows = await tx.run('edit-ids-exist', {
    regionIds: refs.region ?? [],
    clusterIds: refs.cluster ?? [],
    organizationIds: refs.organization ?? [],
    allianceIds: refs.alliance ?? [],
  });
  const found = rows[0] ?? {};
  const present = new Set<string>();
  const issues: DatasetIssue[] = [];
  for (const [label, key] of [
    ['region', 'regions'],
    ['cluster', 'clusters'],
    ['organization', 'organizations'],
    ['alliance', 'alliances'],
  ] as const) {
    const have = new Set((found[key] as string[] | null) ?? []);
    for (const id of refs[label] ?? []) {
      if (have.has(id)) present.add(`${label}:${id}`);
      else issues.push({ file: inputName(file), line: 1, column: columns[`${label}:${id}`] ?? 'id', reason: 'UNKNOWN_REFERENCE', message: `no ${label} has id ${JSON.stringify(id)}` });
    }
  }
  if (issues.length > 0) throw new DatasetInvalidError(issues);
  return present;
}

async function bump(tx: Tx): Promise<number> {
  return Number((await tx.run('graph-version-bump'))[0]?.['version'] ?? 0);
}

function entityRefs(kind: EntityKind, record: Record<string, unknown>): { refs: Refs; columns: Record<string, string> } {
  const refs: Refs = {};
  const columns: Record<string, string> = {};
  const region = record['regionId'];
  if (typeof region === 'string') {
    refs.region = [region];
    columns[`region:${region}`] = 'regionId';
  }
  const parent = record['parentId'];
  if (kind === 'region' && typeof parent === 'string') {
    if (parent === record['id']) {
      throw new DatasetInvalidError([{ file: inputName('regions'), line: 1, column: 'parentId', reason: 'OUT_OF_RANGE', message: 'a region cannot be its own parent' }]);
    }
    refs.region = [...(refs.region ?? []), parent];
    columns[`region:${parent}`] = 'parentId';
  }
  return { refs, columns };
}

export function createEditServices(executor: Executor): EditServices {
  const upsertEntity = async (kind: EntityKind, record: Record<string, unknown>, mustExist: boolean): Promise<WriteResult> => {
    const spec = ENTITIES[kind];
    const row = nodeRow(record as unknown as Region | Cluster | Organization | Alliance);
    return executor.tx('WRITE', async (tx) => {
      const existing = await tx.run(spec.get, { id: row.id });
      if (mustExist && existing.length === 0) throw new NotFoundError(spec.label, row.id);
      if (!mustExist && existing.length > 0) {
        throw new DatasetInvalidError([{ file: inputName(spec.file), line: 1, column: 'id', reason: 'DUPLICATE_ID', message: `${spec.label} ${JSON.stringify(row.id)} already exists` }]);
      }
      const { refs, columns } = entityRefs(kind, record);
      await checkRefs(tx, spec.file, refs, columns);
      await tx.run(spec.upsert, { rows: [row] });
      if (kind === 'region') await tx.run('import-region-parents', { rows: [row] });
      return { id: row.id, created: !mustExist, graphVersion: await bump(tx) };
    });
  };

  return {
    createEntity(kind, input) {
      return upsertEntity(kind, validateRecord(ENTITIES[kind].file, input), false);
    },

    async updateEntity(kind, id, patch) {
      const spec = ENTITIES[kind];
      const current = await executor.read(spec.get, { id });
      const stored = current[0];
      if (stored === undefined) throw new NotFoundError(spec.label, id);
      // A partial update: given fields replace, explicit nulls clear, the rest stays.
      const base = rowToNode<Region>(stored) as unknown as Record<string, unknown>;
      const merged: Record<string, unknown> = { ...base, ...patch, id };
      const extras = { ...((base['extras'] as Record<string, unknown> | undefined) ?? {}), ...((patch['extras'] as Record<string, unknown> | undefined) ?? {}) };
      merged['extras'] = Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== null));
      return upsertEntity(kind, validateRecord(spec.file, merged), true);
    },

    async deleteEntity(kind, id) {
      const spec = ENTITIES[kind];
      return executor.tx('WRITE', async (tx) => {
        const rows = await tx.run(spec.remove, { id });
        if (rows.length === 0) throw new NotFoundError(spec.label, id);
        return { id, deleted: true, relationshipsRemoved: Number(rows[0]?.['rels'] ?? 0), graphVersion: await bump(tx) };
      });
    },

    async setMembership(input) {
      const m = validateRecord('memberships', input) as unknown as Membership;
      return executor.tx('WRITE', async (tx) => {
        await checkRefs(tx, 'memberships', { organization: [m.organizationId], cluster: [m.clusterId] }, {
          [`organization:${m.organizationId}`]: 'organizationId',
          [`cluster:${m.clusterId}`]: 'clusterId',
        });
        const rows = await tx.run('import-memberships', { rows: [membershipRow(m)] });
        return { id: `${m.organizationId}|${m.clusterId}`, created: Number(rows[0]?.['created'] ?? 0) > 0, graphVersion: await bump(tx) };
      });
    },

    removeMembership(organizationId, clusterId) {
      return deleteOne(executor, 'edit-delete-membership', { sourceId: organizationId, targetId: clusterId }, `${organizationId}|${clusterId}`, 'membership');
    },

    async upsertRelationship(input) {
      const r = validateRecord('relationships', input) as unknown as Relationship;
      return executor.tx('WRITE', async (tx) => {
        const targetLabel = r.type === 'SUPPORTS' ? 'cluster' : 'organization';
        const refs: Refs = r.type === 'SUPPORTS' ? { organization: [r.sourceId], cluster: [r.targetId] } : { organization: [r.sourceId, r.targetId] };
        await checkRefs(tx, 'relationships', refs, { [`organization:${r.sourceId}`]: 'sourceId', [`${targetLabel}:${r.targetId}`]: 'targetId' });
        const rows = await tx.run(REL_UPSERT[r.type], { rows: [relationshipRow(r)] });
        return { id: relationshipId(r), created: Number(rows[0]?.['created'] ?? 0) > 0, graphVersion: await bump(tx) };
      });
    },

    deleteRelationship(key) {
      // Same orientation rule as the importer: a collaboration is stored with sourceId < targetId.
      const [s, t] = key.type === 'COLLABORATES_WITH' && key.targetId < key.sourceId ? [key.targetId, key.sourceId] : [key.sourceId, key.targetId];
      const kind = key.kind ?? '';
      return deleteOne(executor, REL_DELETE[key.type], { sourceId: s, targetId: t, kind }, relationshipId({ sourceId: s, targetId: t, type: key.type, kind }), 'relationship');
    },

    async addAllianceMember(input) {
      const m = validateRecord('alliance_members', input) as unknown as AllianceMember;
      return executor.tx('WRITE', async (tx) => {
        const found = await tx.run('edit-ids-exist', { regionIds: [], clusterIds: [m.memberId], organizationIds: [m.memberId], allianceIds: [m.allianceId] });
        const f = found[0] ?? {};
        const isCluster = ((f['clusters'] as string[] | null) ?? []).length > 0;
        const isOrg = ((f['organizations'] as string[] | null) ?? []).length > 0;
        const issues: DatasetIssue[] = [];
        if (((f['alliances'] as string[] | null) ?? []).length === 0) issues.push({ file: inputName('alliance_members'), line: 1, column: 'allianceId', reason: 'UNKNOWN_REFERENCE', message: `no alliance has id ${JSON.stringify(m.allianceId)}` });
        if (isCluster === isOrg) issues.push({ file: inputName('alliance_members'), line: 1, column: 'memberId', reason: 'UNKNOWN_REFERENCE', message: isCluster ? `${JSON.stringify(m.memberId)} is ambiguous: both a cluster and an organisation` : `no cluster or organisation has id ${JSON.stringify(m.memberId)}` });
        if (issues.length > 0) throw new DatasetInvalidError(issues);
        const rows = await tx.run('import-alliance-members', { rows: [allianceMemberRow(m, new Set(isCluster ? [m.memberId] : []))] });
        return { id: `${m.allianceId}|${m.memberId}`, created: Number(rows[0]?.['created'] ?? 0) > 0, graphVersion: await bump(tx) };
      });
    },

    async removeAllianceMember(allianceId, memberId) {
      const found = (await executor.read('edit-ids-exist', { regionIds: [], clusterIds: [memberId], organizationIds: [], allianceIds: [] }))[0] ?? {};
      const memberIsCluster = ((found['clusters'] as string[] | null) ?? []).length > 0;
      return deleteOne(executor, 'edit-delete-alliance-member', { sourceId: memberId, targetId: allianceId, memberIsCluster }, `${allianceId}|${memberId}`, 'alliance member');
    },

    async importJson(json, dryRun, limitBytes) {
      const bytes = Buffer.byteLength(json, 'utf8');
      if (bytes > limitBytes) {
        throw new AtlasError(ErrorCode.BAD_USER_INPUT, `the dataset is ${bytes} bytes; the limit is ${limitBytes}`, { limit: limitBytes });
      }
      const dataset = parseJsonDataset(json, 'importDataset.json');
      const checksum = createHash('sha256').update(json).digest('hex').slice(0, 24);
      if (dryRun) {
        return dryRunSummary(dataset);
      }
      return importDataset(executor, dataset, { source: 'graphql:importDataset', checksum });
    },
  };
}

function relationshipId(r: { sourceId: string; targetId: string; type: string; kind?: string | undefined }): string {
  return `${r.type}:${r.sourceId}:${r.targetId}:${r.kind ?? ''}`;
}

async function deleteOne(executor: Executor, query: QueryName, params: Record<string, unknown>, id: string, what: string): Promise<DeleteResult> {
  return executor.tx('WRITE', async (tx) => {
    const deleted = Number((await tx.run(query, params))[0]?.['deleted'] ?? 0);
    if (deleted === 0) throw new NotFoundError(what, id);
    return { id, deleted: true, relationshipsRemoved: deleted, graphVersion: await bump(tx) };
  });
}
