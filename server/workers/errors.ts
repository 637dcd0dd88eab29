/**
 * A computation stopped by its caller (AbortSignal). ErrorCode has no CANCELLED yet, so this is
 * INTERNAL_SERVER_ERROR with `details.reason = 'CANCELLED'` (the lead may add a code).
 */
import { AtlasError, ErrorCode } from '../errors.ts';

export class CancelledError extends AtlasError {
  constructor(what = 'computation') {
    super(ErrorCode.INTERNAL_SERVER_ERROR, `${what} was cancelled`, { reason: 'CANCELLED' });
  }
}

export function throwIfAborted(signal: AbortSignal | undefined, what?: string): void {
  if (signal?.aborted === true) throw new CancelledError(what);
}
