import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphAsDataset } from '../../server/services/export-service.ts';
import { TEST_KEYS, startTestApp, type TestApp } from './support/app.ts';
import { freshDatabase, graphCounts } from './support/database.ts';

type Issue = { file: string; line: number; column?: string; reason: string };
const ED = TEST_KEYS.editor;

describe('mutations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await freshDatabase(t.executor);
  });
  afterAll(() => t.close());

  const m = async (query: string, variables: Record<string, unknown> = {}, token = ED) => t.gql<Record<string, { id: string; created?: boolean; graphVersion: number; relationshipsRemoved?: number }>>(query, variables, token);

  it('creates, updates and deletes a region, cluster, organisation and alliance', async () => {
    let r = await m('mutation { createRegion(input: {id: "r1", name: "North", country: "de", level: "NUTS2"}) { id created graphVersion } }');
    expect(r.data?.['createRegion']).toMatchObject({ id: 'r1', created: true });
    const v1 = r.data?.['createRegion']?.graphVersion ?? 0;
    r = await m('mutation { createCluster(input: {id: "c1", name: "Auto", regionId: "r1", sector: "C29", founded: 2001}) { id created graphVersion } }');
    expect(r.data?.['createCluster']?.graphVersion).toBeGreaterThan(v1);
    r = await m('mutation { createOrganization(input: {id: "o1", name: "Maker", kind: ENTERPRISE, regionId: "r1", employees: 120, extras: {note: "anchor"}}) { id created } }');
    expect(r.data?.['createOrganization']?.created).toBe(true);
    r = await m('mutation { createAlliance(input: {id: "a1", name: "Mobility", founded: 2015}) { id } }');
    expect(r.errors).toBeUndefined();

    r = await m('mutation { updateOrganization(id: "o1", patch: {name: "Maker AG", employees: null}) { id created } }');
    expect(r.data?.['updateOrganization']?.created).toBe(false);
    const after = await readGraphAsDataset(t.executor);
    const o1 = after.organizations.find((o) => o.id === 'o1');
    expect(o1).toMatchObject({ name: 'Maker AG', kind: 'ENTERPRISE', regionId: 'r1', extras: { x_note: 'anchor' } });
    expect(o1?.employees).toBeUndefined();
    expect(after.regions.find((x) => x.id === 'r1')?.country).toBe('DE');

    r = await m('mutation { updateCluster(id: "c1", patch: {regionId: null}) { id } }');
    expect(r.errors).toBeUndefined();
    const located = await t.executor.tx('READ', (tx) => tx.runText("MATCH (:Cluster {id: 'c1'})-[l:LOCATED_IN]->() RETURN count(l) AS n"));
    expect(located[0]?.['n']).toBe(0);
  });

  it('sets memberships, relationships and alliance members, and deletes them', async () => {
    await m('mutation { createOrganization(input: {id: "o2", name: "Parts", kind: SUPPLIER}) { id } }');
    let r = await m('mutation { setMembership(input: {organizationId: "o1", clusterId: "c1", role: COORDINATOR, since: 2010}) { id created } }');
    expect(r.data?.['setMembership']?.created).toBe(true);
    r = await m('mutation { upsertRelationship(input: {sourceId: "o2", targetId: "o1", type: SUPPLIES, value: 10, since: 2012}) { id created } }');
    expect(r.data?.['upsertRelationship']).toEqual({ id: 'SUPPLIES:o2:o1:', created: true });
    r = await m('mutation { upsertRelationship(input: {sourceId: "o2", targetId: "o1", type: COLLABORATES_WITH, kind: "rnd"}) { id created } }');
    // Stored once, oriented by id order, with the kind normalised as the importer does.
    expect(r.data?.['upsertRelationship']).toEqual({ id: 'COLLABORATES_WITH:o1:o2:RND', created: true });
    r = await m('mutation { upsertRelationship(input: {sourceId: "o1", targetId: "o2", type: COLLABORATES_WITH, kind: "RND", weight: 3}) { created } }');
    expect(r.data?.['upsertRelationship']?.created).toBe(false);
    r = await m('mutation { upsertRelationship(input: {sourceId: "o1", targetId: "c1", type: SUPPORTS, program: "P", value: 5}) { created } }');
    expect(r.data?.['upsertRelationship']?.created).toBe(true);
    r = await m('mutation { addAllianceMember(input: {allianceId: "a1", memberId: "c1", since: 2016}) { created } }');
    expect(r.data?.['addAllianceMember']?.created).toBe(true);
    r = await m('mutation { addAllianceMember(input: {allianceId: "a1", memberId: "o2"}) { created } }');
    expect(r.data?.['addAllianceMember']?.created).toBe(true);
    const counts = await graphCounts(t.executor);
    expect(counts).toMatchObject({ memberships: 1, supplies: 1, collaborates: 1, supports: 1, partyTo: 2 });
    const ds = await readGraphAsDataset(t.executor);
    expect(ds.relationships.find((x) => x.type === 'COLLABORATES_WITH')).toMatchObject({ sourceId: 'o1', targetId: 'o2', weight: 3, kind: 'RND' });
    expect(ds.relationships.find((x) => x.type === 'SUPPORTS')).toMatchObject({ value: 5, program: 'P' });

    r = await m('mutation { deleteRelationship(sourceId: "o2", targetId: "o1", type: COLLABORATES_WITH, kind: "RND") { deleted relationshipsRemoved } }');
    expect(r.data?.['deleteRelationship']).toEqual({ deleted: true, relationshipsRemoved: 1 });
    r = await m('mutation { removeAllianceMember(allianceId: "a1", memberId: "c1") { deleted } }');
    expect(r.errors).toBeUndefined();
    r = await m('mutation { removeMembership(organizationId: "o1", clusterId: "c1") { deleted } }');
    expect(r.errors).toBeUndefined();
    expect(await graphCounts(t.executor)).toMatchObject({ memberships: 0, collaborates: 0, partyTo: 1 });
  });

  it('deleting an organisation removes its relationships and says how many', async () => {
    // o2: SUPPLIES → o1, PARTY_TO a1 (the other ties were removed above).
    const r = await m('mutation { deleteOrganization(id: "o2") { id deleted relationshipsRemoved } }');
    expect(r.data?.['deleteOrganization']).toEqual({ id: 'o2', deleted: true, relationshipsRemoved: 2 });
    expect(await graphCounts(t.executor)).toMatchObject({ supplies: 0, partyTo: 0 });
  });

  it('rejects bad input with the importer rules, naming the field and the reason', async () => {
    const cases: [string, Partial<Issue>][] = [
      ['mutation { createOrganization(input: {id: "o9", name: "X", kind: ENTERPRISE, exportShare: 1.5}) { id } }', { column: 'exportShare', reason: 'OUT_OF_RANGE' }],
      ['mutation { createOrganization(input: {id: "o9", name: "X", kind: ENTERPRISE, regionId: "nowhere"}) { id } }', { column: 'regionId', reason: 'UNKNOWN_REFERENCE' }],
      ['mutation { createOrganization(input: {id: "o1", name: "Dup", kind: ENTERPRISE}) { id } }', { column: 'id', reason: 'DUPLICATE_ID' }],
      ['mutation { setMembership(input: {organizationId: "o1", clusterId: "c1", since: 2020, until: 2010}) { id } }', { column: 'until', reason: 'BAD_YEAR_ORDER' }],
      ['mutation { upsertRelationship(input: {sourceId: "o1", targetId: "o1", type: SUPPLIES}) { id } }', { column: 'targetId', reason: 'OUT_OF_RANGE' }],
      ['mutation { upsertRelationship(input: {sourceId: "o1", targetId: "c1", type: COLLABORATES_WITH, kind: "GOSSIP"}) { id } }', { column: 'kind', reason: 'BAD_ENUM' }],
      ['mutation { createCluster(input: {id: "c9", name: "Y", founded: 1700}) { id } }', { column: 'founded', reason: 'OUT_OF_RANGE' }],
    ];
    for (const [query, want] of cases) {
      const r = await m(query);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      const issues = r.errors?.[0]?.extensions?.['issues'] as Issue[] | undefined;
      expect(issues?.[0], query).toMatchObject(want);
    }
    const before = await graphCounts(t.executor);
    expect(before['organizations']).toBe(1);
  });

  it('says NOT_FOUND for updates and deletes of what does not exist', async () => {
    for (const q of [
      'mutation { updateOrganization(id: "ghost", patch: {name: "x"}) { id } }',
      'mutation { deleteCluster(id: "ghost") { id } }',
      'mutation { deleteRelationship(sourceId: "o1", targetId: "ghost", type: SUPPLIES) { id } }',
    ]) {
      expect((await m(q)).errors?.[0]?.extensions?.code, q).toBe('NOT_FOUND');
    }
  });

  it('imports a JSON bundle (admin), validates it first, and honours dryRun and the size limit', async () => {
    const json = JSON.stringify({
      regions: [{ id: 'r1', name: 'North' }],
      organizations: [
        { id: 'j1', name: 'Json One', kind: 'ENTERPRISE', regionId: 'r1' },
        { id: 'j2', name: 'Json Two', kind: 'UNIVERSITY' },
      ],
      relationships: [{ sourceId: 'j1', targetId: 'j2', type: 'COLLABORATES_WITH', kind: 'RND' }],
    });
    const query = 'mutation($json: String!, $dry: Boolean) { importDataset(json: $json, dryRun: $dry) { dryRun runId totals { rows created updated unchanged } steps { name rows } } }';
    const dry = await t.gql<{ importDataset: { dryRun: boolean; totals: { rows: number } } }>(query, { json, dry: true }, TEST_KEYS.admin);
    expect(dry.data?.importDataset).toMatchObject({ dryRun: true, totals: { rows: 4 } });
    expect((await graphCounts(t.executor))['organizations']).toBe(1);

    const real = await t.gql<{ importDataset: { totals: { created: number; updated: number } } }>(query, { json, dry: false }, TEST_KEYS.admin);
    expect(real.data?.importDataset.totals).toMatchObject({ created: 3, updated: 1 });
    expect((await graphCounts(t.executor))['organizations']).toBe(3);

    const bad = await t.gql(query, { json: JSON.stringify({ organizations: [{ id: 'b', name: 'B', kind: 'ROBOT' }] }) }, TEST_KEYS.admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.['issues'] as Issue[])[0]).toMatchObject({ column: 'kind', reason: 'BAD_ENUM' });

    const small = await startTestApp({ ATLAS_IMPORT_LIMIT_BYTES: '1000' });
    try {
      const names = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: `Padding organisation ${i}`, kind: 'SUPPORT' }));
      const tooBig = await small.gql(query, { json: JSON.stringify({ organizations: names }) }, TEST_KEYS.admin);
      expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await small.close();
    }
  });
});
