// Actor network: who acts on whom, as a force-directed SVG graph laid out once (no animation).
import {h, s, fmt, CONFLICT_TYPES} from "./dom.js";

const W = 900, H = 560;

// Deterministic start (a circle), then a fixed number of spring/repulsion steps: the same data
// always gives the same picture.
function layout(nodes, edges, focus) {
  const n = nodes.length;
  const pos = new Map(nodes.map((node, i) => [node.id, {
    x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / n), y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / n)}]));
  if (focus && pos.has(focus)) Object.assign(pos.get(focus), {x: W / 2, y: H / 2});
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
  for (let step = 0, temp = W / 8; step < 250; step++, temp *= 0.985) {
    const force = new Map(nodes.map((node) => [node.id, {x: 0, y: 0}]));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const a = pos.get(nodes[i].id), b = pos.get(nodes[j].id);
      let dx = a.x - b.x, dy = a.y - b.y, d = Math.hypot(dx, dy) || 0.01;
      const f = (k * k) / d;
      force.get(nodes[i].id).x += (dx / d) * f; force.get(nodes[i].id).y += (dy / d) * f;
      force.get(nodes[j].id).x -= (dx / d) * f; force.get(nodes[j].id).y -= (dy / d) * f;
    }
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b || a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.hypot(dx, dy) || 0.01, f = (d * d) / k;
      force.get(e.source).x -= (dx / d) * f; force.get(e.source).y -= (dy / d) * f;
      force.get(e.target).x += (dx / d) * f; force.get(e.target).y += (dy / d) * f;
    }
    for (const node of nodes) {
      if (node.id === focus) continue;
      const p = pos.get(node.id), f = force.get(node.id), len = Math.hypot(f.x, f.y) || 1;
      p.x = Math.min(W - 40, Math.max(40, p.x + (f.x / len) * Math.min(len, temp)));
      p.y = Math.min(H - 30, Math.max(30, p.y + (f.y / len) * Math.min(len, temp)));
    }
  }
  return pos;
}

function dominantType(types) {
  return Object.entries(types).sort((a, b) => b[1] - a[1])[0][0];
}

/** graph: {nodes: [{id, name, weight}], edges: [{source, target, weight, types}]}. */
export function networkChart(graph, focus, onPick) {
  const {nodes, edges} = graph;
  const figure = h("figure", {class: "chart", id: "network-chart", "data-nodes": nodes.length, "data-edges": edges.length});
  if (!nodes.length) {
    figure.appendChild(h("p", {class: "muted"}, "No actor pairs with codes on both sides match."));
    return figure;
  }
  const pos = layout(nodes, edges, focus);
  const maxEdge = Math.max(...edges.map((e) => e.weight), 1);
  const maxNode = Math.max(...nodes.map((n) => n.weight), 1);
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "Actor network"});
  svg.appendChild(s("defs", {},
    ["coop", "conflict"].map((kind) => s("marker", {id: "arrow-" + kind, viewBox: "0 0 10 10", refX: 10, refY: 5,
      markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse"}, s("path", {d: "M0,0L10,5L0,10z", class: "arrow " + kind})))));
  const radius = (node) => 6 + 14 * Math.sqrt(node.weight / maxNode);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const e of edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    const kind = CONFLICT_TYPES.has(dominantType(e.types)) ? "conflict" : "coop";
    const types = Object.entries(e.types).map(([t, c]) => `${t} ${c}`).join(", ");
    const title = s("title", {}, `${e.source} → ${e.target}: ${fmt(e.weight)} event(s) (${types})`);
    if (a === b) {
      svg.appendChild(s("circle", {cx: a.x, cy: a.y - radius(byId.get(e.source)) - 6, r: 6, class: "edge self " + kind}, title));
      continue;
    }
    // Stop the line at the target's circle so the arrowhead shows.
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1, r = radius(byId.get(e.target)) + 2;
    svg.appendChild(s("line", {x1: a.x, y1: a.y, x2: b.x - (dx / d) * r, y2: b.y - (dy / d) * r,
      class: "edge " + kind, "stroke-width": 1 + 5 * Math.sqrt(e.weight / maxEdge), "marker-end": `url(#arrow-${kind})`,
      "data-source": e.source, "data-target": e.target}, title));
  }
  for (const node of nodes) {
    const p = pos.get(node.id);
    const group = s("g", {class: "node" + (node.id === focus ? " focus" : ""), transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
      "data-code": node.id, tabindex: 0},
      s("circle", {r: radius(node)}),
      s("text", {y: radius(node) + 12, "text-anchor": "middle"}, node.id),
      s("title", {}, `${node.id}${node.name ? " — " + node.name : ""}: ${fmt(node.weight)} event(s)`));
    if (onPick) {
      group.addEventListener("click", () => onPick(node.id));
      group.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onPick(node.id); });
    }
    svg.appendChild(group);
  }
  figure.appendChild(svg);
  figure.appendChild(h("figcaption", {class: "muted"}, `${nodes.length} actors, ${edges.length} directed links; `,
    "blue: cooperation, red: conflict; width: number of events."));
  return figure;
}
