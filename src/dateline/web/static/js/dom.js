// DOM helpers. Data from the store only ever becomes text nodes (never parsed as markup), so an article
// containing "<script>" shows those characters.

const SVG_NS = "http://www.w3.org/2000/svg";

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    // Through the CSSOM: the Content-Security-Policy forbids style attributes.
    else if (key === "style") node.style.cssText = String(value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  return node;
}

/** An HTML element: h("a", {href: "#/"}, "text", child, ...). */
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children);
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Replace the node's content; null/false children are skipped (unlike Element.append). */
export function fill(node, ...children) {
  return append(clear(node), children);
}

export function fmt(n) {
  return n === null || n === undefined ? "" : Number(n).toLocaleString("en");
}

/** A link inside the app; `params` becomes the hash's query string. */
export function route(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const qs = query.toString();
  return "#" + path + (qs ? "?" + qs : "");
}

export function enc(part) {
  return encodeURIComponent(part);
}

// Colours: PLOVER types by family (cooperation blues/greens, conflict reds/oranges); QuadClass 1-4.
const TYPE_COLOURS = {
  AGREE: "#2b7bba", CONSULT: "#6baed6", COOPERATE: "#238b45", AID: "#74c476", SUPPORT: "#41ab5d",
  CONCEDE: "#9ecae1", RETREAT: "#c7e9c0", REQUEST: "#807dba", REJECT: "#fdae6b", ACCUSE: "#fd8d3c",
  THREATEN: "#f16913", PROTEST: "#d94801", MOBILIZE: "#a63603", SANCTION: "#ef3b2c", COERCE: "#cb181d",
  ASSAULT: "#67000d", OTHER: "#bdbdbd",
};
const QUAD_COLOURS = {"1": "#6baed6", "2": "#238b45", "3": "#fd8d3c", "4": "#cb181d", OTHER: "#bdbdbd"};
const PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666",
  "#1f78b4", "#b2df8a", "#fb9a99", "#cab2d6"];

export const QUAD_NAMES = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict",
  "4": "material conflict"};

export function colourOf(group, groupBy, index) {
  if (groupBy === "plover_type" && TYPE_COLOURS[group]) return TYPE_COLOURS[group];
  if (groupBy === "quad_class" && QUAD_COLOURS[group]) return QUAD_COLOURS[group];
  if (group === "OTHER") return "#bdbdbd";
  return PALETTE[index % PALETTE.length];
}

export const CONFLICT_TYPES = new Set(["ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]);
