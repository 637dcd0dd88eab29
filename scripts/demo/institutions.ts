/**
 * Institutions (universities, research bodies, government, finance, support organisations), the
 * three designed brokers, and organisations outside every cluster: foreign "economic and
 * innovation centres" in Calderra (XC) that hubbing clusters reach out to, and domestic firms
 * outside any cluster.
 */
import type { OrganizationKind } from '../../server/model/types.ts';
import { BROKERS, CLUSTERS, SUB_REGIONS, countryOf, clusterByKey } from './spec.ts';
import type { NameBook } from './names.ts';
import type { Draft, DraftRole, World } from './world.ts';

interface InstitutionRow {
  id: string;
  name: string;
  kind: OrganizationKind;
  sector: string;
  regionId: string;
  /** Cluster keys it is a member of (first = its home module). */
  clusters: readonly string[];
  employees: number;
  founded: number;
}

const row = (
  id: string, name: string, kind: OrganizationKind, sector: string, regionId: string,
  clusters: readonly string[], employees: number, founded: number,
): InstitutionRow => ({ id, name, kind, sector, regionId, clusters, employees, founded });

const regionClusters = (regionId: string): string[] => CLUSTERS.filter((c) => c.regionId === regionId).map((c) => c.key);
const regionName = (regionId: string): string => SUB_REGIONS.find((r) => r.id === regionId)?.name ?? regionId;
const DOMESTIC = ['xa-north', 'xa-central', 'xa-east', 'xb-west', 'xb-south'];

function institutionRows(): InstitutionRow[] {
  const rows: InstitutionRow[] = [
    row(BROKERS.university.id, 'Corvenna University of Technology', 'UNIVERSITY', 'P85', 'xa-central', ['auto'], 4200, 1868),
    row('org-uni-norrvale', 'University of Norrvale', 'UNIVERSITY', 'P85', 'xa-north', ['aero', 'energy'], 3100, 1921),
    row('org-uni-corvenna', 'Corvenna State University', 'UNIVERSITY', 'P85', 'xa-central', ['ict', 'auto'], 5200, 1903),
    row('org-uni-ostrelia', 'Ostrelia University of Applied Sciences', 'UNIVERSITY', 'P85', 'xa-east', ['food', 'logi'], 1400, 1971),
    row('org-uni-valdessa', 'University of Valdessa', 'UNIVERSITY', 'P85', 'xb-west', ['chem', 'pharma'], 3800, 1895),
    row('org-uni-sudrena', 'Sudrena Polytechnic', 'UNIVERSITY', 'P85', 'xb-south', ['textile', 'mach'], 1700, 1958),
    row(BROKERS.research.id, 'Valdessa Institute for Materials and Process Research', 'RESEARCH', 'M72', 'xb-west', ['chem'], 620, 1962),
    row('org-res-aero', 'Norrvale Aerospace Research Centre', 'RESEARCH', 'M72', 'xa-north', ['aero'], 410, 1969),
    row('org-res-energy', 'Norrvale Institute for Grid and Storage Systems', 'RESEARCH', 'M72', 'xa-north', ['energy'], 260, 1992),
    row('org-res-ict', 'Corvenna Institute for Software and Data', 'RESEARCH', 'M72', 'xa-central', ['ict'], 180, 2001),
    row('org-res-auto', 'Corvenna Mobility Research Lab', 'RESEARCH', 'M72', 'xa-central', ['auto'], 150, 1998),
    row('org-res-food', 'Ostrelia Food Technology Institute', 'RESEARCH', 'M72', 'xa-east', ['food'], 120, 1977),
    row('org-res-pharma', 'Valdessa Biomedical Research Institute', 'RESEARCH', 'M72', 'xb-west', ['pharma'], 340, 1984),
    row('org-res-textile', 'Sudrena Textile Research Institute', 'RESEARCH', 'M72', 'xb-south', ['textile'], 70, 1952),
    row('org-res-mach', 'Sudrena Institute for Production Engineering', 'RESEARCH', 'M72', 'xb-south', ['mach'], 110, 1966),
    row('org-gov-xa-economy', 'Arvenian Ministry of Economy and Innovation', 'GOVERNMENT', 'O84', 'xa-central', [], 900, 1949),
    row('org-gov-xa-research', 'Arvenian Research Council', 'GOVERNMENT', 'O84', 'xa-central', [], 160, 1972),
    row('org-gov-xb-industry', 'Bellorian Ministry of Industry', 'GOVERNMENT', 'O84', 'xb-west', [], 700, 1991),
    row('org-fin-xa-bank-1', 'Arvenian Industrial Bank', 'FINANCIAL', 'K64', 'xa-central', [], 2100, 1911),
    row('org-fin-xa-bank-2', 'Norrvale Savings Bank', 'FINANCIAL', 'K64', 'xa-north', [], 650, 1884),
    row('org-fin-xb-bank-1', 'Bellorian Commerce Bank', 'FINANCIAL', 'K64', 'xb-west', [], 1500, 1993),
    row('org-fin-vc-xa', 'Northlight Ventures', 'FINANCIAL', 'K64', 'xa-central', [], 25, 2009),
    row('org-fin-vc-xb', 'Valdessa Capital Partners', 'FINANCIAL', 'K64', 'xb-west', [], 18, 2011),
    row('org-chamber-xa', 'Arvenian Chamber of Industry and Commerce', 'SUPPORT', 'S94', 'xa-central', [], 140, 1890),
    row('org-chamber-xb', 'Bellorian Chamber of Commerce', 'SUPPORT', 'S94', 'xb-west', [], 90, 1992),
    row('org-incubator-corvenna', 'Corvenna Startup Foundry', 'SUPPORT', 'N82', 'xa-central', ['ict'], 12, 2014),
  ];
  for (const regionId of DOMESTIC) {
    const name = regionName(regionId);
    const local = regionClusters(regionId);
    rows.push(row(`org-gov-${regionId}`, `${name} Regional Development Agency`, 'GOVERNMENT', 'O84', regionId, local, 60, 1995));
    rows.push(row(`org-fin-fund-${regionId}`, `${name} Regional Development Fund`, 'FINANCIAL', 'K64', regionId, local, 30, 2003));
    rows.push(row(`org-park-${regionId}`, `${name} Technology Park`, 'SUPPORT', 'L68', regionId, local, 35, 2000));
  }
  for (const c of CLUSTERS) {
    rows.push(row(`org-${c.key}-mgmt`, `${c.name} Management Office`, 'SUPPORT', 'N82', c.regionId, [c.key], 8, c.founded));
  }
  return rows;
}

