/** A computation stopped by its caller (AbortSignal): code CANCELLED, shown to API clients. */
import { AtlasError, ErrorCode } from '../errors.ts';

export class CancelledError extends AtlasError {
  constructor(what = 'computation') {
    super(ErrorCode.CANCELLED, `${what} was cancelled`, {});
  }
}

export function throwIfAborted(signal: AbortSignal | undefined, what?: string): void {
  if (signal?.aborted === true) throw new CancelledError(what);
}
