/**
 * The design of the synthetic demo: fictional countries, regions, clusters and the strategy each
 * cluster is built to show. Everything the generator does is driven by these tables, so an
 * analyst can read the intended answer here (and in data/demo/README.md) and check the explorer.
 *
 * Countries use ISO 3166-1 user-assigned codes (XA, XB, XC): valid alpha-2 codes that no real
 * country has, so nobody mistakes the demo for real data.
 */

export type Strategy = 'SPECIALISED' | 'HUBBING' | 'INTEGRATED' | 'MIXED';

export interface RegionSpec {
  id: string;
  name: string;
  country: string;
  level: 'COUNTRY' | 'NUTS2';
  parentId?: string;
  lat: number;
  lon: number;
  population: number;
  gdpPerCapita: number;
  /** A share (0..1), like every other share in the bundle. */
  unemploymentRate: number;
}

const nuts2 = (
  id: string,
  name: string,
  country: string,
  lat: number,
  lon: number,
  population: number,
  gdpPerCapita: number,
  unemploymentRate: number,
): RegionSpec => ({
  id,
  name,
  country,
  level: 'NUTS2',
  parentId: country.toLowerCase(),
  lat,
  lon,
  population,
  gdpPerCapita,
  unemploymentRate,
});

export const SUB_REGIONS: readonly RegionSpec[] = [
  nuts2('xa-north', 'Norrvale', 'XA', 53.6, 10.2, 2_140_000, 38_500, 0.052),
  nuts2('xa-central', 'Corvenna', 'XA', 52.0, 11.0, 3_420_000, 44_200, 0.041),
  nuts2('xa-east', 'Ostrelia', 'XA', 51.8, 13.4, 1_610_000, 29_800, 0.078),
  nuts2('xb-west', 'Valdessa', 'XB', 50.2, 13.6, 2_580_000, 31_400, 0.066),
  nuts2('xb-south', 'Sudrena', 'XB', 48.9, 14.8, 1_930_000, 24_900, 0.094),
  // The foreign "economic and innovation centre" that hubbing clusters reach out to; no cluster.
  nuts2('xc-capital', 'Calderra Metropolitan Region', 'XC', 46.9, 8.2, 4_250_000, 52_000, 0.035),
];

export const COUNTRIES: readonly { id: string; code: string; name: string; lat: number; lon: number }[] = [
  { id: 'xa', code: 'XA', name: 'Arvenia', lat: 52.5, lon: 11.5 },
  { id: 'xb', code: 'XB', name: 'Belloria', lat: 49.6, lon: 14.2 },
  { id: 'xc', code: 'XC', name: 'Calderra', lat: 46.9, lon: 8.2 },
];

/** Neighbouring NUTS2 regions (shared borders), also written as `x_neighbours` in regions.csv. */
export const NEIGHBOURS: readonly (readonly [string, string])[] = [
  ['xa-north', 'xa-central'],
  ['xa-central', 'xa-east'],
  ['xa-east', 'xb-west'],
  ['xb-west', 'xb-south'],
];

export const countryOf = (regionId: string): string => regionId.slice(0, 2).toUpperCase();

export const areNeighbours = (a: string, b: string): boolean =>
  NEIGHBOURS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** Indicator profile of a cluster's firms: medians the generator scatters around. */
export interface Profile {
  rdIntensity: number;
  exportShare: number;
  digitalMaturity: number;
  /** t CO2e per EUR million of revenue. */
  emissionsIntensity: number;
  renewableShare: number;
  /** EUR thousand of revenue per employee. */
  productivity: number;
  foreignOwned: number;
  csr: number;
  /** employees now / employees in 2015 (median), for the "employment growth" indicator. */
  growth: number;
}

export interface ClusterSpec {
  key: string;
  id: string;
  name: string;
  regionId: string;
  sector: string;
  sectorName: string;
  founded: number;
  strategy: Strategy;
  /** Why the cluster was built this way (README). */
  rationale: string;
  leaders: number;
  enterprises: number;
  tier1: number;
  tier2: number;
  /** Share of non-leading firms in the cluster's own sector; the rest come from `related`. */
  ownSectorShare: number;
  related: readonly string[];
  profile: Profile;
}

export const SECTOR_NAMES: Readonly<Record<string, string>> = {
  C10: 'Manufacture of food products',
  C11: 'Manufacture of beverages',
  C13: 'Manufacture of textiles',
  C14: 'Manufacture of wearing apparel',
  C19: 'Manufacture of coke and refined petroleum products',
  C20: 'Manufacture of chemicals and chemical products',
  C21: 'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
  C22: 'Manufacture of rubber and plastic products',
  C24: 'Manufacture of basic metals',
  C25: 'Manufacture of fabricated metal products',
  C26: 'Manufacture of computer, electronic and optical products',
  C27: 'Manufacture of electrical equipment',
  C28: 'Manufacture of machinery and equipment n.e.c.',
  C29: 'Manufacture of motor vehicles, trailers and semi-trailers',
  'C30.3': 'Manufacture of air and spacecraft and related machinery',
  C32: 'Other manufacturing',
  D35: 'Electricity, gas, steam and air conditioning supply',
  E38: 'Waste collection, treatment and disposal; materials recovery',
  F42: 'Civil engineering',
  H49: 'Land transport and transport via pipelines',
  H50: 'Water transport',
  H52: 'Warehousing and support activities for transportation',
  H53: 'Postal and courier activities',
  J61: 'Telecommunications',
  J62: 'Computer programming, consultancy and related activities',
  J63: 'Information service activities',
  K64: 'Financial service activities',
  L68: 'Real estate activities',
  M70: 'Activities of head offices; management consultancy',
  M71: 'Architectural and engineering activities; technical testing',
  M72: 'Scientific research and development',
  N82: 'Office administrative and business support activities',
  O84: 'Public administration',
  P85: 'Education',
  S94: 'Activities of membership organisations',
};

