/** The canvas footer: element counts, renderer, and a running layout's stage, time and Cancel. */
import { useEffect, useState, type ReactNode } from 'react';
import type { LayoutStatus } from '../../graph/useLayoutRunner.ts';

export interface LayoutStatusBarProps {
  status: LayoutStatus;
  onCancel(): void;
  loading: boolean;
  nodes: number;
  edges: number;
  renderer: string;
}

export function LayoutStatusBar({ status, onCancel, loading, nodes, edges, renderer }: LayoutStatusBarProps): ReactNode {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!status.running) return undefined;
    const t = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(t);
  }, [status.running]);
  return (
    <div className="statusbar" data-testid="statusbar">
      <span data-testid="counts">
        {nodes.toLocaleString('en-GB')} nodes · {edges.toLocaleString('en-GB')} edges · {renderer}
      </span>
      {loading ? <span className="busy">loading…</span> : null}
      {status.running ? (
        <span className="layout-progress" role="status" data-testid="layout-running">
          <span className="bar" aria-hidden="true" />
          layout: {status.stage} · {((now - status.startedAt) / 1000).toFixed(1)} s
          <button type="button" className="btn small" onClick={onCancel} data-testid="cancel-layout">
            Cancel
          </button>
        </span>
      ) : status.lastMs !== null ? (
        <span className="muted" data-testid="layout-done">layout {status.stage} in {(status.lastMs / 1000).toFixed(1)} s</span>
      ) : null}
    </div>
  );
}
