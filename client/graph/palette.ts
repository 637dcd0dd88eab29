/**
 * Colours of the explorer, chosen to stay distinguishable for common colour-vision deficiencies
 * (Okabe–Ito first, then Tableau-like tones) and calm on a light background.
 */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  ENTERPRISE: '#0072B2',
  SUPPLIER: '#56B4E9',
  UNIVERSITY: '#D55E00',
  RESEARCH: '#E69F00',
  FINANCIAL: '#009E73',
  GOVERNMENT: '#CC79A7',
  SUPPORT: '#8C6D31',
};

export const ENTITY_COLORS: Readonly<Record<string, string>> = {
  CLUSTER: '#444B5A',
  REGION: '#9AA3B2',
  ALLIANCE: '#7A4FA3',
};

export const EDGE_COLORS: Readonly<Record<string, string>> = {
  SUPPLIES: '#5B7FA6',
  COLLABORATES_WITH: '#6AA56A',
  INVESTS_IN: '#C9A227',
  SUPPORTS: '#B5659A',
  MEMBER_OF: '#A0A7B4',
  LOCATED_IN: '#C4C9D2',
  PARTY_TO: '#8E6BBF',
  META: '#7D8594',
};

/** Twelve qualitative colours for clusters (and other categories without a fixed colour). */
export const CATEGORY_COLORS: readonly string[] = [
  '#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948',
  '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC', '#1F77B4', '#8C564B',
];

export const NEUTRAL = '#B8BEC8';

/** A stable colour per category: the same id gets the same colour in every view. */
export function categoryColor(id: string, order: readonly string[]): string {
  const i = order.indexOf(id);
  if (i >= 0) return CATEGORY_COLORS[i % CATEGORY_COLORS.length] ?? NEUTRAL;
  let h = 0;
  for (let c = 0; c < id.length; c++) h = (h * 31 + id.charCodeAt(c)) >>> 0;
  return CATEGORY_COLORS[h % CATEGORY_COLORS.length] ?? NEUTRAL;
}

/**
 * Colours of detected communities, by rank in the API's largest-first list: the category
 * colours without their grey (grey means "not in the result"), then hues spaced by the golden
 * angle, so every rank has its own colour and the same rank always gets the same one.
 */
export const COMMUNITY_COLORS: readonly string[] = CATEGORY_COLORS.filter((c) => c !== '#BAB0AC');

export function communityColor(rank: number): string {
  if (!Number.isInteger(rank) || rank < 0) return NEUTRAL;
  const fixed = COMMUNITY_COLORS[rank];
  if (fixed !== undefined) return fixed;
  const k = rank - COMMUNITY_COLORS.length;
  const hue = (k * 137.508 + 17) % 360;
  // Two lightness bands so that neighbouring ranks differ in more than hue.
  return hslToHex(hue, 0.62, k % 2 === 0 ? 0.48 : 0.62);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number): string => {
    const k = (n + h / 30) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`.toUpperCase();
}

export const STRATEGY_COLORS: Readonly<Record<string, string>> = {
  SPECIALISATION: '#4E79A7',
  HUBBING: '#F28E2B',
  INTEGRATION: '#59A14F',
  MIXED: '#9C755F',
};
