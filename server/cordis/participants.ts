/**
 * Organisations and projects as they appear in the (filtered) participations: one entry per PIC
 * and per rcn, with the totals the mapping needs. Pure. An organisation's activity type and
 * country must be the same on all its rows (they are in the 2020 file); a disagreement is an
 * error naming both lines rather than a silent pick.
 */
import { CordisInputError } from './errors.ts';
import type { ActivityType, Participation } from './source.ts';

export interface OrgEntry {
  pic: string;
  type: ActivityType;
  /** CORDIS country code. */
  country: string;
  line: number;
  projects: number;
  coordinated: number;
  /** Sum of known EC contributions (EUR); `hasContribution` false when every row said NA. */
  contribution: number;
  hasContribution: boolean;
}

export interface ProjectEntry {
  rcn: string;
  /** Indexes into the organisation list (sorted by PIC), ascending, no repeats. */
  members: number[];
  coordinators: Set<number>;
  /** Members with the role "partner" (CORDIS partner organisations, not beneficiaries). */
  partners: Set<number>;
  /** First start year and last end year over the project's rows (they agree in the file). */
  startYear?: number;
  endYear?: number;
}

export interface Participants {
  /** Sorted by PIC (string order), so index order = id order and pairs come out oriented. */
  orgs: OrgEntry[];
  orgIndex: Map<string, number>;
  /** Sorted by rcn (numeric). */
  projects: ProjectEntry[];
  projectIndex: Map<string, number>;
  /** Rows with the role "partner" (CORDIS partner organisations), counted for the report. */
  partnerRows: number;
}

export function collectParticipants(rows: readonly Participation[], file: string): Participants {
  const byPic = new Map<string, OrgEntry>();
  const seen = new Map<string, number>(); // rcn + pic → line
  let partnerRows = 0;
  for (const r of rows) {
    const key = `${r.rcn} ${r.pic}`;
    const first = seen.get(key);
    if (first !== undefined) throw new CordisInputError({ file, line: r.line }, `organisation ${r.pic} is listed twice in project ${r.rcn} (first on line ${first})`);
    seen.set(key, r.line);
    if (r.role === 'partner') partnerRows++;
    let o = byPic.get(r.pic);
    if (o === undefined) {
      o = { pic: r.pic, type: r.type, country: r.country, line: r.line, projects: 0, coordinated: 0, contribution: 0, hasContribution: false };
      byPic.set(r.pic, o);
    } else if (o.type !== r.type || o.country !== r.country) {
      const column = o.type !== r.type ? 'type' : 'country';
      const was = o.type !== r.type ? o.type : o.country;
      throw new CordisInputError({ file, line: r.line, column }, `organisation ${r.pic} has ${column} ${was} on line ${o.line} but ${column === 'type' ? r.type : r.country} here`);
    }
    o.projects++;
    if (r.role === 'coordinator') o.coordinated++;
    if (r.contribution !== undefined) {
      o.contribution += r.contribution;
      o.hasContribution = true;
    }
  }
  const orgs = [...byPic.values()].sort((a, b) => (a.pic < b.pic ? -1 : a.pic > b.pic ? 1 : 0));
  const orgIndex = new Map(orgs.map((o, i) => [o.pic, i]));

  const byRcn = new Map<string, ProjectEntry>();
  for (const r of rows) {
    let p = byRcn.get(r.rcn);
    if (p === undefined) {
      p = { rcn: r.rcn, members: [], coordinators: new Set(), partners: new Set() };
      byRcn.set(r.rcn, p);
    }
    const i = orgIndex.get(r.pic) as number;
    p.members.push(i);
    if (r.role === 'coordinator') p.coordinators.add(i);
    else if (r.role === 'partner') p.partners.add(i);
    if (r.startYear !== undefined && (p.startYear === undefined || r.startYear < p.startYear)) p.startYear = r.startYear;
    if (r.endYear !== undefined && (p.endYear === undefined || r.endYear > p.endYear)) p.endYear = r.endYear;
  }
  const projects = [...byRcn.values()].sort((a, b) => Number(a.rcn) - Number(b.rcn));
  for (const p of projects) p.members.sort((a, b) => a - b);
  const projectIndex = new Map(projects.map((p, i) => [p.rcn, i]));
  return { orgs, orgIndex, projects, projectIndex, partnerRows };
}
