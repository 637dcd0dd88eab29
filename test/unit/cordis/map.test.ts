/** The CORDIS → model mapping on the handcrafted sample: every rule of docs/cordis.md. */
import { describe, expect, it } from 'vitest';
import { mapCordis, validateDataset } from '../../../server/cordis/index.ts';
import type { Dataset } from '../../../server/model/types.ts';
import { A, B, C, D, E, sample } from './support.ts';

async function mapped(options: Parameters<typeof mapCordis>[1] = { minClusterSize: 2 }): Promise<Dataset> {
  return mapCordis(await sample(), options).dataset;
}

function org(d: Dataset, id: string) {
  const o = d.organizations.find((x) => x.id === id);
  if (o === undefined) throw new Error(`no organisation ${id}`);
  return o;
}

describe('organisations', () => {
  it('maps activity types to kinds: PRC enterprise, HES university, REC research, PUB government, OTH support', async () => {
    const d = await mapped();
    expect(Object.fromEntries(d.organizations.map((o) => [o.id, o.kind]))).toEqual({
      [A]: 'ENTERPRISE',
      [B]: 'UNIVERSITY',
      [C]: 'RESEARCH',
      [D]: 'GOVERNMENT',
      [E]: 'SUPPORT',
    });
  });

  it('names organisations from the organisations file and falls back to the PIC', async () => {
    const d = await mapped();
    expect(org(d, A).name).toBe('ALPHA SA');
    expect(org(d, B).name).toBe('UNIVERSIDADE "BETA"'); // unescaped inner quotes in the 2017 file
    expect(org(d, C).name).toBe('GAMMA RESEARCH, INSTITUTE');
    expect(org(d, D).name).toBe(D);
  });

  it('keeps only organisations with participations, in PIC order', async () => {
    const d = await mapped();
    expect(d.organizations.map((o) => o.id)).toEqual([A, B, C, D, E]);
  });

  it('sets the sector to the programme part with most projects, ties to the earlier part of the yml', async () => {
    const d = await mapped();
    expect(org(d, A).sector).toBe('SC4'); // SC4 ×2, LEIT ×1
    expect(org(d, C).sector).toBe('SC1'); // SC4 ×1, SC1 ×1: SC1 comes first in the yml
    expect(org(d, D).sector).toBe('LEIT'); // SC4 ×1, LEIT ×1
    expect(org(d, E).sector).toBe('ERC'); // project 500 has no part
  });

  it('keeps participation totals as x_ extras and invents no indicators', async () => {
    const d = await mapped();
    expect(org(d, A).extras).toEqual({ x_cordisType: 'PRC', x_projects: 3, x_coordinated: 1, x_ecContribution: 1600.5, x_shortName: 'ALPHA' });
    expect(org(d, E).extras).toMatchObject({ x_projects: 2, x_ecContribution: 100 }); // NA contribution skipped
    expect(org(d, A).revenue).toBeUndefined();
    expect(org(d, A).employees).toBeUndefined();
  });
});

describe('regions', () => {
  it('makes ISO country regions (EL → GR, UK → GB) and city regions under them', async () => {
    const d = await mapped();
    expect(d.regions).toEqual([
      { id: 'GB', name: 'United Kingdom', country: 'GB', level: 'COUNTRY', extras: { x_cordisCode: 'UK' } },
      { id: 'GR', name: 'Greece', country: 'GR', level: 'COUNTRY', extras: { x_cordisCode: 'EL' } },
      { id: 'PT', name: 'Portugal', country: 'PT', level: 'COUNTRY', extras: { x_cordisCode: 'PT' } },
      { id: 'GR:ATHINA', name: 'ATHINA', country: 'GR', level: 'CITY', parentId: 'GR', extras: { x_cordisCode: 'EL' } },
      { id: 'PT:LISBOA', name: 'LISBOA', country: 'PT', level: 'CITY', parentId: 'PT', extras: { x_cordisCode: 'PT' } },
    ]);
  });

  it('locates an organisation in its city when known, else in its country', async () => {
    const d = await mapped();
    expect(org(d, A).regionId).toBe('PT:LISBOA'); // "Lisboa" and "LISBOA" are one city
    expect(org(d, B).regionId).toBe('PT:LISBOA');
    expect(org(d, D).regionId).toBe('GB'); // not in the organisations file
    expect(org(d, E).regionId).toBe('PT'); // the 2017 file puts it in ES: its city is not used
  });
});

describe('projects', () => {
  it('makes every project an R&D project alliance founded in its start year', async () => {
    const d = await mapped();
    expect(d.alliances.map((a) => a.id)).toEqual(['rcn:100', 'rcn:200', 'rcn:300', 'rcn:400', 'rcn:500']);
    expect(d.alliances[1]).toEqual({
      id: 'rcn:200',
      name: 'H2020 project 200',
      kind: 'R&D project',
      founded: 2017,
      extras: { x_participants: 3, x_programmeParts: 'LEIT;SC4', x_endYear: 2020 },
    });
    expect(d.alliances[2]?.founded).toBeUndefined(); // years NA
  });

  it('makes every participant PARTY_TO its project, with its CORDIS role', async () => {
    const d = await mapped();
    const of200 = d.allianceMembers.filter((m) => m.allianceId === 'rcn:200');
    expect(of200).toEqual([
      { allianceId: 'rcn:200', memberId: A, since: 2017, extras: { x_role: 'participant' } },
      { allianceId: 'rcn:200', memberId: B, since: 2017, extras: { x_role: 'coordinator' } },
      { allianceId: 'rcn:200', memberId: D, since: 2017, extras: { x_role: 'partner' } },
    ]);
    expect(d.allianceMembers).toHaveLength(11);
  });
});