/** Calderra's organisations: none belongs to a cluster; hubbing clusters tie to them. */
function foreignRows(): InstitutionRow[] {
  const rows: InstitutionRow[] = [
    row('org-uni-calderra', 'Calderra Institute of Technology', 'UNIVERSITY', 'P85', 'xc-capital', [], 6100, 1855),
    row('org-gov-xc-trade', 'Calderra Trade and Investment Agency', 'GOVERNMENT', 'O84', 'xc-capital', [], 120, 1987),
    row('org-ext-res-1', 'Calderra Centre for Advanced Flight', 'RESEARCH', 'M72', 'xc-capital', [], 700, 1961),
    row('org-ext-res-2', 'Calderra Biomedical Institute', 'RESEARCH', 'M72', 'xc-capital', [], 950, 1948),
    row('org-ext-res-3', 'Calderra Institute for Computing', 'RESEARCH', 'M72', 'xc-capital', [], 420, 1979),
    row('org-ext-res-4', 'Calderra Materials Laboratory', 'RESEARCH', 'M72', 'xc-capital', [], 380, 1958),
    row('org-ext-fin-1', 'Calderra Growth Capital', 'FINANCIAL', 'K64', 'xc-capital', [], 60, 1999),
    row('org-ext-fin-2', 'Meridane Investors', 'FINANCIAL', 'K64', 'xc-capital', [], 45, 2004),
    row('org-ext-fin-3', 'Calderra Innovation Fund', 'FINANCIAL', 'K64', 'xc-capital', [], 30, 2012),
    row('org-ext-fin-4', 'Helvard Private Equity', 'FINANCIAL', 'K64', 'xc-capital', [], 80, 1994),
  ];
  return rows;
}

