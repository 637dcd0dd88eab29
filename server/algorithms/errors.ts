/**
 * Errors specific to the algorithms layer, built on the project's AtlasError. An iterative method
 * that does not converge is a server-side failure (the input was valid), hence
 * INTERNAL_SERVER_ERROR with details a service can act on (e.g. retry with more iterations).
 */
import { AtlasError, ErrorCode } from '../errors.ts';

export class ConvergenceError extends AtlasError {
  constructor(measure: string, maxIter: number) {
    super(ErrorCode.INTERNAL_SERVER_ERROR, `${measure}: power iteration failed to converge in ${maxIter} iterations`, {
      measure,
      maxIter,
      reason: 'POWER_ITERATION_FAILED_CONVERGENCE',
    });
  }
}
