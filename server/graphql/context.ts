/** What every resolver receives: the caller, the request's services and its batch loaders. */
import type { Services } from '../services/index.ts';
import type { Loaders } from './loaders.ts';
import type { Viewer } from './viewer.ts';

export interface GraphQLContext {
  requestId: string;
  viewer: Viewer;
  services: Services;
  /** Per-request DataLoaders (no N+1): created fresh for each request. */
  loaders: Loaders;
  /** Aborted when the client goes away, so long computations can stop. */
  signal: AbortSignal;
}