const p = (x: Profile): Profile => x;

export const CLUSTERS: readonly ClusterSpec[] = [
  {
    key: 'auto', id: 'cl-auto', name: 'Corvenna Automotive Cluster', regionId: 'xa-central',
    sector: 'C29', sectorName: SECTOR_NAMES.C29 ?? '', founded: 2008, strategy: 'INTEGRATED',
    rationale: 'members from eight sectors (plastics, metals, electronics, software...); many ties to the chemicals, ICT, energy and logistics clusters; party to four alliances',
    leaders: 4, enterprises: 60, tier1: 40, tier2: 62, ownSectorShare: 0.4,
    related: ['C22', 'C24', 'C25', 'C26', 'C27', 'C28', 'J62'],
    profile: p({ rdIntensity: 0.045, exportShare: 0.45, digitalMaturity: 0.6, emissionsIntensity: 110, renewableShare: 0.3, productivity: 260, foreignOwned: 0.12, csr: 0.55, growth: 1.1 }),
  },
  {
    key: 'aero', id: 'cl-aero', name: 'Norrvale Aerospace Cluster', regionId: 'xa-north',
    sector: 'C30.3', sectorName: SECTOR_NAMES['C30.3'] ?? '', founded: 2011, strategy: 'HUBBING',
    rationale: 'most firm ties go to foreign primes and research centres in Calderra (XC) and to Belloria; few internal ties; positive E-I',
    leaders: 3, enterprises: 45, tier1: 36, tier2: 62, ownSectorShare: 0.8,
    related: ['C25', 'C26', 'C28'],
    profile: p({ rdIntensity: 0.085, exportShare: 0.68, digitalMaturity: 0.62, emissionsIntensity: 65, renewableShare: 0.25, productivity: 240, foreignOwned: 0.28, csr: 0.45, growth: 1.25 }),
  },
  {
    key: 'chem', id: 'cl-chem', name: 'Valdessa Chemical Park Cluster', regionId: 'xb-west',
    sector: 'C20', sectorName: SECTOR_NAMES.C20 ?? '', founded: 2007, strategy: 'INTEGRATED',
    rationale: 'chemicals, plastics, recycling, energy and engineering firms inside; cross-sector ties to automotive, pharma, energy and logistics; party to three alliances',
    leaders: 4, enterprises: 52, tier1: 34, tier2: 56, ownSectorShare: 0.45,
    related: ['C22', 'C19', 'E38', 'D35', 'M71', 'C21'],
    profile: p({ rdIntensity: 0.035, exportShare: 0.52, digitalMaturity: 0.5, emissionsIntensity: 320, renewableShare: 0.22, productivity: 330, foreignOwned: 0.15, csr: 0.6, growth: 1.04 }),
  },
  {
    key: 'pharma', id: 'cl-pharma', name: 'Valdessa Life Sciences Cluster', regionId: 'xb-west',
    sector: 'C21', sectorName: SECTOR_NAMES.C21 ?? '', founded: 2012, strategy: 'HUBBING',
    rationale: 'licensing, R&D and supply ties to Calderran pharma majors and institutes; foreign funds invest in its firms; positive E-I',
    leaders: 3, enterprises: 58, tier1: 26, tier2: 44, ownSectorShare: 0.78,
    related: ['C20', 'C32', 'M72'],
    profile: p({ rdIntensity: 0.14, exportShare: 0.72, digitalMaturity: 0.58, emissionsIntensity: 45, renewableShare: 0.3, productivity: 310, foreignOwned: 0.3, csr: 0.6, growth: 1.3 }),
  },
  {
    key: 'ict', id: 'cl-ict', name: 'Corvenna Digital Valley', regionId: 'xa-central',
    sector: 'J62', sectorName: SECTOR_NAMES.J62 ?? '', founded: 2013, strategy: 'HUBBING',
    rationale: 'software firms serving foreign platforms and Belloria customers, venture-funded from abroad; few local ties; positive E-I',
    leaders: 3, enterprises: 80, tier1: 22, tier2: 36, ownSectorShare: 0.78,
    related: ['J63', 'J61', 'C26'],
    profile: p({ rdIntensity: 0.11, exportShare: 0.55, digitalMaturity: 0.85, emissionsIntensity: 12, renewableShare: 0.5, productivity: 140, foreignOwned: 0.25, csr: 0.4, growth: 1.55 }),
  },
  {
    key: 'food', id: 'cl-food', name: 'Ostrelia Food Valley', regionId: 'xa-east',
    sector: 'C10', sectorName: SECTOR_NAMES.C10 ?? '', founded: 2009, strategy: 'SPECIALISED',
    rationale: 'food processors and their farm and packaging suppliers, densely tied among themselves in one region and one sector; almost no outside ties',
    leaders: 3, enterprises: 38, tier1: 26, tier2: 40, ownSectorShare: 0.96,
    related: ['C11'],
    profile: p({ rdIntensity: 0.01, exportShare: 0.22, digitalMaturity: 0.35, emissionsIntensity: 160, renewableShare: 0.2, productivity: 190, foreignOwned: 0.05, csr: 0.35, growth: 1.02 }),
  },
  {
    key: 'textile', id: 'cl-textile', name: 'Sudrena Textile Cluster', regionId: 'xb-south',
    sector: 'C13', sectorName: SECTOR_NAMES.C13 ?? '', founded: 2006, strategy: 'SPECIALISED',
    rationale: 'weavers, spinners and finishers in one valley, one sector, dense local supply chains; almost no outside ties; shrinking employment',
    leaders: 3, enterprises: 34, tier1: 24, tier2: 38, ownSectorShare: 0.96,
    related: ['C14'],
    profile: p({ rdIntensity: 0.012, exportShare: 0.35, digitalMaturity: 0.3, emissionsIntensity: 210, renewableShare: 0.15, productivity: 110, foreignOwned: 0.04, csr: 0.3, growth: 0.85 }),
  },
  {
    key: 'energy', id: 'cl-energy', name: 'Norrvale Energy Transition Cluster', regionId: 'xa-north',
    sector: 'D35', sectorName: SECTOR_NAMES.D35 ?? '', founded: 2014, strategy: 'INTEGRATED',
    rationale: 'utilities, equipment makers, civil engineering, recycling and software inside; shared-infrastructure ties with chemicals, automotive, aerospace and logistics; party to four alliances',
    leaders: 3, enterprises: 55, tier1: 30, tier2: 50, ownSectorShare: 0.4,
    related: ['C27', 'C28', 'C25', 'F42', 'E38', 'J62', 'M71'],
    profile: p({ rdIntensity: 0.03, exportShare: 0.2, digitalMaturity: 0.55, emissionsIntensity: 180, renewableShare: 0.65, productivity: 420, foreignOwned: 0.1, csr: 0.65, growth: 1.3 }),
  },
  {
    key: 'mach', id: 'cl-machinery', name: 'Sudrena Machine Builders Cluster', regionId: 'xb-south',
    sector: 'C28', sectorName: SECTOR_NAMES.C28 ?? '', founded: 2010, strategy: 'SPECIALISED',
    rationale: 'machine builders and their component makers, dense internal supply and joint projects, one sector; few outside ties',
    leaders: 3, enterprises: 36, tier1: 28, tier2: 36, ownSectorShare: 0.95,
    related: ['C25'],
    profile: p({ rdIntensity: 0.028, exportShare: 0.4, digitalMaturity: 0.45, emissionsIntensity: 90, renewableShare: 0.2, productivity: 170, foreignOwned: 0.06, csr: 0.35, growth: 1.0 }),
  },
  {
    key: 'logi', id: 'cl-logistics', name: 'Ostrelia Logistics Gateway', regionId: 'xa-east',
    sector: 'H52', sectorName: SECTOR_NAMES.H52 ?? '', founded: 2012, strategy: 'MIXED',
    rationale: 'moderate internal ties, some cross-border and cross-sector ties, one alliance: no strategy clearly dominates',
    leaders: 3, enterprises: 52, tier1: 30, tier2: 48, ownSectorShare: 0.6,
    related: ['H49', 'H50', 'H53', 'J62'],
    profile: p({ rdIntensity: 0.006, exportShare: 0.3, digitalMaturity: 0.5, emissionsIntensity: 260, renewableShare: 0.2, productivity: 150, foreignOwned: 0.12, csr: 0.4, growth: 1.15 }),
  },
];

export const clusterByKey = (key: string): ClusterSpec => {
  const c = CLUSTERS.find((x) => x.key === key);
  if (!c) throw new Error(`unknown cluster ${key}`);
  return c;
};

/** The organisations built to broker between clusters, and the clusters each one reaches. */
export const BROKERS = {
  university: { id: 'org-uni-broker-1', home: 'auto', reach: ['auto', 'ict', 'energy', 'aero', 'chem', 'logi', 'textile'] },
  research: { id: 'org-res-broker-1', home: 'chem', reach: ['chem', 'pharma', 'auto', 'energy', 'aero', 'mach'] },
  logistics: { id: 'org-log-broker-1', home: 'logi', reach: ['logi', 'auto', 'chem', 'food', 'energy', 'pharma', 'mach'] },
} as const;

export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2025;
