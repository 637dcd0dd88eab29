/**
 * The CORDIS Horizon 2020 input, as records read from the files in data/cordis-h2020/ (see the
 * SOURCE.txt files there). Values are kept as CORDIS writes them (country codes EL and UK,
 * activity types PRC/HES/…); the mapping to the model happens in map.ts. `line` is the record's
 * line in its file, for error messages.
 */

export const ACTIVITY_TYPES = ['PRC', 'HES', 'REC', 'PUB', 'OTH'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const PARTICIPATION_ROLES = ['coordinator', 'participant', 'partner'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** One row of participations/h2020.csv.gz: an organisation (PIC) in a project (rcn). */
export interface Participation {
  rcn: string;
  pic: string;
  role: ParticipationRole;
  type: ActivityType;
  /** CORDIS country code (EL = Greece, UK = United Kingdom). */
  country: string;
  /** EC contribution in EUR; absent when the file says NA. */
  contribution?: number;
  startYear?: number;
  endYear?: number;
  line: number;
}

/** One row of participations/programme_parts.csv.gz; a project may have several parts. */
export interface ProjectPart {
  rcn: string;
  /** A key of cordis-programmes.yml (ERC, SC4, "Innovation in SMEs", …). */
  part: string;
  line: number;
}

/** One row of organizations/Stacked_by_activityType.csv (mid-2017 snapshot). */
export interface OrganizationInfo {
  pic: string;
  name?: string;
  shortName?: string;
  city?: string;
  /** CORDIS country code. */
  country?: string;
  activityType?: string;
  line: number;
}

/** One entry of participations/cordis-programmes.yml: a part's key and its H2020 programme code. */
export interface ProgrammePart {
  key: string;
  code: string;
}

/** File names as shown in error messages (the reader's paths; any label in tests). */
export interface CordisFiles {
  participations: string;
  projectParts: string;
  programmes: string;
  organizations: string;
}

export interface CordisSource {
  files: CordisFiles;
  participations: Participation[];
  projectParts: ProjectPart[];
  organizations: OrganizationInfo[];
  /** In file order, which is the tie-break order for an organisation's sector. */
  programmes: ProgrammePart[];
}
