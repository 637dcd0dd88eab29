/**
 * Full-text search over everything (the API's `search`), as an ARIA combobox: type, move with
 * ↑/↓, open with Enter, close with Escape. `/` anywhere focuses it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describeError } from '../api/errors.ts';
import { SEARCH, type SearchHitView } from '../api/operations.ts';
import { useDebounced } from '../hooks/useDebounced.ts';
import { useQuery } from '../hooks/useQuery.ts';
import { KindDot } from './KindDot.tsx';

export interface SearchBoxProps {
  onPick(hit: SearchHitView): void;
  placeholder?: string;
  /** Label for screen readers. */
  label?: string;
  autoFocusKey?: boolean;
}

export function SearchBox({ onPick, placeholder = 'Search organisations, clusters, regions…', label = 'Search the graph', autoFocusKey = false }: SearchBoxProps): ReactNode {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const q = useDebounced(text.trim(), 180);
  const result = useQuery(SEARCH, q.length >= 2 ? { text: q, first: 12 } : null);
  const hits = result.status === 'ready' ? result.data.search : result.status === 'loading' ? null : [];

  useEffect(() => setActive(0), [q]);
  useEffect(() => {
    if (!autoFocusKey) return undefined;
    const on = (e: globalThis.KeyboardEvent): void => {
      const t = e.target as HTMLElement | null;
      if (e.key === '/' && t?.tagName !== 'INPUT' && t?.tagName !== 'TEXTAREA' && t?.tagName !== 'SELECT') {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, [autoFocusKey]);

  const pick = (hit: SearchHitView | undefined): void => {
    if (hit === undefined) return;
    onPick(hit);
    setOpen(false);
    setText('');
    input.current?.blur();
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    const n = hits?.length ?? 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (n === 0 ? 0 : (a + 1) % n));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (n === 0 ? 0 : (a - 1 + n) % n));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(hits?.[active]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else {
        setText('');
        input.current?.blur();
      }
    }
  };

  const showList = open && q.length >= 2;
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits && hits.length > 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
        data-testid="search-input"
      />
      {autoFocusKey ? <kbd className="search-key" aria-hidden="true">/</kbd> : null}
      {showList ? (
        <ul className="search-list" role="listbox" id={listId} data-testid="search-results">
          {result.status === 'error' ? <li className="search-empty">{describeError(result.error.code).title}</li> : null}
          {hits === null ? <li className="search-empty">Searching…</li> : null}
          {hits !== null && hits.length === 0 && result.status === 'ready' ? <li className="search-empty">Nothing found for “{q}”</li> : null}
          {(hits ?? []).map((h, i) => (
            <li
              key={`${h.type}:${h.node.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <KindDot kind={h.node.__typename === 'Organization' ? h.node.kind ?? '' : h.type} />
              <span className="hit-name">{h.node.name}</span>
              <span className="hit-meta">
                {h.node.__typename === 'Organization' ? (h.node.kind ?? '').toLowerCase() : h.type.toLowerCase()}
                {h.node.sector ? ` · ${h.node.sector}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
