/**
 * Raw indicators of the six channels of influence (and digitalisation) for one cluster, before
 * normalisation (scorecard.ts normalises them across the compared clusters). Firm indicators
 * (R&D, patents, CSR, emissions, renewables, exports, digital maturity) are taken over member
 * firms (ENTERPRISE, SUPPLIER) that report them, unweighted means; `coverage` is the share of the
 * firms (or members) for which the indicator could be computed. Tie indicators always have data
 * (coverage 1) when the cluster has members. SMEs follow the EU definition (< 250 employees,
 * Recommendation 2003/361/EC). Leading enterprises are the member firms with a Guimerà–Amaral hub
 * role (z ≥ 2.5 with clusters as modules), else the firm with the most internal ties.
 */
import type { Cooperation } from './cooperation.ts';
import { forEachTie, neighbours, share, type ClusterContext } from './context.ts';
import { FIRM_KINDS, type OrgAttributes } from './network.ts';

export const CHANNELS = [
  'ECONOMIC_GROWTH_INNOVATION',
  'JOBS_QUALITY_OF_LIFE',
  'SOCIAL_DEVELOPMENT',
  'ENVIRONMENT',
  'GEOGRAPHY_INFRASTRUCTURE',
  'INTERNATIONAL_COMPETITIVENESS',
  'DIGITALISATION',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const INDICATORS = {
  rdIntensity: { channel: 'ECONOMIC_GROWTH_INNOVATION', higherIsBetter: true, label: 'Mean R&D intensity of member firms' },
  patentsPer1000Employees: { channel: 'ECONOMIC_GROWTH_INNOVATION', higherIsBetter: true, label: 'Patents per 1,000 employees of member firms' },
  rndCollaborationShare: { channel: 'ECONOMIC_GROWTH_INNOVATION', higherIsBetter: true, label: 'Share of members in R&D collaborations' },
  academiaTieShare: { channel: 'ECONOMIC_GROWTH_INNOVATION', higherIsBetter: true, label: 'Share of firms tied to a university or research body' },
  employment: { channel: 'JOBS_QUALITY_OF_LIFE', higherIsBetter: true, label: 'Employment of members' },
  employmentGrowth: { channel: 'JOBS_QUALITY_OF_LIFE', higherIsBetter: true, label: 'Employment growth since 2015' },
  trainingCollaborationShare: { channel: 'JOBS_QUALITY_OF_LIFE', higherIsBetter: true, label: 'Share of members in training collaborations' },
  csrShare: { channel: 'SOCIAL_DEVELOPMENT', higherIsBetter: true, label: 'Share of member firms with CSR programmes' },
  smeLeaderTieShare: { channel: 'SOCIAL_DEVELOPMENT', higherIsBetter: true, label: 'Share of member SMEs tied to a leading enterprise' },
  emissionsIntensity: { channel: 'ENVIRONMENT', higherIsBetter: false, label: 'Mean emissions intensity of member firms (lower is better)' },
  renewableShare: { channel: 'ENVIRONMENT', higherIsBetter: true, label: 'Mean renewable energy share of member firms' },
  sharedInfrastructureShare: { channel: 'ENVIRONMENT', higherIsBetter: true, label: 'Share of members in shared-infrastructure ties' },
  supplierLocalisation: { channel: 'GEOGRAPHY_INFRASTRUCTURE', higherIsBetter: true, label: 'Supplier localisation' },
  localTieShare: { channel: 'GEOGRAPHY_INFRASTRUCTURE', higherIsBetter: true, label: 'Share of ties inside the region' },
  neighbourTieShare: { channel: 'GEOGRAPHY_INFRASTRUCTURE', higherIsBetter: true, label: 'Share of ties to neighbouring regions' },
  exportShare: { channel: 'INTERNATIONAL_COMPETITIVENESS', higherIsBetter: true, label: 'Mean export share of member firms' },
  foreignInvestmentShare: { channel: 'INTERNATIONAL_COMPETITIVENESS', higherIsBetter: true, label: 'Share of members with foreign investment ties' },
  internationalTieShare: { channel: 'INTERNATIONAL_COMPETITIVENESS', higherIsBetter: true, label: 'Share of ties to other countries' },
  digitalMaturity: { channel: 'DIGITALISATION', higherIsBetter: true, label: 'Mean digital maturity of member firms' },
} as const satisfies Record<string, { channel: Channel; higherIsBetter: boolean; label: string }>;
export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export interface RawIndicator {
  key: IndicatorKey;
  value: number | null;
  coverage: number;
}

/** Leading enterprises of cluster c (see the banner). */
export function leadingEnterprises(ctx: ClusterContext, c: number, co: Cooperation): number[] {
  const hubs = [...(ctx.members[c] ?? [])].filter(
    (v) => FIRM_KINDS.has(ctx.net.orgs[v]?.kind ?? '') && ctx.module[v] === c && ctx.roles.roles[v]?.endsWith('_HUB') === true,
  );
  if (hubs.length > 0) return hubs;
  const leader = co.leader.organizationId === null ? undefined : ctx.net.graph.index.get(co.leader.organizationId);
  return leader === undefined ? [] : [leader];
}

function mean(orgs: readonly OrgAttributes[], pick: (o: OrgAttributes) => number | null): [number | null, number] {
  let sum = 0;
  let k = 0;
  for (const o of orgs) {
    const x = pick(o);
    if (x === null) continue;
    sum += x;
    k++;
  }
  return [k > 0 ? sum / k : null, orgs.length > 0 ? k / orgs.length : 0];
}

export function rawIndicators(ctx: ClusterContext, c: number, co: Cooperation): RawIndicator[] {
  const members = ctx.members[c] ?? new Uint32Array(0);
  const orgs = [...members].map((v) => ctx.net.orgs[v] as OrgAttributes);
  const firms = orgs.filter((o) => FIRM_KINDS.has(o.kind));
  const m = members.length;
  const tieShare = (count: number): [number | null, number] => [share(count, m), m > 0 ? 1 : 0];

  let rnd = 0;
  let training = 0;
  let infra = 0;
  let foreign = 0;
  for (const v of members) {
    const seen = new Set<string>();
    let foreignHere = false;
    const country = ctx.net.orgs[v]?.country ?? null;
    forEachTie(ctx, v, (i) => {
      const t = ctx.net.ties[i];
      if (t === undefined) return;
      if (t.type === 'COLLABORATES_WITH') seen.add(t.kind);
      if (t.type === 'INVESTS_IN' && t.target === v) {
        const from = ctx.net.orgs[t.source]?.country ?? null;
        if (from !== null && country !== null && from !== country) foreignHere = true;
      }
    });
    if (seen.has('RND')) rnd++;
    if (seen.has('TRAINING')) training++;
    if (seen.has('SHARED_INFRASTRUCTURE')) infra++;
    if (foreignHere) foreign++;
  }

  let patents = 0;
  let jobs = 0;
  let both = 0;
  for (const o of firms) {
    if (o.patents === null || o.employees === null) continue;
    patents += o.patents;
    jobs += o.employees;
    both++;
  }
  let now = 0;
  let then = 0;
  let growthBoth = 0;
  for (const o of orgs) {
    if (o.employees === null || o.employees2015 === null) continue;
    now += o.employees;
    then += o.employees2015;
    growthBoth++;
  }
  const leaders = new Set(leadingEnterprises(ctx, c, co));
  let smes = 0;
  let smesTied = 0;
  let sized = 0;
  for (const v of members) {
    const o = ctx.net.orgs[v];
    if (o === undefined || !FIRM_KINDS.has(o.kind) || o.employees === null) continue;
    sized++;
    if (o.employees >= 250 || leaders.has(v)) continue;
    smes++;
    if (neighbours(ctx, v).some((w) => leaders.has(w))) smesTied++;
  }
  const csr = mean(firms, (o) => (o.csr === null ? null : o.csr ? 1 : 0));
  const values: Record<IndicatorKey, [number | null, number]> = {
    rdIntensity: mean(firms, (o) => o.rdIntensity),
    patentsPer1000Employees: [jobs > 0 ? (1000 * patents) / jobs : null, firms.length > 0 ? both / firms.length : 0],
    rndCollaborationShare: tieShare(rnd),
    academiaTieShare: [co.academiaTiedFirmShare, co.academiaTiedFirmShare === null ? 0 : 1],
    employment: [co.size.employeesCoverage === null || co.size.employeesCoverage === 0 ? null : co.size.employees, co.size.employeesCoverage ?? 0],
    employmentGrowth: [then > 0 ? now / then - 1 : null, m > 0 ? growthBoth / m : 0],
    trainingCollaborationShare: tieShare(training),
    csrShare: csr,
    smeLeaderTieShare: [share(smesTied, smes), firms.length > 0 ? sized / firms.length : 0],
    emissionsIntensity: mean(firms, (o) => o.emissionsIntensity),
    renewableShare: mean(firms, (o) => o.renewableShare),
    sharedInfrastructureShare: tieShare(infra),
    supplierLocalisation: [co.supplierLocalisation.share, co.supplierLocalisation.share === null ? 0 : 1],
    localTieShare: [co.geography.localShare, co.geography.localShare === null ? 0 : 1],
    neighbourTieShare: [co.geography.neighbourShare, co.geography.neighbourShare === null ? 0 : 1],
    exportShare: mean(firms, (o) => o.exportShare),
    foreignInvestmentShare: tieShare(foreign),
    internationalTieShare: [co.geography.internationalShare, co.geography.internationalShare === null ? 0 : 1],
    digitalMaturity: mean(firms, (o) => o.digitalMaturity),
  };
  return INDICATOR_KEYS.map((key) => {
    const [value, coverage] = values[key];
    return { key, value, coverage: value === null ? 0 : coverage };
  });
}
