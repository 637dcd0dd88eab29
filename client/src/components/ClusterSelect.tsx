/**
 * A cluster picker: a labelled <select> of the catalog's clusters after one "none chosen" option
 * (e.g. "all organisations" or "choose…"). Used by the explorer's scope box, the hub-firm finder
 * and what-if; each passes its own label, empty option, test id and layout class.
 */
import type { ReactNode } from 'react';
import type { ClusterListItem } from '../api/operations.ts';

export interface ClusterSelectProps {
  /** Visible label text; the <select> is inside the <label>, so this is its accessible name. */
  label: string;
  clusters: readonly Pick<ClusterListItem, 'id' | 'name'>[];
  /** The chosen cluster id, or `empty.value` when none is. */
  value: string;
  onChange(value: string): void;
  /** The first option: what "no cluster" means here, and its value. */
  empty: { label: string; value: string };
  /** Cluster ids left out of the list (e.g. those already chosen). */
  exclude?: readonly string[];
  /** Class of the <label> (e.g. "block" to stack label and select). */
  className?: string;
  testId?: string;
}

export function ClusterSelect({ label, clusters, value, onChange, empty, exclude, className, testId }: ClusterSelectProps): ReactNode {
  const shown = exclude === undefined || exclude.length === 0 ? clusters : clusters.filter((c) => !exclude.includes(c.id));
  return (
    <label className={className}>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value={empty.value}>{empty.label}</option>
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
