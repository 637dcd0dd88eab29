/** All services, created once per process around the one executor. */
import type { Config } from '../config.ts';
import type { Executor } from '../db/executor.ts';
import { createCatalogServices, type CatalogServices } from './catalog/index.ts';
import { createEditServices, type EditServices } from './edit/index.ts';
import { createSystemServices, type SystemServices } from './system-service.ts';
import { AnalyticsEngine } from './analytics/engine.ts';

export interface Services {
  config: Config;
  system: SystemServices;
  catalog: CatalogServices;
  edit: EditServices;
  /** Network measures: one engine per process (worker pool, cache keyed by graph version); close it on shutdown. */
  analytics: AnalyticsEngine;
}

export function createServices(executor: Executor, config: Config): Services {
  return {
    config,
    system: createSystemServices(executor, config),
    edit: createEditServices(executor),
    catalog: createCatalogServices(executor, config.api),
    analytics: new AnalyticsEngine(executor),
  };
}
