/**
 * Writes data/demo/README.md from the generated dataset, so that its counts and "what you should
 * see" figures can never drift from the CSV files next to it.
 */
import type { Dataset } from '../../server/model/types.ts';
import { ORGANIZATION_KINDS, COLLABORATION_KINDS, RELATIONSHIP_TYPES } from '../../server/model/types.ts';
import { ALLIANCES } from './alliances.ts';
import { betweenness, clusterStats, homeModules, membersByCluster, orgGraph, participation } from './metrics.ts';
import { BROKERS, CLUSTERS, NEIGHBOURS, SUB_REGIONS } from './spec.ts';

const f2 = (x: number): string => x.toFixed(2);
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const count = <T>(xs: readonly T[], pred: (x: T) => boolean): number => xs.filter(pred).length;

export function renderReadme(ds: Dataset, seed: number): string {
  const g = orgGraph(ds);
  const members = membersByCluster(ds);
  const modules = homeModules(ds);
  const bc = betweenness(g);
  const rank = [...bc].map((v, i) => [g.ids[i] ?? '', v] as const).sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const name = new Map(ds.organizations.map((o) => [o.id, o.name] as const));
  const stats = new Map(CLUSTERS.map((c) => [c.key, clusterStats(g, members.get(c.id) ?? new Set())] as const));
  const alliancesOf = (clusterId: string): number => count(ds.allianceMembers, (m) => m.memberId === clusterId);

  const files = table(['file', 'rows'], [
    ['regions.csv', ds.regions.length], ['clusters.csv', ds.clusters.length], ['organizations.csv', ds.organizations.length],
    ['memberships.csv', ds.memberships.length], ['relationships.csv', ds.relationships.length],
    ['alliances.csv', ds.alliances.length], ['alliance_members.csv', ds.allianceMembers.length],
  ]);
  const kinds = table(['kind', 'organisations'], ORGANIZATION_KINDS.map((k) => [k, count(ds.organizations, (o) => o.kind === k)]));
  const types = table(['type', 'relationships', 'of which ended (until set)'], RELATIONSHIP_TYPES.map((t) => [
    t, count(ds.relationships, (r) => r.type === t), count(ds.relationships, (r) => r.type === t && r.until !== undefined),
  ]));
  const collab = COLLABORATION_KINDS.map((k) => `${k} ${count(ds.relationships, (r) => r.kind === k)}`).join(', ');
  const regions = table(['id', 'name', 'country', 'clusters'], SUB_REGIONS.map((r) => [
    r.id, r.name, r.country, CLUSTERS.filter((c) => c.regionId === r.id).map((c) => c.id).join(', ') || '(none: foreign centres)',
  ]));
  const clusters = table(
    ['cluster', 'sector', 'region', 'designed strategy', 'members', 'internal ties', 'external ties', 'E-I', 'density', 'alliances', 'why'],
    CLUSTERS.map((c) => {
      const s = stats.get(c.key);
      return [`\`${c.id}\` ${c.name}`, `${c.sector} ${c.sectorName}`, c.regionId, c.strategy, s?.members ?? 0, s?.internal ?? 0,
        s?.external ?? 0, f2(s?.ei ?? 0), (s?.density ?? 0).toFixed(3), alliancesOf(c.id), c.rationale];
    }),
  );
  const hubs = table(['hub firm', 'name', 'cluster', 'degree in cluster', 'next highest in cluster', 'z', 'P', 'betweenness rank'],
    CLUSTERS.map((c) => {
      const s = stats.get(c.key);
      const id = `org-${c.key}-lead-1`;
      const others = [...(s?.degree ?? new Map<string, number>())].filter(([x]) => x !== id).sort((a, b) => b[1] - a[1]);
      const next = others[0];
      return [`\`${id}\``, name.get(id) ?? '', c.id, s?.degree.get(id) ?? 0, next ? `${next[1]} (\`${next[0]}\`)` : '-',
        f2(s?.z.get(id) ?? 0), f2(participation(g, id, modules)), rank.indexOf(id) + 1];
    }));
  const brokers = table(['broker', 'name', 'kind', 'home cluster', 'clusters reached (ties)', 'degree', 'P', 'betweenness rank'],
    Object.values(BROKERS).map((b) => {
      const i = g.index.get(b.id) ?? -1;
      const nbrs = [...(g.adj[i] ?? [])].map((j) => g.ids[j] ?? '');
      const reached = ds.clusters.map((c) => [c.id, count(nbrs, (n) => members.get(c.id)?.has(n) ?? false)] as const).filter(([, k]) => k > 0);
      const org = ds.organizations.find((o) => o.id === b.id);
      return [`\`${b.id}\``, name.get(b.id) ?? '', org?.kind ?? '', `cl-${b.home}`.replace('cl-mach', 'cl-machinery').replace('cl-logi', 'cl-logistics'),
        reached.map(([c, k]) => `${c} (${k})`).join(', '), nbrs.length, f2(participation(g, b.id, modules)), rank.indexOf(b.id) + 1];
    }));
  const alliances = table(['alliance', 'kind', 'founded', 'members'], ALLIANCES.map((a) => [
    `\`${a.id}\` ${a.name}`, a.kind, a.founded, ds.allianceMembers.filter((m) => m.allianceId === a.id).map((m) => `\`${m.memberId}\``).join(', '),
  ]));
  const columns = ['employees', 'revenue', 'exportShare', 'rdIntensity', 'patents', 'digitalMaturity', 'emissionsIntensity', 'renewableShare', 'foundedYear', 'foreignOwned', 'csr'] as const;
  const firms = ds.organizations.filter((o) => o.kind === 'ENTERPRISE' || o.kind === 'SUPPLIER');
  const pct = (n: number): string => `${Math.round((100 * n) / firms.length)}%`;
  const missing = table(['column', 'empty among firms'], [
    ...columns.map((c) => [c, pct(count(firms, (o) => o[c] === undefined))]),
    ['x_employees2015', pct(count(firms, (o) => o.extras?.x_employees2015 === undefined))],
  ]);
  const isolated = count(ds.organizations, (o) => (g.adj[g.index.get(o.id) ?? -1]?.size ?? 0) === 0);
  const neighbours = NEIGHBOURS.map(([a, b]) => `${a}–${b}`).join(', ');

  return `# Cluster Atlas demo dataset (SYNTHETIC)

**Everything here is invented.** The countries (Arvenia \`XA\`, Belloria \`XB\`, Calderra \`XC\`: ISO 3166-1
*user-assigned* codes that no real country has), regions, clusters, organisations,
figures and ties are generated by \`scripts/demo/\` from a fixed seed (${seed}). Any resemblance to
real organisations is accidental. Use it to try the explorer, not to learn about any real place.

Regenerate with \`npm run demo:generate\` (byte-for-byte identical; the unit tests in
\`test/unit/demo/\` check that, the format rules and the design below). This README is generated
too: edit \`scripts/demo/readme.ts\`, not this file. The generator: \`spec.ts\` (regions, clusters,
strategies, brokers), \`firms.ts\` and \`institutions.ts\` (organisations and memberships),
\`ties-internal.ts\`, \`ties-institutions.ts\`, \`ties-external.ts\`, \`brokers.ts\`, \`alliances.ts\`
(relationships), \`indicators.ts\` (indicator values and missing data), \`rng.ts\` (seeded mulberry32).

## Files (dataset-format.md bundle)
${files}

Organisations by kind:
${kinds}

Relationships by type (${ds.relationships.length} in all):
${types}

COLLABORATES_WITH by kind: ${collab}. Each collaboration is stored once per pair and kind.

## Conventions
- Money (\`revenue\`, relationship \`value\` of SUPPLIES, INVESTS_IN and SUPPORTS) is in **EUR thousand** a year
  (INVESTS_IN: amount invested). \`emissionsIntensity\` is t CO2e per EUR million of revenue.
- Shares are 0..1: \`exportShare\`, \`rdIntensity\` (R&D spend / revenue), \`digitalMaturity\`, \`renewableShare\`,
  and the regions' \`unemploymentRate\`.
- Years run from about 2010 to 2025 (some supply ties of leading firms from 2008); about one tie in eight
  has ended (\`until\` set), and some memberships and support programmes too, so "as of" views differ.
- \`COLLABORATES_WITH.weight\` is an intensity from 1 to 10 (mostly 1–3); other types have weight 1.
- Extra columns: \`regions.x_neighbours\` (neighbouring NUTS2 regions, \`;\`-separated) and
  \`organizations.x_employees2015\` (employment in 2015, for employment growth; empty for firms founded later).
- Country-level regions (\`xa\`, \`xb\`, \`xc\`, level COUNTRY) are the \`parentId\` of the NUTS2-like regions.
  Neighbour pairs: ${neighbours}. Calderra (\`xc-capital\`) has no cluster: it holds the foreign
  "economic and innovation centres" (\`org-ext-*\`) that hubbing clusters tie to.
- Organisations \`org-out-*\` are domestic firms that belong to no cluster. ${isolated} member firms have no
  recorded tie at all (passive members), as happens in real cluster registers.

## Regions
${regions}

## Clusters and their designed strategy
The measures below are computed by the generator on the organisation network (SUPPLIES +
COLLABORATES_WITH + INVESTS_IN, undirected, distinct pairs, all years, every membership row counted):
E-I = (E − I)/(E + I) with I = ties among members and E = ties from members to non-members.

- **SPECIALISED** (food, textiles, machinery): one sector (≥95% of firms), dense internal supply chains and
  joint projects, almost no outside ties: density ≈ 0.07–0.08, E-I ≈ −0.8, no alliances.
- **HUBBING** (aerospace, pharma, ICT): few internal ties, most ties go to Calderra's primes, institutes and
  funds and to firms in other regions and countries, weighted towards large central organisations:
  E-I ≈ +0.3 to +0.45, many foreign-owned firms.
- **INTEGRATED** (automotive, chemicals, energy): members from many sectors, cross-sector ties inside and to
  nearby clusters of other sectors, in three or four cross-cluster alliances: E-I between 0 and +0.2, below the hubbing clusters.
- **MIXED** (logistics): moderate on every count, one alliance.

${clusters}

## Hub firms (Guimerà–Amaral hubs)
Leading enterprise #1 of every cluster is built to hold by far the most ties inside its cluster.
"degree in cluster" counts distinct partners among the cluster's members; z is the within-cluster
degree z-score (population standard deviation) over members; P uses each organisation's first
cluster as its module (non-members form one "outside" module).

${hubs}

## Brokers (connectors)
Three organisations are built to bridge clusters: about 45% of their ties stay in their home cluster
and the rest are spread over five or six others, so P ≈ 0.75 (connector) and their betweenness is
among the highest of the ${ds.organizations.length} organisations.

${brokers}

## Alliances
${alliances}

## Missing data
Indicators are blanked at realistic rates (more for small firms, less for large ones). Institutions
carry only the columns that make sense for them (no export share or emissions for a ministry).

${missing}
`;
}
