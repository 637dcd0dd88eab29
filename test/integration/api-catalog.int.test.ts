// The catalog queries against the real Neo4j with the demo data: entities, lists, cursor paging,
// search, as-of views and the error codes of bad arguments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type TestApp } from './support/app.ts';
import { graphCounts } from './support/database.ts';

type Conn<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: T }[] };

describe('catalog queries on the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] | undefined }) => r.errors?.[0]?.extensions?.code;

  it('lists regions and reads one with its parent, children and clusters', async () => {
    const r = await t.gql<{ regions: { id: string }[]; region: { parent: { id: string }; clusters: { id: string }[] }; xa: { children: { id: string }[] } }>(
      '{ regions { id } region(id: "xa-central") { parent { id } clusters { id } } xa: region(id: "xa") { children { id } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.regions).toHaveLength(9);
    expect(r.data?.region.parent.id).toBe('xa');
    expect(r.data?.region.clusters.map((c) => c.id).sort()).toEqual(['cl-auto', 'cl-ict']);
    expect(r.data?.xa.children.map((c) => c.id).sort()).toEqual(['xa-central', 'xa-east', 'xa-north']);
  });

  it('filters clusters by country and pages them by name', async () => {
    const r = await t.gql<{ clusters: Conn<{ id: string; name: string }> }>(
      '{ clusters(filter: {country: "XB"}, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
    );
    expect(r.data?.clusters.totalCount).toBe(4);
    expect(r.data?.clusters.pageInfo.hasNextPage).toBe(true);
    const names = r.data?.clusters.edges.map((e) => e.node.name) ?? [];
    expect([...names].sort()).toEqual(names);
    const next = await t.gql<{ clusters: Conn<{ id: string }> }>('query($a: String) { clusters(filter: {country: "XB"}, first: 3, after: $a) { pageInfo { hasNextPage } edges { node { id } } } }', {
      a: r.data?.clusters.pageInfo.endCursor,
    });
    expect(next.data?.clusters.edges).toHaveLength(1);
    expect(next.data?.clusters.pageInfo.hasNextPage).toBe(false);
  });

  it('reads a cluster with paged members by role, its region, alliances and supporters', async () => {
    const r = await t.gql<{
      cluster: {
        region: { id: string };
        all: { totalCount: number };
        coordinators: { totalCount: number; edges: { role: string; node: { id: string } }[] };
        alliances: { alliance: { id: string } }[];
        supporters: { organization: { kind: string }; program: string | null; amount: number | null }[];
      };
    }>(`{ cluster(id: "cl-auto") {
      region { id }
      all: members(first: 0) { totalCount }
      coordinators: members(roles: [COORDINATOR]) { totalCount edges { role node { id } } }
      alliances { alliance { id } }
      supporters { organization { kind } program amount }
    } }`);
    expect(r.errors).toBeUndefined();
    const c = r.data?.cluster;
    expect(c?.region.id).toBe('xa-central');
    expect(c?.all.totalCount).toBe(178);
    expect(c?.coordinators.edges.every((e) => e.role === 'COORDINATOR')).toBe(true);
    expect(c?.coordinators.totalCount).toBe(c?.coordinators.edges.length);
    expect(c?.alliances).toHaveLength(4);
    expect(c?.supporters.length).toBeGreaterThan(0);
    expect(c?.supporters.every((s) => s.program !== null)).toBe(true);
  });

  it('pages cluster members by cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: Awaited<ReturnType<typeof t.gql<{ cluster: { members: Conn<{ id: string }> } }>>> = await t.gql(
        'query($a: String) { cluster(id: "cl-food") { members(first: 40, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
        { a: after },
      );
      const m = r.data?.cluster.members;
      if (m === undefined) throw new Error(JSON.stringify(r.errors));
      seen.push(...m.edges.map((e) => e.node.id));
      if (!m.pageInfo.hasNextPage) break;
      after = m.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(113);
    expect(new Set(seen).size).toBe(113);
  });

  it('finds the hub firm of cl-auto: org-auto-lead-1 has the most collaborators among its members', async () => {
    const r = await t.gql<{ cluster: { members: Conn<{ id: string; collaborators: { organization: { id: string } }[] }> } }>(
      '{ cluster(id: "cl-auto") { members(first: 100) { edges { cursor node { id collaborators { organization { id } } } } } } }',
    );
    const r2 = await t.gql<{ cluster: { members: Conn<{ id: string; collaborators: { organization: { id: string } }[] }> } }>(
      'query($a: String) { cluster(id: "cl-auto") { members(first: 100, after: $a) { edges { node { id collaborators { organization { id } } } } } } }',
      { a: r.data?.cluster.members.edges.at(-1)?.cursor },
    );
    const members = [...(r.data?.cluster.members.edges ?? []), ...(r2.data?.cluster.members.edges ?? [])].map((e) => ({
      id: e.node.id,
      partners: new Set(e.node.collaborators.map((c) => c.organization.id)).size,
    }));
    expect(members).toHaveLength(178);
    members.sort((a, b) => b.partners - a.partners);
    expect(members[0]?.id).toBe('org-auto-lead-1');
    expect(members[0]?.partners).toBeGreaterThan(2 * (members[2]?.partners ?? 0));
  });

  it('reads an organisation with its clusters, region, suppliers, customers, collaborators, investors and alliances', async () => {
    const r = await t.gql<{
      organization: {
        region: { id: string };
        clusters: { role: string; since: number | null; cluster: { id: string } }[];
        suppliers: { type: string; organization: { id: string } }[];
        customers: { type: string }[];
        collaborators: { type: string; kind: string | null; weight: number | null; since: number | null }[];
        investors: { type: string }[];
        alliances: { alliance: { id: string }; member: { __typename: string } }[];
      };
    }>(`{ organization(id: "org-auto-lead-1") {
      region { id } clusters { role since cluster { id } }
      suppliers { type organization { id } } customers { type }
      collaborators { type kind weight since } investors { type }
      alliances { alliance { id } member { __typename } }
    } }`);
    expect(r.errors).toBeUndefined();
    const o = r.data?.organization;
    expect(o?.region.id).toBe('xa-central');
    expect(o?.clusters.map((m) => m.cluster.id)).toEqual(['cl-auto']);
    expect(o?.suppliers.length).toBeGreaterThan(10);
    expect(o?.suppliers.every((s) => s.type === 'SUPPLIES')).toBe(true);
    expect(o?.collaborators.every((c) => c.type === 'COLLABORATES_WITH' && c.kind !== null && c.weight !== null)).toBe(true);
    expect(o?.alliances.map((a) => a.alliance.id)).toContain('all-green-mobility');
    expect(o?.alliances.every((a) => a.member.__typename === 'Organization')).toBe(true);
  });

  it('reads alliances with their members, clusters and organisations alike', async () => {
    const r = await t.gql<{ alliances: { id: string }[]; alliance: { members: { member: { __typename: string; id: string } }[] } }>(
      '{ alliances { id } alliance(id: "all-green-mobility") { members { member { __typename ... on Cluster { id } ... on Organization { id } } } } }',
    );
    expect(r.data?.alliances).toHaveLength(5);
    const members = r.data?.alliance.members.map((m) => `${m.member.__typename}:${m.member.id}`);
    expect(members).toEqual([
      'Cluster:cl-auto',
      'Cluster:cl-chem',
      'Cluster:cl-energy',
      'Organization:org-auto-lead-1',
      'Organization:org-chem-lead-2',
      'Organization:org-energy-lead-1',
      'Organization:org-gov-xa-economy',
      'Organization:org-uni-broker-1',
    ]);
  });

  it('pages over all organisations with first: 100, visiting each exactly once, totalCount equal to the count', async () => {
    const counts = await graphCounts(t.executor);
    for (const sort of [{ by: 'NAME', direction: 'ASC' }, { by: 'EMPLOYEES', direction: 'DESC' }]) {
      const seen: string[] = [];
      const employees: (number | null)[] = [];
      let after: string | null = null;
      let total: number | undefined;
      for (;;) {
        const r: Awaited<ReturnType<typeof t.gql<{ organizations: Conn<{ id: string; employees: number | null }> }>>> = await t.gql(
          'query($s: OrganizationSort, $a: String) { organizations(sort: $s, first: 100, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id employees } } } }',
          { s: sort, a: after },
        );
        const page = r.data?.organizations;
        if (page === undefined) throw new Error(JSON.stringify(r.errors));
        total = page.totalCount;
        seen.push(...page.edges.map((e) => e.node.id));
        employees.push(...page.edges.map((e) => e.node.employees));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(total).toBe(counts['organizations']);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      if (sort.by === 'EMPLOYEES') {
        // Descending, missing values last.
        const firstNull = employees.indexOf(null);
        expect(firstNull).toBeGreaterThan(0);
        expect(employees.slice(firstNull).every((e) => e === null)).toBe(true);
        const known = employees.slice(0, firstNull) as number[];
        expect(known.every((e, i) => i === 0 || (known[i - 1] ?? 0) >= e)).toBe(true);
      }
    }
  });

  it('filters organisations by kind, cluster, region, country and text together', async () => {
    const r = await t.gql<{ unis: Conn<{ kind: string }>; auto: { totalCount: number }; xc: { totalCount: number }; text: Conn<{ name: string }> }>(`{
      unis: organizations(filter: {kinds: [UNIVERSITY]}, first: 50) { totalCount edges { node { kind } } }
      auto: organizations(filter: {clusterIds: ["cl-auto"], kinds: [ENTERPRISE, SUPPLIER]}) { totalCount }
      xc: organizations(filter: {country: "XC", regionIds: ["xc"]}) { totalCount }
      text: organizations(filter: {text: "motorworks"}, first: 50) { totalCount edges { node { name } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.unis.totalCount).toBe(7);
    expect(r.data?.unis.edges.every((e) => e.node.kind === 'UNIVERSITY')).toBe(true);
    expect(r.data?.auto.totalCount).toBeGreaterThan(100);
    expect(r.data?.auto.totalCount).toBeLessThan(178);
    expect(r.data?.xc.totalCount).toBeGreaterThan(0);
    expect(r.data?.text.edges.every((e) => e.node.name.toLowerCase().includes('motorworks'))).toBe(true);
  });

  it('search("Tesen Motorworks") finds the hub firm first; typed hits in decreasing score', async () => {
    const r = await t.gql<{ search: { score: number; type: string; node: { __typename: string; id: string } }[] }>(
      '{ search(text: "Tesen Motorworks") { score type node { __typename ... on Organization { id } ... on Cluster { id } } } }',
    );
    const hits = r.data?.search ?? [];
    expect(hits[0]?.node.id).toBe('org-auto-lead-1');
    expect(hits[0]?.type).toBe('ORGANIZATION');
    expect(hits.every((h, i) => i === 0 || (hits[i - 1]?.score ?? 0) >= h.score)).toBe(true);
    const clusters = await t.gql<{ search: { node: { __typename: string } }[] }>('{ search(text: "corvenna", types: [CLUSTER]) { node { __typename } } }');
    expect(clusters.data?.search).toHaveLength(2);
    expect(clusters.data?.search.every((h) => h.node.__typename === 'Cluster')).toBe(true);
    const region = await t.gql<{ search: { node: { id: string } }[] }>('{ search(text: "Sudrena", types: [REGION]) { node { ... on Region { id } } } }');
    expect(region.data?.search[0]?.node.id).toBe('xb-south');
  });

  it('search takes Lucene syntax literally and rejects empty text', async () => {
    const special = await t.gql('{ search(text: "Tesen AND (motor* OR \\"x\\" ~ [a TO z] && || ! ^ : / \\\\") { score } }');
    expect(special.errors).toBeUndefined();
    expect(code(await t.gql('{ search(text: "   ") { score } }'))).toBe('BAD_USER_INPUT');
  });

  it('honours asOf: ties and memberships of 2012 differ from those of 2025', async () => {
    const r = await t.gql<{
      organization: { y2012: { since: number | null; until: number | null }[]; y2025: { since: number | null; until: number | null }[] };
      cluster: { m2012: { totalCount: number }; m2025: { totalCount: number } };
    }>(`{
      organization(id: "org-auto-lead-1") { y2012: collaborators(asOf: 2012) { since until } y2025: collaborators(asOf: 2025) { since until } }
      cluster(id: "cl-auto") { m2012: members(asOf: 2012) { totalCount } m2025: members(asOf: 2025) { totalCount } }
    }`);
    const o = r.data?.organization;
    expect(o?.y2012.length).toBe(16);
    expect(o?.y2025.length).toBe(73);
    for (const tie of o?.y2012 ?? []) {
      expect(tie.since === null || tie.since <= 2012).toBe(true);
      expect(tie.until === null || tie.until >= 2012).toBe(true);
    }
    expect(r.data?.cluster.m2012.totalCount).not.toBe(r.data?.cluster.m2025.totalCount);
  });

  it('never exposes the bookkeeping hash; extras carry the x_ columns', async () => {
    const r = await t.gql<{ organization: { extras: Record<string, unknown> | null } }>('{ organization(id: "org-auto-lead-1") { extras } }');
    expect(r.data?.organization.extras).toHaveProperty('employees2015');
    expect(JSON.stringify(r.data)).not.toContain('_hash');
  });

  it('answers unknown ids with NOT_FOUND and keeps the rest of the response', async () => {
    const r = await t.gql<{ organization: null; cluster: { id: string } }>('{ organization(id: "nope") { id } cluster(id: "cl-auto") { id } }');
    expect(code(r)).toBe('NOT_FOUND');
    expect(r.data?.organization).toBeNull();
    expect(r.data?.cluster.id).toBe('cl-auto');
    for (const q of ['{ region(id: "nope") { id } }', '{ cluster(id: "nope") { id } }', '{ alliance(id: "nope") { id } }']) {
      expect(code(await t.gql(q))).toBe('NOT_FOUND');
    }
  });

  it('rejects page sizes over the maximum, negative ones, foreign cursors and bad years with BAD_USER_INPUT', async () => {
    const max = t.config.api.maxPageSize;
    const page = await t.gql<{ organizations: Conn<{ id: string }> }>('{ organizations(first: 2) { pageInfo { endCursor } } }');
    const cursor = page.data?.organizations.pageInfo.endCursor;
    for (const [q, v] of [
      ['query($n: Int) { organizations(first: $n) { totalCount } }', { n: max + 1 }],
      ['query($n: Int) { organizations(first: $n) { totalCount } }', { n: -1 }],
      ['query($n: Int) { clusters(first: $n) { totalCount } }', { n: max + 1 }],
      ['query($n: Int) { cluster(id: "cl-auto") { members(first: $n) { totalCount } } }', { n: max + 1 }],
      ['query($n: Int) { search(text: "tesen", first: $n) { score } }', { n: max + 1 }],
      ['query($c: String) { organizations(sort: {by: REVENUE}, after: $c) { totalCount } }', { c: cursor }],
      ['{ organizations(after: "not-a-cursor") { totalCount } }', {}],
      ['{ organization(id: "org-auto-lead-1") { collaborators(asOf: 99999) { since } } }', {}],
    ] as const) {
      expect(code(await t.gql(q, v)), q).toBe('BAD_USER_INPUT');
    }
  });
});
