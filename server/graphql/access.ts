/** Role checks for resolvers: one line at the top of every write (see the role × operation matrix test). */
import { AtlasError, ErrorCode } from '../errors.ts';
import type { GraphQLContext } from './context.ts';
import { roleAtLeast, type Role } from './viewer.ts';

export function requireRole(ctx: GraphQLContext, needed: Role): void {
  if (roleAtLeast(ctx.viewer.role, needed)) return;
  if (ctx.viewer.role === 'ANONYMOUS') {
    throw new AtlasError(ErrorCode.UNAUTHENTICATED, `this operation needs credentials with the ${needed.toLowerCase()} role`);
  }
  throw new AtlasError(ErrorCode.FORBIDDEN, `this operation needs the ${needed.toLowerCase()} role; you have ${ctx.viewer.role.toLowerCase()}`);
}
