/**
 * Look-ahead for the graph slices: which optional parts of a slice the operation selects, so the
 * service can leave out the work for parts nobody reads (each node's memberships, each edge's
 * weight, value and years: the larger part of a slice query's cost). Fragments and aliases are
 * followed; a field under @skip/@include counts as selected, so in doubt everything is computed.
 */
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { SliceParts } from '../services/catalog/graph/slice.ts';

/** Names of the fields selected at `path` below the resolver's own field. */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet === undefined ? [] : [f.selectionSet]));
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    for (const set of sets) visit(set, info.fragments, (f) => {
      if (f.name.value === step && f.selectionSet !== undefined) next.push(f.selectionSet);
    });
    sets = next;
  }
  const names = new Set<string>();
  for (const set of sets) visit(set, info.fragments, (f) => names.add(f.name.value));
  return names;
}

function visit(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  onField: (f: { name: { value: string }; selectionSet?: SelectionSetNode | undefined }) => void,
  seen: Set<string> = new Set(),
): void {
  for (const s of set.selections) {
    if (s.kind === 'Field') onField(s);
    else if (s.kind === 'InlineFragment') visit(s.selectionSet, fragments, onField, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = fragments[s.name.value];
      if (fragment !== undefined) visit(fragment.selectionSet, fragments, onField, seen);
    }
  }
}

/** The parts of a GraphSlice (or of GraphPath lists) that the operation reads. */
export function sliceParts(info: GraphQLResolveInfo): SliceParts {
  const node = fieldsAt(info, ['nodes']);
  const edge = fieldsAt(info, ['edges']);
  return {
    clusterIds: node.has('clusterIds'),
    edgeDetails: ['weight', 'value', 'since', 'until'].some((f) => edge.has(f)),
  };
}
