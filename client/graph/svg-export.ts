/**
 * A small SVG exporter: reads each element's rendered position and computed style from `cy`
 * and writes circles, shapes, lines, arrows and labels. Enough for publication figures of the
 * explorer's views without another dependency (cytoscape-svg would re-implement the renderer).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (v: unknown, d = 0): number => {
  const n = typeof v === 'number' ? v : parseFloat(String(v));
  return Number.isFinite(n) ? n : d;
};

function nodeShape(n: NodeSingular): string {
  const p = n.position();
  const w = n.width();
  const h = n.height();
  const fill = String(n.style('background-color'));
  const fillOpacity = num(n.style('background-opacity'), 1) * num(n.style('opacity'), 1);
  const stroke = String(n.style('border-color'));
  const sw = num(n.style('border-width'));
  const shape = String(n.style('shape'));
  const attrs = `fill="${esc(fill)}" fill-opacity="${fillOpacity.toFixed(2)}" stroke="${esc(stroke)}" stroke-width="${sw}"`;
  if (n.isParent() || shape.includes('rectangle')) {
    const bb = n.boundingBox({ includeLabels: false });
    const rx = shape.includes('round') ? 8 : 0;
    return `<rect x="${bb.x1.toFixed(1)}" y="${bb.y1.toFixed(1)}" width="${bb.w.toFixed(1)}" height="${bb.h.toFixed(1)}" rx="${rx}" ${attrs}/>`;
  }
  if (shape.includes('hexagon') || shape === 'diamond') {
    const k = shape === 'diamond' ? 4 : 6;
    const pts = Array.from({ length: k }, (_, i) => {
      const a = (Math.PI * 2 * i) / k + (shape === 'diamond' ? 0 : Math.PI / 6);
      return `${(p.x + (w / 2) * Math.cos(a)).toFixed(1)},${(p.y + (h / 2) * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
    return `<polygon points="${pts}" ${attrs}/>`;
  }
  return `<ellipse cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" rx="${(w / 2).toFixed(1)}" ry="${(h / 2).toFixed(1)}" ${attrs}/>`;
}

function edgeLine(e: EdgeSingular): string {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const color = String(e.style('line-color'));
  const width = num(e.style('width'), 1);
  const opacity = num(e.style('opacity'), 1);
  const dash = String(e.style('line-style')) === 'dashed' ? ' stroke-dasharray="6 3"' : String(e.style('line-style')) === 'dotted' ? ' stroke-dasharray="1 3"' : '';
  const arrow = String(e.style('target-arrow-shape')) !== 'none' ? ' marker-end="url(#arrow)"' : '';
  return `<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${esc(color)}" stroke-width="${width.toFixed(2)}" stroke-opacity="${opacity.toFixed(2)}"${dash}${arrow}/>`;
}

function label(n: NodeSingular): string {
  const text = String(n.data('label') ?? '');
  if (text === '' || num(n.style('text-opacity'), 1) === 0 || num(n.style('opacity'), 1) < 0.2) return '';
  const p = n.position();
  const size = num(n.style('font-size'), 11);
  const top = String(n.style('text-valign')) === 'top';
  const y = n.isParent() ? n.boundingBox({ includeLabels: false }).y1 - 6 : top ? p.y - n.height() / 2 - 4 : p.y + n.height() / 2 + size + 2;
  const short = text.length > 28 ? `${text.slice(0, 27)}…` : text;
  return `<text x="${p.x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" text-anchor="middle" fill="${esc(String(n.style('color')))}" stroke="#fff" stroke-width="2.5" paint-order="stroke">${esc(short)}</text>`;
}

export function cyToSvg(cy: Core): string {
  const visible = cy.elements(':visible');
  const bb = visible.boundingBox({});
  const pad = 24;
  const x = bb.x1 - pad;
  const y = bb.y1 - pad;
  const w = bb.w + pad * 2;
  const h = bb.h + pad * 2;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}" width="${Math.round(w)}" height="${Math.round(h)}" font-family="Inter, Segoe UI, system-ui, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#7D8594"/></marker></defs>',
    `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="#ffffff"/>`,
  ];
  // Parents under edges under nodes, as on the canvas.
  visible.nodes().filter((n) => n.isParent()).forEach((n) => void parts.push(nodeShape(n)));
  visible.edges().forEach((e) => void parts.push(edgeLine(e)));
  visible.nodes().filter((n) => !n.isParent()).forEach((n) => void parts.push(nodeShape(n)));
  visible.nodes().forEach((n) => void parts.push(label(n)));
  parts.push('</svg>');
  return parts.join('\n');
}
