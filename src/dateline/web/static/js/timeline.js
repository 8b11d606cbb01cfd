// Stacked bar chart of event counts per period, drawn as SVG.
import {h, s, colourOf, fmt, QUAD_NAMES} from "./dom.js";

/** rows: [{period, group, count}], groups: ordered group names. Returns a <figure>. */
export function timelineChart(rows, groups, groupBy, onPick) {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const W = 900, H = 260, left = 44, right = 10, top = 10, bottom = 40;
  const figure = h("figure", {class: "chart", id: "timeline-chart", "data-periods": periods.length,
    "data-total": rows.reduce((a, r) => a + r.count, 0)});
  if (!periods.length) {
    figure.appendChild(h("p", {class: "muted"}, "No dated events match."));
    return figure;
  }
  const byPeriod = new Map(periods.map((p) => [p, new Map()]));
  for (const r of rows) byPeriod.get(r.period).set(String(r.group), r.count);
  const totals = periods.map((p) => [...byPeriod.get(p).values()].reduce((a, b) => a + b, 0));
  const max = Math.max(...totals, 1);
  const band = (W - left - right) / periods.length;
  const bar = Math.max(1, Math.min(band * 0.8, 48));
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img",
    "aria-label": "Events over time"});
  // Y axis: 0, half, max.
  for (const v of [0, Math.round(max / 2), max]) {
    svg.appendChild(s("line", {x1: left, x2: W - right, y1: y(v), y2: y(v), class: "gridline"}));
    svg.appendChild(s("text", {x: left - 4, y: y(v) + 4, "text-anchor": "end", class: "axis"}, fmt(v)));
  }
  const labelEvery = Math.ceil(periods.length / 12);
  periods.forEach((period, i) => {
    const x = left + i * band + (band - bar) / 2;
    let acc = 0;
    groups.forEach((group, gi) => {
      const n = byPeriod.get(period).get(String(group)) || 0;
      if (!n) return;
      const rect = s("rect", {x, width: bar, y: y(acc + n), height: Math.max(0.5, y(acc) - y(acc + n)),
        fill: colourOf(String(group), groupBy, gi), class: "bar", "data-period": period, "data-group": group},
        s("title", {}, `${period} · ${label(group, groupBy)}: ${fmt(n)}`));
      if (onPick) rect.addEventListener("click", () => onPick(period, group));
      svg.appendChild(rect);
      acc += n;
    });
    if (i % labelEvery === 0) {
      svg.appendChild(s("text", {x: x + bar / 2, y: H - bottom + 14, "text-anchor": "middle", class: "axis"}, period));
    }
  });
  figure.appendChild(svg);
  figure.appendChild(h("div", {class: "legend"}, groups.map((g, gi) =>
    h("span", {class: "key"}, h("i", {class: "swatch", style: `background:${colourOf(String(g), groupBy, gi)}`}),
      label(g, groupBy)))));
  return figure;
}

function label(group, groupBy) {
  if (group === null || group === "null") return "unknown";
  if (groupBy === "quad_class" && QUAD_NAMES[String(group)]) return `${group} ${QUAD_NAMES[String(group)]}`;
  return String(group);
}
