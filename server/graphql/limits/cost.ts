/**
 * Static cost and depth of an operation, computed before any resolver runs.
 *
 * Cost model (documented in the README): every object field costs 1 and every scalar 0, unless
 * FIELD_COSTS names it; a field with a page argument (`first`, `limit`, `k`) multiplies the cost
 * of everything below it by that argument (or by DEFAULT_PAGE when absent). Graph slices and
 * analytics cost more because they touch many nodes.
 */
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export const DEFAULT_PAGE = 20;
const PAGE_ARGS = ['first', 'limit', 'k'];

/** Costs of expensive fields, as `Type.field`. Areas add theirs with registerFieldCosts. */
export const FIELD_COSTS: Record<string, number> = {
  'Query.search': 10,
  'Query.neighborhood': 50,
  'Query.subgraph': 100,
  'Query.shortestPaths': 50,
  'Query.clusterNetwork': 50,
  'Mutation.importDataset': 1_000,
};

export function registerFieldCosts(costs: Record<string, number>): void {
  Object.assign(FIELD_COSTS, costs);
}

export interface OperationCost {
  cost: number;
  depth: number;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationCost {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root === null || root === undefined) return { cost: 0, depth: 0 };
  return walk(root, operation.selectionSet, 1, 1, { schema, fragments, variables, visiting: new Set() });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  visiting: Set<string>;
}

function walk(type: GraphQLCompositeType, set: SelectionSetNode, multiplier: number, depth: number, w: Walk): OperationCost {
  let cost = 0;
  let maxDepth = depth;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
      const def = fields[sel.name.value];
      if (def === undefined) continue;
      const named = getNamedType(def.type);
      const key = `${type.name}.${sel.name.value}`;
      const base = FIELD_COSTS[key] ?? (isCompositeType(named) ? 1 : 0);
      cost += multiplier * base;
      if (sel.selectionSet !== undefined && isCompositeType(named)) {
        const page = pageSize(def.args, sel.arguments ?? [], w.variables);
        const sub = walk(named, sel.selectionSet, multiplier * page, depth + 1, w);
        cost += sub.cost;
        maxDepth = Math.max(maxDepth, sub.depth);
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const cond = sel.typeCondition ? w.schema.getType(sel.typeCondition.name.value) : type;
      if (cond !== undefined && cond !== null && isCompositeType(cond)) {
        const sub = walk(cond, sel.selectionSet, multiplier, depth, w);
        cost += sub.cost;
        maxDepth = Math.max(maxDepth, sub.depth);
      }
    } else {
      const name = sel.name.value;
      const frag = w.fragments[name];
      // A fragment that spreads itself is invalid GraphQL; guard anyway so cost never loops.
      if (frag === undefined || w.visiting.has(name)) continue;
      const cond = w.schema.getType(frag.typeCondition.name.value);
      if (cond === undefined || cond === null || !isCompositeType(cond)) continue;
      w.visiting.add(name);
      const sub = walk(cond, frag.selectionSet, multiplier, depth, w);
      w.visiting.delete(name);
      cost += sub.cost;
      maxDepth = Math.max(maxDepth, sub.depth);
    }
  }
  return { cost, depth: maxDepth };
}

function pageSize(
  defined: readonly { name: string; defaultValue?: unknown }[],
  given: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): number {
  const arg = defined.find((d) => PAGE_ARGS.includes(d.name));
  if (arg === undefined) return 1;
  const node = given.find((g) => g.name.value === arg.name);
  let value: unknown = arg.defaultValue;
  if (node?.value.kind === Kind.INT) value = Number(node.value.value);
  else if (node?.value.kind === Kind.VARIABLE) value = variables[node.value.name.value] ?? arg.defaultValue;
  return typeof value === 'number' && value >= 1 ? value : DEFAULT_PAGE;
}
