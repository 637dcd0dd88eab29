/**
 * Countries and cities → regions. Every organisation has a country (participations, 2020); a
 * city only where the organisations file (2017) knows the PIC, gives a city, and agrees on the
 * country (8 PICs moved country between the snapshots: their old city would sit in the wrong
 * country, so they get none). City spellings vary in case and spacing ("Zaragoza", "ZARAGOZA"),
 * so the region id uses the normalised form and the name its most frequent spelling. Pure.
 */
import type { Region } from '../model/types.ts';
import { countryName, isoCountry } from './countries.ts';
import type { OrgEntry } from './participants.ts';
import type { OrganizationInfo } from './source.ts';

export const COUNTRY_LEVEL = 'COUNTRY';
export const CITY_LEVEL = 'CITY';

export interface RegionMapping {
  regions: Region[];
  /** Region id of each organisation (its city when known, else its country). */
  regionOf: string[];
  countries: number;
  cities: number;
  /** Organisations placed in a city. */
  withCity: number;
}

export function normaliseCity(city: string): string {
  return city.trim().replace(/\s+/g, ' ').toUpperCase();
}

export function cityRegionId(iso: string, city: string): string {
  return `${iso}:${normaliseCity(city)}`;
}

export function mapRegions(orgs: readonly OrgEntry[], info: ReadonlyMap<string, OrganizationInfo>): RegionMapping {
  const countries = new Map<string, string>(); // iso → CORDIS code
  const spellings = new Map<string, Map<string, number>>(); // city id → spelling → count
  const regionOf: string[] = [];
  let withCity = 0;
  for (const o of orgs) {
    const iso = isoCountry(o.country);
    if (!countries.has(iso)) countries.set(iso, o.country);
    const i = info.get(o.pic);
    const city = i?.city;
    if (i === undefined || city === undefined || i.country === undefined || isoCountry(i.country) !== iso || normaliseCity(city) === '') {
      regionOf.push(iso);
      continue;
    }
    const id = cityRegionId(iso, city);
    const s = spellings.get(id) ?? new Map<string, number>();
    const spelling = city.trim().replace(/\s+/g, ' ');
    s.set(spelling, (s.get(spelling) ?? 0) + 1);
    spellings.set(id, s);
    regionOf.push(id);
    withCity++;
  }
  const regions: Region[] = [...countries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([iso, cordis]) => ({ id: iso, name: countryName(iso), country: iso, level: COUNTRY_LEVEL, extras: { x_cordisCode: cordis } }));
  const cityIds = [...spellings.keys()].sort();
  for (const id of cityIds) {
    const iso = id.slice(0, id.indexOf(':'));
    regions.push({ id, name: mostFrequent(spellings.get(id) as Map<string, number>), country: iso, level: CITY_LEVEL, parentId: iso, extras: { x_cordisCode: countries.get(iso) ?? iso } });
  }
  return { regions, regionOf, countries: countries.size, cities: cityIds.length, withCity };
}

/** The most frequent key; ties go to the first in string order, so the result is stable. */
function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [k, c] of counts) {
    if (c > bestCount || (c === bestCount && k < best)) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}
