import type { ReactNode } from 'react';
import type { Catalog } from '../hooks/useCatalog.ts';

export function WhatIfView(_props: { catalog: Catalog; query?: string }): ReactNode {
  return <div className="page">TODO</div>;
}
