/** The shell: top bar with navigation and search, and the view the hash route names. */
import type { ReactNode } from 'react';
import { TopBar } from './components/TopBar.tsx';
import { useCatalog } from './hooks/useCatalog.ts';
import { useHashRoute } from './hooks/useHashRoute.ts';
import { ClusterMapView } from './views/ClusterMapView.tsx';
import { ClusterPage } from './views/ClusterPage.tsx';
import { ExplorerView } from './views/ExplorerView.tsx';
import { HubFirmsView } from './views/HubFirmsView.tsx';
import { WhatIfView } from './views/WhatIfView.tsx';

export function App(): ReactNode {
  const route = useHashRoute();
  const catalog = useCatalog();
  let view: ReactNode;
  switch (route.view) {
    case 'explore':
      view = <ExplorerView query={route.query} catalog={catalog} />;
      break;
    case 'map':
      view = <ClusterMapView catalog={catalog} />;
      break;
    case 'cluster':
      view = route.param === null ? <ClusterMapView catalog={catalog} /> : <ClusterPage id={route.param} catalog={catalog} />;
      break;
    case 'hubs':
      view = <HubFirmsView query={route.query} catalog={catalog} />;
      break;
    case 'whatif':
      view = <WhatIfView query={route.query} catalog={catalog} />;
      break;
    default: {
      const never: never = route.view;
      view = String(never);
    }
  }
  return (
    <div className="app">
      <TopBar route={route} />
      <main className="main" id="main">
        {view}
      </main>
    </div>
  );
}
