/** Who is calling, as established by the HTTP layer from an API key or a JWT. */
export const ROLES = ['ANONYMOUS', 'VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  role: Role;
  /** API key name or JWT subject. */
  subject: string | null;
  /** Key for rate limiting: the key name or subject, else the client address. */
  rateKey: string;
}

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
