/**
 * CORDIS Horizon 2020 importer: read the folder (read.ts, the only I/O), map it to the model
 * (map.ts and its parts, pure), validate it as a bundle (validate.ts). docs/cordis.md documents
 * the mapping. Source: CORDIS, European Commission.
 */
export { readCordisFolder, CORDIS_FILES } from './read.ts';
export {
  mapCordis,
  normaliseCountries,
  allianceId,
  KIND_OF_ACTIVITY,
  DEFAULT_MIN_CLUSTER_SIZE,
  ALLIANCE_KIND,
  COLLABORATION_KIND,
  type CordisMapOptions,
  type CordisMapping,
  type CordisStats,
} from './map.ts';
export { clusterId } from './ecosystems.ts';
export { cityRegionId, COUNTRY_LEVEL, CITY_LEVEL } from './regions.ts';
export { isoCountry, countryName } from './countries.ts';
export { parseProgrammesYml, programmeName, PROGRAMME_TITLES } from './programmes.ts';
export { validateDataset } from './validate.ts';
export { cordisChecksum } from './checksum.ts';
export { CordisInputError } from './errors.ts';
export type { CordisSource, CordisFiles, Participation, ProjectPart, OrganizationInfo, ProgrammePart } from './source.ts';

/** The attribution the data's licence and the product require wherever the data is shown. */
export const CORDIS_ATTRIBUTION = 'Source: CORDIS, European Commission';
