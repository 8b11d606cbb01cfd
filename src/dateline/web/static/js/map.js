// Map of event places: equirectangular SVG, country outlines from the world-atlas TopoJSON when the
// server has it, otherwise a graticule alone. No tiles, nothing fetched from elsewhere.
import {h, s, fmt} from "./dom.js";
import {get} from "./api.js";

const W = 960, H = 480;
const px = (lon) => ((lon + 180) / 360) * W;
const py = (lat) => ((90 - lat) / 180) * H;

let outlines = null; // cached path strings, loaded once per page

// TopoJSON decoding (the format's spec: quantised, delta-encoded arcs; ~i means arc i reversed).
function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      if (t) { x += dx; y += dy; return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]]; }
      return [dx, dy];
    });
  });
}

function ringPath(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    arc.forEach((p, i) => { if (i > 0 || points.length === 0) points.push(p); });
  }
  // Break the line where it jumps across the antimeridian instead of drawing a stripe over the map.
  let d = "";
  points.forEach(([lon, lat], i) => {
    const jump = i > 0 && Math.abs(lon - points[i - 1][0]) > 180;
    d += (i === 0 || jump ? "M" : "L") + px(lon).toFixed(1) + "," + py(lat).toFixed(1);
  });
  return d + "Z";
}

function countryPaths(topology) {
  const arcs = decodeArcs(topology);
  const object = topology.objects.countries || Object.values(topology.objects)[0];
  const paths = [];
  for (const geometry of object.geometries || []) {
    const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.type === "MultiPolygon" ? geometry.arcs : [];
    let d = "";
    for (const polygon of polygons) for (const ring of polygon) d += ringPath(ring, arcs);
    if (d) paths.push({d, name: (geometry.properties || {}).name || ""});
  }
  return paths;
}

async function loadOutlines() {
  if (outlines !== null) return outlines;
  try {
    const body = await get("/api/geo/countries");
    outlines = body.data ? countryPaths(body.data) : [];
  } catch (e) {
    outlines = [];
  }
  return outlines;
}

/** places: [{name, country, lat, lon, count, conflict}]. Returns a <figure>; outlines load async. */
export function mapChart(places, onPick) {
  const figure = h("figure", {class: "chart", id: "map-chart", "data-points": places.length});
  const svg = s("svg", {viewBox: viewBoxFor(places), class: "map", role: "img", "aria-label": "Map of events"});
  const land = s("g", {class: "land"});
  const grid = s("g", {class: "graticule"});
  for (let lon = -180; lon <= 180; lon += 30) grid.appendChild(s("line", {x1: px(lon), x2: px(lon), y1: 0, y2: H}));
  for (let lat = -60; lat <= 60; lat += 30) grid.appendChild(s("line", {x1: 0, x2: W, y1: py(lat), y2: py(lat)}));
  svg.appendChild(s("rect", {x: 0, y: 0, width: W, height: H, class: "sea"}));
  svg.appendChild(grid);
  svg.appendChild(land);
  const max = Math.max(1, ...places.map((p) => p.count));
  const dots = s("g", {class: "dots"});
  for (const p of places) {
    const r = 2 + 10 * Math.sqrt(p.count / max);
    const dot = s("circle", {cx: px(p.lon), cy: py(p.lat), r, class: p.conflict * 2 >= p.count ? "dot conflict" : "dot",
      "data-country": p.country || "", "data-name": p.name || ""},
      s("title", {}, `${p.name || "?"} (${p.country || "?"}): ${fmt(p.count)} event(s)`));
    if (onPick) dot.addEventListener("click", () => onPick(p));
    dots.appendChild(dot);
  }
  svg.appendChild(dots);
  figure.appendChild(svg);
  const note = h("figcaption", {class: "muted"}, places.length ? `${places.length} place(s)` : "No located events match.");
  figure.appendChild(note);
  loadOutlines().then((paths) => {
    for (const p of paths) land.appendChild(s("path", {d: p.d, class: "country"}, s("title", {}, p.name)));
    figure.setAttribute("data-outlines", String(paths.length));
    if (!paths.length) note.appendChild(document.createTextNode(" · country outlines not installed (see docs/web.md)"));
  });
  return figure;
}

// Zoom to the points (with a margin), never closer than ~20 degrees, so a country filter visibly
// changes the view.
function viewBoxFor(places) {
  if (!places.length) return `0 0 ${W} ${H}`;
  const xs = places.map((p) => px(p.lon)), ys = places.map((p) => py(p.lat));
  let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const minW = W / 18 * 2;
  let w = Math.max(x1 - x0, minW) * 1.4, hgt = w / 2;
  if (y1 - y0 > hgt) { hgt = (y1 - y0) * 1.4; w = hgt * 2; }
  w = Math.min(w, W); hgt = Math.min(hgt, H);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(0, cx - w / 2), W - w), y = Math.min(Math.max(0, cy - hgt / 2), H - hgt);
  return `${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${hgt.toFixed(1)}`;
}
