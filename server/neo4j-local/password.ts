import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';

/**
 * Read the generated password, creating it once (random, mode 600). `wx` makes creation
 * exclusive, so two starters racing on a fresh home end up with the same password.
 * Returns whether it was created now (i.e. the store cannot know it yet).
 */
export async function ensurePassword(file: string): Promise<{ password: string; created: boolean }> {
  // base64url: no quoting trouble in Cypher, shell or URLs; 24 bytes = 192 bits
  const candidate = randomBytes(24).toString('base64url');
  try {
    await writeFile(file, `${candidate}\n`, { flag: 'wx', mode: 0o600 });
    return { password: candidate, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  await chmod(file, 0o600); // tighten a copied-in file
  const password = (await readFile(file, 'utf8')).trim();
  if (password.length < 8) throw new Error(`${file} holds no usable password (delete it together with data/ to reset)`);
  return { password, created: false };
}

export async function readPassword(file: string): Promise<string> {
  return (await readFile(file, 'utf8')).trim();
}