function addRow(world: World, names: NameBook, r: InstitutionRow, role: DraftRole, attract: number): Draft {
  const d = world.addOrg({
    id: r.id, name: names.claim(r.name), kind: r.kind, sector: r.sector, regionId: r.regionId,
    role, attract, employees: r.employees, founded: r.founded, foreignParent: false,
  });
  for (const key of r.clusters) {
    const c = clusterByKey(key);
    const role = d.id === `org-${key}-mgmt` ? 'COORDINATOR' : d.kind === 'RESEARCH' || d.kind === 'UNIVERSITY' ? 'CORE' : 'ASSOCIATE';
    world.join(d, key, c.id, role, Math.max(c.founded, d.founded));
  }
  return d;
}

export function buildInstitutions(world: World, names: NameBook): void {
  for (const r of institutionRows()) addRow(world, names, r, 'INST', 1);
  for (const r of foreignRows()) addRow(world, names, r, 'EXT', 4);
  // The logistics broker is a firm: a freight forwarder serving many clusters.
  const logi = clusterByKey(BROKERS.logistics.home);
  const broker = world.addOrg({
    id: BROKERS.logistics.id, name: names.claim('Ostrelia Freight and Port Services AG'), kind: 'ENTERPRISE',
    sector: 'H52', regionId: logi.regionId, role: 'ENT', attract: 1, employees: 2600, founded: 1964, foreignParent: false,
  });
  world.join(broker, logi.key, logi.id, 'CORE', logi.founded);
}

/** Foreign global firms and suppliers (XC), and domestic firms that belong to no cluster. */
export function buildOutsiders(world: World, names: NameBook): void {
  const rng = world.rng;
  const globalSectors = ['C30.3', 'C30.3', 'C30.3', 'C30.3', 'C21', 'C21', 'C21', 'C21', 'J62', 'J62', 'J62', 'J62', 'C29', 'C29', 'C20', 'C20'];
  globalSectors.forEach((sector, i) => {
    world.addOrg({
      id: `org-ext-ent-${String(i + 1).padStart(2, '0')}`, name: names.firm(sector, 'XC'), kind: 'ENTERPRISE', sector,
      regionId: 'xc-capital', role: 'EXT', attract: rng.lognormal(6, 0.4), employees: Math.round(rng.lognormal(18000, 0.5)),
      founded: rng.int(1920, 1990), foreignParent: false,
    });
  });
  const supplierSectors = ['C25', 'C26', 'C28', 'C20', 'M72', 'J63', 'C32', 'C22'];
  for (let i = 1; i <= 20; i++) {
    const sector = rng.pick(supplierSectors);
    world.addOrg({
      id: `org-ext-sup-${String(i).padStart(2, '0')}`, name: names.firm(sector, 'XC'), kind: 'SUPPLIER', sector,
      regionId: 'xc-capital', role: 'EXT', attract: rng.lognormal(1.2, 0.5), employees: Math.round(rng.lognormal(600, 0.8)),
      founded: rng.int(1950, 2012), foreignParent: false,
    });
  }
  const domesticSectors = ['C10', 'C13', 'C28', 'C25', 'C22', 'C20', 'C29', 'D35', 'H49', 'H52', 'J62', 'C27', 'M71', 'E38'];
  for (let i = 1; i <= 60; i++) {
    const sector = rng.pick(domesticSectors);
    const regionId = rng.pick(DOMESTIC);
    world.addOrg({
      id: `org-out-${String(i).padStart(3, '0')}`, name: names.firm(sector, countryOf(regionId)),
      kind: rng.chance(0.5) ? 'ENTERPRISE' : 'SUPPLIER', sector, regionId, role: 'OUT', attract: rng.lognormal(1, 0.6),
      employees: Math.round(rng.lognormal(110, 1.0)) + 2, founded: rng.int(1960, 2019), foreignParent: false,
    });
  }
}
