import type { ReactNode } from 'react';
import type { Catalog } from '../hooks/useCatalog.ts';

export function ClusterPage(_props: { id: string; catalog: Catalog }): ReactNode {
  return <div className="page">TODO</div>;
}
