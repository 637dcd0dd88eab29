/** The handcrafted CORDIS sample (test/fixtures/cordis/sample/README.md) and helpers on it. */
import { fileURLToPath } from 'node:url';
import { readCordisFolder, type CordisSource } from '../../../server/cordis/index.ts';

export const SAMPLE_DIR = fileURLToPath(new URL('../../fixtures/cordis/sample/', import.meta.url));

export const A = '111111111';
export const B = '222222222';
export const C = '333333333';
export const D = '444444444';
export const E = '555555555';

let cached: Promise<CordisSource> | undefined;

/** Read once per test file; mapCordis never mutates its source. */
export function sample(): Promise<CordisSource> {
  cached ??= readCordisFolder(SAMPLE_DIR);
  return cached;
}
