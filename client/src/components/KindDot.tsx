import type { ReactNode } from 'react';
import { ENTITY_COLORS, KIND_COLORS, NEUTRAL } from '../../graph/palette.ts';

/** A small coloured dot for an organisation kind or entity type, as on the canvas. */
export function KindDot({ kind, color }: { kind?: string; color?: string }): ReactNode {
  const c = color ?? KIND_COLORS[kind ?? ''] ?? ENTITY_COLORS[kind ?? ''] ?? NEUTRAL;
  return <span className="dot" style={{ background: c }} aria-hidden="true" />;
}
