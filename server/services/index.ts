/** All services, created once per process around the one executor. */
import type { Config } from '../config.ts';
import type { Executor } from '../db/executor.ts';
import { createCatalogServices, type CatalogServices } from './catalog/index.ts';
import { createSystemServices, type SystemServices } from './system-service.ts';

export interface Services {
  system: SystemServices;
  catalog: CatalogServices;
}

export function createServices(executor: Executor, config: Config): Services {
  return {
    system: createSystemServices(executor, config),
    catalog: createCatalogServices(executor),
  };
}
