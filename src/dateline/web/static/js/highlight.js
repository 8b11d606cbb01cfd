// Text with marked spans, built from text nodes only.
import {h} from "./dom.js";

/** Cut `text` into plain and marked pieces. marks: [{start, end, role, label}], offsets into text.
 *  Overlaps: the earlier (then longer) mark wins; a mark starting inside it is skipped. */
export function markedText(text, marks, {tag = "span", className = "evidence"} = {}) {
  const sorted = marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = h(tag, {class: className});
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.appendChild(document.createTextNode(text.slice(at, m.start)));
    const attrs = {class: "mark " + m.role, "data-role": m.role, title: m.role + (m.label ? ": " + m.label : "")};
    if (m.href) out.appendChild(h("a", {...attrs, href: m.href}, text.slice(m.start, m.end)));
    else out.appendChild(h("mark", attrs, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.appendChild(document.createTextNode(text.slice(at)));
  return out;
}

/** Split an FTS snippet whose matches are wrapped in U+0002 ... U+0003 into text and <mark>s. */
export function snippet(text) {
  const out = h("span", {class: "snippet"});
  const parts = String(text || "").split(/[\u0002\u0003]/);
  parts.forEach((part, i) => out.appendChild(i % 2 ? h("mark", {}, part) : document.createTextNode(part)));
  return out;
}
