/**
 * The explorer's Cytoscape stylesheet, as JSON: every visual comes from element data
 * (data(), mapData()) or classes, never from style functions, so it stays fast on large graphs
 * and can be serialised (the SVG exporter reads the same computed styles).
 */
import type { StylesheetJson } from 'cytoscape';
import { EDGE_COLORS } from './palette.ts';

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'mapData(size, 0, 1, 14, 64)',
        height: 'mapData(size, 0, 1, 14, 64)',
        label: 'data(label)',
        'font-family': FONT,
        // Bigger nodes get bigger labels; with min-zoomed-font-size the small ones only appear
        // when zoomed in, so the overview shows the names that matter.
        'font-size': 'mapData(size, 0, 1, 7, 15)',
        color: '#1F2430',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2,
        'text-outline-opacity': 0.85,
        // Labels disappear when they would be drawn smaller than this: legible and fast when zoomed out.
        'min-zoomed-font-size': 9,
        'border-width': 1,
        'border-color': '#FFFFFF',
        'overlay-opacity': 0,
      },
    },
    { selector: 'node.cluster', style: { shape: 'round-hexagon', width: 44, height: 44, 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node.region', style: { shape: 'round-rectangle', width: 36, height: 24, 'font-size': 13 } },
    { selector: 'node.alliance', style: { shape: 'diamond', width: 36, height: 36, 'font-size': 13 } },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(color)',
        'background-opacity': 0.07,
        'border-color': 'data(color)',
        'border-width': 1.5,
        'border-opacity': 0.6,
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 14,
        'font-weight': 'bold',
        color: '#3A4150',
        padding: '18px',
        'min-zoomed-font-size': 5,
      },
    },
    {
      selector: 'node.group.collapsed',
      style: {
        shape: 'round-hexagon',
        'background-opacity': 0.9,
        width: 'mapData(size, 0, 1, 30, 90)',
        height: 'mapData(size, 0, 1, 30, 90)',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'border-color': '#FFFFFF',
        'border-width': 2,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 10, 1, 4)',
        'line-color': '#A0A7B4',
        opacity: 0.55,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'overlay-opacity': 0,
      },
    },
    // Arrows need a curve style that supports them; only directed types pay for it.
    { selector: 'edge.directed', style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7 } },
    { selector: 'edge[type = "SUPPLIES"]', style: { 'line-color': EDGE_COLORS['SUPPLIES'] ?? '#888', 'target-arrow-color': EDGE_COLORS['SUPPLIES'] ?? '#888' } },
    { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'line-color': EDGE_COLORS['COLLABORATES_WITH'] ?? '#888' } },
    { selector: 'edge[type = "INVESTS_IN"]', style: { 'line-color': EDGE_COLORS['INVESTS_IN'] ?? '#888', 'target-arrow-color': EDGE_COLORS['INVESTS_IN'] ?? '#888', 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    { selector: 'edge[type = "SUPPORTS"]', style: { 'line-color': EDGE_COLORS['SUPPORTS'] ?? '#888', 'target-arrow-color': EDGE_COLORS['SUPPORTS'] ?? '#888', 'line-style': 'dotted' } },
    { selector: 'edge[type = "MEMBER_OF"]', style: { 'line-color': EDGE_COLORS['MEMBER_OF'] ?? '#888', 'target-arrow-color': EDGE_COLORS['MEMBER_OF'] ?? '#888', width: 1 } },
    { selector: 'edge[type = "PARTY_TO"]', style: { 'line-color': EDGE_COLORS['PARTY_TO'] ?? '#888', 'target-arrow-color': EDGE_COLORS['PARTY_TO'] ?? '#888', 'line-style': 'dashed' } },
    { selector: 'edge[type = "LOCATED_IN"]', style: { 'line-color': EDGE_COLORS['LOCATED_IN'] ?? '#888', 'target-arrow-color': EDGE_COLORS['LOCATED_IN'] ?? '#888', width: 1 } },
    {
      selector: 'edge.meta',
      style: {
        'curve-style': 'straight',
        'line-color': EDGE_COLORS['META'] ?? '#888',
        width: 'mapData(count, 1, 60, 1.5, 9)',
        label: 'data(count)',
        'font-size': 10,
        color: '#5A6170',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.pinned', style: { 'border-color': '#1F2430', 'border-width': 2, 'border-style': 'double' } },
    { selector: 'node:selected', style: { 'border-color': '#E15759', 'border-width': 3, 'z-index': 20 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.group.faded', style: { opacity: 0.35, 'text-opacity': 0.5 } },
    { selector: 'node.highlighted', style: { 'border-color': '#E15759', 'border-width': 3, 'z-index': 30, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
    { selector: 'edge.highlighted', style: { 'line-color': '#E15759', 'target-arrow-color': '#E15759', opacity: 1, width: 4, 'z-index': 30 } },
  ];
}

/** The inter-cluster map: clusters sized by members, edges by weight. */
export function clusterMapStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'mapData(members, 0, 200, 24, 90)',
        height: 'mapData(members, 0, 200, 24, 90)',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 12,
        'font-weight': 'bold',
        color: '#1F2430',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2,
        'border-color': '#FFFFFF',
        'border-width': 2,
        'overlay-opacity': 0,
      },
    },
    { selector: 'node:selected', style: { 'border-color': '#E15759', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 160, 1, 14)',
        'line-color': '#8C94A3',
        opacity: 'mapData(weight, 1, 160, 0.25, 0.8)' as unknown as number,
        'curve-style': 'straight',
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge[sharedAlliances > 0]', style: { 'line-color': '#8E6BBF' } },
    { selector: 'edge:selected', style: { 'line-color': '#E15759', opacity: 1, label: 'data(weight)', 'font-size': 11 } },
  ];
}
