/**
 * Indicator values for the six channels of domain.md, drawn around each cluster's profile, then
 * blanked out at realistic rates: 10–30% per column, more for small firms (which report less),
 * less for large ones. Institutions get only the columns that make sense for them.
 */
import type { Organization } from '../../server/model/types.ts';
import { CLUSTERS, type Profile } from './spec.ts';
import type { Draft, World } from './world.ts';

/** Share of empty cells per column for a mid-sized firm. */
const MISSING = {
  employees: 0.06, revenue: 0.16, exportShare: 0.2, rdIntensity: 0.19, patents: 0.18, digitalMaturity: 0.22,
  emissionsIntensity: 0.21, renewableShare: 0.21, foundedYear: 0.08, foreignOwned: 0.12, csr: 0.18, employees2015: 0.18,
} as const;

/** Foreign centres are large, research-heavy, export-oriented firms. */
const FOREIGN: Profile = {
  rdIntensity: 0.08, exportShare: 0.7, digitalMaturity: 0.75, emissionsIntensity: 60, renewableShare: 0.45,
  productivity: 300, foreignOwned: 0.1, csr: 0.8, growth: 1.2,
};
const GENERIC: Profile = {
  rdIntensity: 0.02, exportShare: 0.25, digitalMaturity: 0.45, emissionsIntensity: 120, renewableShare: 0.25,
  productivity: 180, foreignOwned: 0.08, csr: 0.35, growth: 1.05,
};

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

function profileOf(d: Draft): Profile {
  if (d.regionId.startsWith('xc')) return FOREIGN;
  const home = CLUSTERS.find((c) => c.key === d.home) ?? CLUSTERS.find((c) => c.sector === d.sector);
  return home?.profile ?? GENERIC;
}

export function toOrganization(world: World, d: Draft): Organization {
  const rng = world.rng;
  const firm = d.kind === 'ENTERPRISE' || d.kind === 'SUPPLIER';
  const sizeFactor = d.employees < 50 ? 1.8 : d.employees >= 1000 ? 0.4 : 1;
  const present = (col: keyof typeof MISSING): boolean => !rng.chance(clamp(MISSING[col] * sizeFactor, 0, 0.9));
  const p = profileOf(d);
  const big = d.employees >= 1000;
  const small = d.employees < 50;
  const base = {
    id: d.id, name: d.name, kind: d.kind, sector: d.sector, regionId: d.regionId,
    lat: round(d.lat, 4), lon: round(d.lon, 4),
  };
  // Every value is drawn whether or not it is then blanked, so the random stream (and thus the
  // whole file) does not shift when a missingness rate is tuned.
  const employees = d.employees;
  const revenue = Math.round(employees * p.productivity * rng.lognormal(1, 0.35));
  const exportShare = round(clamp(p.exportShare * rng.lognormal(1, 0.35) * (big ? 1.2 : small ? 0.6 : 1), 0, 0.98), 3);
  const rdIntensity = round(clamp(p.rdIntensity * rng.lognormal(1, 0.6), 0, 0.5), 4);
  const patents = Math.max(0, Math.round((employees / 1000) * rdIntensity * 100 * rng.lognormal(0.5, 1.0)));
  const digitalMaturity = round(clamp(p.digitalMaturity + 0.12 * rng.normal() + (big ? 0.08 : small ? -0.08 : 0), 0.02, 0.99), 2);
  const emissionsIntensity = round(p.emissionsIntensity * rng.lognormal(1, 0.4), 1);
  const renewableShare = round(clamp(p.renewableShare + 0.12 * rng.normal(), 0, 1), 2);
  const foreignOwned = d.foreignParent || rng.chance(p.foreignOwned);
  const csr = rng.chance(clamp(p.csr * (big ? 1.5 : small ? 0.6 : 1), 0, 0.95));
  const employees2015 = Math.max(1, Math.round(employees / (p.growth * rng.lognormal(1, 0.15))));
  const academicPatents = Math.round((employees / 40) * rng.lognormal(1, 0.5));
  const org: Organization = { ...base };
  if (present('employees')) org.employees = employees;
  if (present('foundedYear')) org.foundedYear = d.founded;
  if (present('digitalMaturity')) org.digitalMaturity = digitalMaturity;
  if (present('csr')) org.csr = csr;
  if (firm) {
    if (present('revenue')) org.revenue = revenue;
    if (present('exportShare')) org.exportShare = exportShare;
    if (present('rdIntensity')) org.rdIntensity = rdIntensity;
    if (present('patents')) org.patents = patents;
    if (present('emissionsIntensity')) org.emissionsIntensity = emissionsIntensity;
    if (present('renewableShare')) org.renewableShare = renewableShare;
    if (present('foreignOwned')) org.foreignOwned = foreignOwned;
  } else {
    // Institutions: patents for academia, budgets for banks; no export or emission figures.
    if ((d.kind === 'UNIVERSITY' || d.kind === 'RESEARCH') && present('patents')) org.patents = academicPatents;
    if (d.kind === 'FINANCIAL' && present('revenue')) org.revenue = revenue;
    if (present('renewableShare')) org.renewableShare = renewableShare;
    if (d.kind !== 'GOVERNMENT' && present('foreignOwned')) org.foreignOwned = false;
  }
  // Employment in 2015, for the "employment growth" indicator; none for firms founded later.
  if (d.founded <= 2015 && present('employees2015')) org.extras = { x_employees2015: employees2015 };
  return org;
}
