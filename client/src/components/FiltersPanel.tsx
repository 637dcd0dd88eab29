/**
 * Filters: organisation kinds, sectors, regions (drawn or not, no reload), relationship types
 * and the year (these ask the API again, debounced).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useDebounced } from '../hooks/useDebounced.ts';
import { ORG_KINDS, REL_TYPES, YEAR_MAX, YEAR_MIN, toggle, type ExplorerState, type OrgKind, type RelType } from '../state/explorer-state.ts';
import { KindDot } from './KindDot.tsx';

export interface FiltersPanelProps {
  state: ExplorerState;
  update(patch: Partial<ExplorerState>): void;
  kindCounts: ReadonlyMap<string, number>;
  sectors: string[];
  regions: string[];
  regionNames: ReadonlyMap<string, string>;
}

export function FiltersPanel({ state, update, kindCounts, sectors, regions, regionNames }: FiltersPanelProps): ReactNode {
  const [year, setYear] = useState<number | null>(state.asOf);
  useEffect(() => setYear(state.asOf), [state.asOf]);
  const debouncedYear = useDebounced(year, 350);
  useEffect(() => {
    if (debouncedYear !== state.asOf) update({ asOf: debouncedYear });
    // only the debounced value drives the update
  }, [debouncedYear]);

  return (
    <section className="filters" aria-label="Filters" data-testid="filters">
      <h3>Filters</h3>
      <fieldset>
        <legend>Organisation kinds</legend>
        {ORG_KINDS.map((k: OrgKind) => (
          <label key={k} className="check">
            <input type="checkbox" checked={state.kinds.length === 0 || state.kinds.includes(k)} onChange={() => update({ kinds: kindToggle(state.kinds, k) })} data-testid={`kind-${k}`} />
            <KindDot kind={k} />
            {k.toLowerCase()}
            <span className="count">{kindCounts.get(k) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Year (as of)</legend>
        <div className="year">
          <label className="check">
            <input type="checkbox" checked={year === null} onChange={(e) => setYear(e.target.checked ? null : YEAR_MAX)} data-testid="year-all" />
            all years
          </label>
          <input
            type="range"
            min={YEAR_MIN}
            max={YEAR_MAX}
            step={1}
            value={year ?? YEAR_MAX}
            disabled={year === null}
            onChange={(e) => setYear(Number(e.target.value))}
            aria-label="As of year"
            data-testid="year-slider"
          />
          <output data-testid="year-value">{year ?? 'all'}</output>
        </div>
      </fieldset>
      <fieldset>
        <legend>Relationship types</legend>
        {REL_TYPES.map((t: RelType) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={state.relTypes.includes(t)}
              onChange={() => {
                const next = toggle(state.relTypes, t);
                if (next.length > 0) update({ relTypes: REL_TYPES.filter((r) => next.includes(r)) });
              }}
              data-testid={`rel-${t}`}
            />
            {t.toLowerCase().replace(/_/g, ' ')}
          </label>
        ))}
      </fieldset>
      {sectors.length > 1 ? (
        <fieldset>
          <legend>Sectors</legend>
          <select multiple size={Math.min(6, sectors.length)} value={state.sectors} onChange={(e) => update({ sectors: [...e.target.selectedOptions].map((o) => o.value) })} aria-label="Sectors">
            {sectors.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          {state.sectors.length > 0 ? <button type="button" className="link" onClick={() => update({ sectors: [] })}>all sectors</button> : null}
        </fieldset>
      ) : null}
      {regions.length > 1 ? (
        <fieldset>
          <legend>Regions</legend>
          {regions.map((r) => (
            <label key={r} className="check">
              <input type="checkbox" checked={state.regions.length === 0 || state.regions.includes(r)} onChange={() => update({ regions: listToggle(state.regions, r, regions) })} />
              {regionNames.get(r) ?? r}
            </label>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
}

/** Empty means "all": unticking one of all keeps the others; ticking the last one returns to all. */
function listToggle<T extends string>(current: readonly T[], value: T, all: readonly T[]): T[] {
  const base = current.length === 0 ? [...all] : [...current];
  const next = toggle(base, value);
  return next.length === all.length ? [] : next;
}

function kindToggle(current: readonly OrgKind[], k: OrgKind): OrgKind[] {
  return listToggle(current, k, ORG_KINDS);
}
