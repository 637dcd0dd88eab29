/** Loading, empty and error states, the same everywhere. */
import type { ReactNode } from 'react';
import { describeError, type ApiError } from '../api/errors.ts';

export function Loading({ label = 'Loading…' }: { label?: string }): ReactNode {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }): ReactNode {
  return (
    <div className="state state-empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }): ReactNode {
  const text = describeError(error.code);
  return (
    <div className="state state-error" role="alert" data-code={error.code}>
      <h2>{text.title}</h2>
      <p>{text.hint}</p>
      <p className="muted small">
        code <code>{error.code}</code>
        {error.message !== '' && error.code !== 'NETWORK' ? ` · ${error.message}` : ''}
      </p>
      {onRetry ? (
        <button type="button" className="btn" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
