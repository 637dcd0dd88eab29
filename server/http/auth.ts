/**
 * Establishes the caller from `Authorization: Bearer <token>`: an API key from the configuration
 * (compared in constant time), or a JWT verified by jose (HS256 secret or a PEM public key) whose
 * `role` claim (or first of `roles`) names viewer, editor or admin.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { importSPKI, jwtVerify, decodeProtectedHeader, type JWTPayload } from 'jose';
import type { ApiConfig } from '../config.ts';
import { AtlasError, ErrorCode } from '../errors.ts';
import type { Role, Viewer } from '../graphql/viewer.ts';

type PublicKey = Awaited<ReturnType<typeof importSPKI>>;

const JWT_ROLES: Record<string, Role> = { viewer: 'VIEWER', editor: 'EDITOR', admin: 'ADMIN' };

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export interface Authenticator {
  viewerFor(authorization: string | undefined, address: string): Promise<Viewer>;
}

export function createAuthenticator(api: ApiConfig): Authenticator {
  const keys = api.apiKeys.map((k) => ({ ...k, hash: digest(k.secret) }));
  let publicKey: Promise<PublicKey> | undefined;
  const verifyKey = async (alg: string): Promise<Uint8Array | PublicKey | undefined> => {
    if (api.jwtPublicKey !== undefined) {
      publicKey ??= importSPKI(api.jwtPublicKey, alg);
      return publicKey;
    }
    return api.jwtSecret === undefined ? undefined : new TextEncoder().encode(api.jwtSecret);
  };

  return {
    async viewerFor(authorization, address) {
      if (authorization === undefined || authorization === '') return { role: 'ANONYMOUS', subject: null, rateKey: `ip:${address}` };
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (match === null) throw unauthenticated('the Authorization header must be "Bearer <token>"');
      const token = match[1] ?? '';
      const hash = digest(token);
      const key = keys.find((k) => timingSafeEqual(k.hash, hash));
      if (key !== undefined) return { role: key.role, subject: key.name, rateKey: `key:${key.name}` };
      if (token.split('.').length !== 3) throw unauthenticated('unknown API key');
      const payload = await verifyJwt(token, api, verifyKey);
      const claim = typeof payload['role'] === 'string' ? payload['role'] : Array.isArray(payload['roles']) ? payload['roles'][0] : undefined;
      const role = typeof claim === 'string' ? JWT_ROLES[claim.toLowerCase()] : undefined;
      if (role === undefined) throw new AtlasError(ErrorCode.FORBIDDEN, 'the token carries no viewer, editor or admin role');
      const subject = payload.sub ?? 'jwt';
      return { role, subject, rateKey: `sub:${subject}` };
    },
  };
}

async function verifyJwt(
  token: string,
  api: ApiConfig,
  keyFor: (alg: string) => Promise<Uint8Array | PublicKey | undefined>,
): Promise<JWTPayload> {
  let alg: string;
  try {
    alg = decodeProtectedHeader(token).alg ?? '';
  } catch {
    throw unauthenticated('malformed token');
  }
  const key = await keyFor(alg);
  if (key === undefined) throw unauthenticated('this server accepts no JWTs (no key configured)');
  try {
    const { payload } = await jwtVerify(token, key, {
      ...(api.jwtIssuer === undefined ? {} : { issuer: api.jwtIssuer }),
      ...(api.jwtAudience === undefined ? {} : { audience: api.jwtAudience }),
      algorithms: api.jwtPublicKey === undefined ? ['HS256', 'HS384', 'HS512'] : ['RS256', 'ES256', 'EdDSA'],
    });
    return payload;
  } catch {
    throw unauthenticated('invalid or expired token');
  }
}

function unauthenticated(message: string): AtlasError {
  return new AtlasError(ErrorCode.UNAUTHENTICATED, message);
}