describe('co-participation', () => {
  it('links each pair once, sourceId < targetId, weight = shared projects, since/until = first/last year', async () => {
    const d = await mapped();
    const pairs = d.relationships.map((r) => [r.sourceId, r.targetId, r.weight, r.since, r.until]);
    expect(pairs).toEqual([
      [A, B, 2, 2015, 2020],
      [A, C, 1, 2015, 2018],
      [A, D, 1, 2017, 2020],
      [A, E, 1, 2016, 2019],
      [B, C, 2, 2015, 2022], // project 400 lists C before B
      [B, D, 1, 2017, 2020],
    ]);
    for (const r of d.relationships) {
      expect(r.type).toBe('COLLABORATES_WITH');
      expect(r.kind).toBe('JOINT_PROJECT');
      expect(r.sourceId < r.targetId).toBe(true);
    }
  });

  it('keeps only the organisations and pairs of the chosen countries (EL or GR alike)', async () => {
    const pt = await mapped({ countries: ['PT'], minClusterSize: 2 });
    expect(pt.organizations.map((o) => o.id)).toEqual([A, B, E]);
    expect(pt.relationships.map((r) => [r.sourceId, r.targetId, r.weight])).toEqual([
      [A, B, 2],
      [A, E, 1],
    ]);
    expect(pt.alliances).toHaveLength(5); // every project with a PT participant
    expect(pt.regions.map((r) => r.id)).toEqual(['PT', 'PT:LISBOA']);
    const gr = await mapped({ countries: ['el', 'UK'] });
    expect(gr.organizations.map((o) => o.id)).toEqual([C, D]);
    expect(gr.relationships).toEqual([]);
  });

  it('rejects a country that is not two letters', async () => {
    await expect(mapped({ countries: ['POR'] })).rejects.toThrow(/"POR" is not a two-letter code/);
  });
});

describe('clusters (regional thematic ecosystems)', () => {
  it('groups the organisations of a country active in a programme part, from the minimum size', async () => {
    const d = await mapped({ minClusterSize: 2 });
    expect(d.clusters).toEqual([
      {
        id: 'eco:PT:LEIT',
        name: 'Portugal: Leadership in enabling and industrial technologies (LEIT)',
        regionId: 'PT',
        sector: 'LEIT',
        sectorName: 'Leadership in enabling and industrial technologies (LEIT)',
        extras: { x_programmeCode: 'H2020-EU.2.1.', x_projects: 1 },
      },
      {
        id: 'eco:PT:SC4',
        name: 'Portugal: SC4 Smart, green and integrated transport',
        regionId: 'PT',
        sector: 'SC4',
        sectorName: 'SC4 Smart, green and integrated transport',
        extras: { x_programmeCode: 'H2020-EU.3.4.', x_projects: 2 },
      },
    ]);
  });

  it('makes coordinators of a project of the part COORDINATOR members, the others CORE, with their years', async () => {
    const d = await mapped({ minClusterSize: 2 });
    expect(d.memberships).toEqual([
      { organizationId: A, clusterId: 'eco:PT:LEIT', role: 'CORE', since: 2017, until: 2020, extras: { x_projects: 1 } },
      { organizationId: B, clusterId: 'eco:PT:LEIT', role: 'COORDINATOR', since: 2017, until: 2020, extras: { x_projects: 1 } },
      { organizationId: A, clusterId: 'eco:PT:SC4', role: 'COORDINATOR', since: 2015, until: 2020, extras: { x_projects: 2 } },
      { organizationId: B, clusterId: 'eco:PT:SC4', role: 'COORDINATOR', since: 2015, until: 2020, extras: { x_projects: 2 } },
    ]);
  });

  it('drops ecosystems below the minimum size', async () => {
    expect((await mapped({ minClusterSize: 3 })).clusters).toEqual([]);
    const one = await mapped({ minClusterSize: 1 });
    expect(one.clusters.map((c) => c.id)).toEqual(['eco:GB:LEIT', 'eco:GB:SC4', 'eco:GR:SC1', 'eco:GR:SC4', 'eco:PT:ERC', 'eco:PT:LEIT', 'eco:PT:SC1', 'eco:PT:SC4']);
  });

  it('uses 20 organisations as the default minimum', async () => {
    const { stats } = mapCordis(await sample());
    expect(stats.clusters).toBe(0);
    expect(stats.ecosystemsBelowMinimum).toBe(8);
  });
});

describe('the bundle', () => {
  it('passes the bundle validation unchanged apart from x_ values read back as text', async () => {
    const d = await mapped();
    const v = validateDataset(d);
    expect(v.relationships).toEqual(d.relationships);
    expect(v.organizations.map(({ extras: _x, ...o }) => o)).toEqual(d.organizations.map(({ extras: _x, ...o }) => o));
    expect(v.organizations[0]?.extras).toMatchObject({ x_projects: '3' });
  });

  it('reports the counts of the mapping', async () => {
    const { stats } = mapCordis(await sample(), { minClusterSize: 2 });
    expect(stats).toMatchObject({
      participations: 11,
      organizations: 5,
      organizationsNamed: 4,
      organizationsInCity: 3,
      projects: 5,
      projectsWithoutPart: 1,
      pairs: 6,
      pairIncidences: 8,
      countries: 3,
      cities: 2,
      clusters: 2,
      memberships: 4,
      partnerRows: 1,
    });
  });
});
