/** The Guimerà–Amaral roles as a list (for validating request filters). */
import type { NodeRole } from '../../algorithms/guimera-amaral.ts';

export const NODE_ROLES_ALL: readonly NodeRole[] = [
  'ULTRA_PERIPHERAL',
  'PERIPHERAL',
  'NON_HUB_CONNECTOR',
  'NON_HUB_KINLESS',
  'PROVINCIAL_HUB',
  'CONNECTOR_HUB',
  'KINLESS_HUB',
];
export const HUB_ROLES: readonly NodeRole[] = ['PROVINCIAL_HUB', 'CONNECTOR_HUB', 'KINLESS_HUB'];
