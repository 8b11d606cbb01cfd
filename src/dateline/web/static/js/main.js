// dateline web UI: a hash router and one function per view. Views read the API and build the page
// with text nodes only (see dom.js).
import {h, clear, fill, fmt, route, enc, QUAD_NAMES} from "./dom.js";
import {get, url, ApiFailure} from "./api.js";
import {timelineChart} from "./timeline.js";
import {mapChart} from "./map.js";
import {networkChart} from "./network.js";
import {markedText, snippet} from "./highlight.js";

const view = document.getElementById("view");
const PLOVER = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
  "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"];
const FILTERS = [
  ["q", "Search text", "gunman OR attack"], ["start", "From", "2017-01"], ["end", "To", "2017-12-31"],
  ["type", "PLOVER type", null], ["country", "Actor country", "TUR"], ["event_country", "Event country", "SYR"],
  ["actor", "Actor code", "TURGOV"], ["cameo_root", "CAMEO root", "19"],
];
const FILTER_NAMES = FILTERS.map((f) => f[0]);
const LAYER_ROLES = {actors: "actor", times: "time", places: "place", events: "trigger"};

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?", 2);
  return {parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(query || ""))};
}

function pick(params, names) {
  return Object.fromEntries(names.filter((n) => params[n]).map((n) => [n, params[n]]));
}

function failure(error) {
  const code = error instanceof ApiFailure ? error.code : "error";
  return h("p", {class: "error", role: "alert"}, h("strong", {}, code), " ", error.message);
}

function actorLabel(name, code) {
  if (!name && !code) return h("span", {class: "muted"}, "—");
  if (!code) return name;
  return h("a", {href: route("/actor/" + enc(code)), class: "actor"}, name || code, h("small", {}, " " + code));
}

function setNav(name) {
  for (const a of document.querySelectorAll("[data-nav]")) a.classList.toggle("active", a.dataset.nav === name);
}

// -- search: filters, timeline, map, results --------------------------------------------------

function filterForm(params) {
  const form = h("form", {class: "filters", id: "filters"});
  for (const [name, label, example] of FILTERS) {
    let input;
    if (name === "type") {
      input = h("select", {name, id: "f-" + name}, h("option", {value: ""}, "any"),
        PLOVER.map((t) => h("option", {value: t, selected: params[name] === t}, t)));
    } else {
      input = h("input", {name, id: "f-" + name, value: params[name] || "", placeholder: example, autocomplete: "off"});
    }
    form.appendChild(h("label", {}, h("span", {}, label), input));
  }
  form.appendChild(h("button", {type: "submit", id: "search-button"}, "Search"));
  form.appendChild(h("a", {href: "#/", class: "reset"}, "Reset"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const values = {};
    for (const el of form.elements) if (el.name && el.value.trim()) values[el.name] = el.value.trim();
    location.hash = route("/", {...values, stack: params.stack, interval: params.interval});
  });
  return form;
}

async function searchView(params) {
  setNav("search");
  const filters = pick(params, FILTER_NAMES);
  const stack = params.stack === "quad_class" ? "quad_class" : "plover_type";
  const interval = ["day", "week", "month", "year"].includes(params.interval) ? params.interval : "month";
  const summary = h("p", {id: "summary", class: "summary"}, "Loading…");
  const timelinePanel = h("section", {class: "panel", id: "timeline"}, h("h2", {}, "Timeline"));
  const mapPanel = h("section", {class: "panel", id: "map"}, h("h2", {}, "Map"));
  const results = h("section", {class: "panel wide", id: "results"}, h("h2", {}, "Events"));
  const exportLinks = h("p", {class: "exports"}, "Export these events: ",
    h("a", {href: url("/api/export", {...filters, format: "csv"}), id: "export-csv"}, "CSV"), " · ",
    h("a", {href: url("/api/export", {...filters, format: "ndjson"}), id: "export-ndjson"}, "NDJSON"), " · ",
    h("a", {href: route("/network", filters)}, "actor network of these events"));
  fill(view, filterForm(params), summary, exportLinks, h("div", {class: "grid"}, timelinePanel, mapPanel, results));

  const controls = h("div", {class: "controls"}, "Stack by ",
    ["plover_type", "quad_class"].map((g) => h("a", {href: route("/", {...filters, stack: g, interval}),
      class: g === stack ? "on" : "", id: "stack-" + g}, g === "plover_type" ? "type" : "QuadClass")),
    " · per ", ["day", "week", "month", "year"].map((i) => h("a", {href: route("/", {...filters, stack, interval: i}),
      class: i === interval ? "on" : ""}, i)));
  timelinePanel.appendChild(controls);

  const agg = get("/api/aggregates", {...filters, interval, group_by: stack}).then((body) => {
    timelinePanel.appendChild(timelineChart(body.data, body.meta.groups, stack,
      (period) => { location.hash = route("/", {...filters, start: period, end: period, stack, interval}); }));
    summary.textContent = `${fmt(body.meta.total)} dated event(s) match`;
  }).catch((e) => { timelinePanel.appendChild(failure(e)); summary.textContent = ""; });
  const map = get("/api/places", filters).then((body) => {
    mapPanel.appendChild(mapChart(body.data, (place) => {
      if (place.country) location.hash = route("/", {...filters, event_country: place.country, stack, interval});
    }));
  }).catch((e) => mapPanel.appendChild(failure(e)));
  await Promise.all([agg, map, loadEvents(results, filters, null)]);
}

async function loadEvents(panel, filters, cursor) {
  let body;
  try {
    body = await get("/api/events", {...filters, order: "desc", limit: 50, cursor});
  } catch (e) {
    panel.appendChild(failure(e));
    return;
  }
  let table = panel.querySelector("table");
  if (!table) {
    table = h("table", {class: "events", id: "event-table"}, h("thead", {}, h("tr", {},
      ["Date", "Type", "Source", "Target", "Place", "Evidence"].map((c) => h("th", {}, c)))), h("tbody"));
    panel.appendChild(table);
  }
  const tbody = table.querySelector("tbody");
  for (const e of body.data) {
    tbody.appendChild(h("tr", {"data-event": e.event_id},
      h("td", {class: "nowrap"}, e.date || "undated"),
      h("td", {}, h("span", {class: "type q" + (e.quad_class || "")}, e.plover_type), e.factuality !== "asserted" ? h("small", {}, " " + e.factuality) : null),
      h("td", {}, actorLabel(e.source_actor, e.source_code)),
      h("td", {}, actorLabel(e.target_actor, e.target_code)),
      h("td", {}, e.location_name || ""),
      h("td", {}, h("a", {href: route("/event/" + enc(e.event_id)), class: "event-link"}, clip(e.evidence, 160)))));
  }
  if (!tbody.children.length) panel.appendChild(h("p", {class: "muted"}, "No events match."));
  const old = panel.querySelector(".more");
  if (old) old.remove();
  if (body.meta.next_cursor) {
    panel.appendChild(h("button", {class: "more", id: "load-more", onclick: () => loadEvents(panel, filters, body.meta.next_cursor)}, "More events"));
  }
}

function clip(text, n) {
  text = text || "";
  return text.length > n ? text.slice(0, n - 1) + "…" : text;
}

// -- one event --------------------------------------------------------------------------------

async function eventView(eventId) {
  setNav("search");
  fill(view, h("p", {}, "Loading…"));
  let e;
  try {
    e = (await get("/api/events/" + enc(eventId))).data;
  } catch (err) {
    fill(view, failure(err));
    return;
  }
  const names = (side) => (e[side] || []).map((a, i) => [i ? ", " : "", actorLabel(a.name, a.code)]);
  const ev = e.evidence;
  const evidence = ev ? markedText(ev.text, ev.highlights, {tag: "blockquote", className: "evidence"}) : h("p", {class: "muted"}, "No evidence text stored.");
  evidence.id = "evidence";
  const place = e.location && e.location.place;
  const facts = [
    ["Type", `${e.plover.type}${e.plover.mode ? " / " + e.plover.mode : ""}${e.plover.context.length ? " (" + e.plover.context.join(", ") + ")" : ""}`],
    ["CAMEO", `${e.cameo.code} (root ${e.cameo.root}), QuadClass ${e.cameo.quad_class} ${QUAD_NAMES[String(e.cameo.quad_class)] || ""}, Goldstein ${e.cameo.goldstein}`],
    ["Factuality", e.factuality],
    ["Attributed to", e.attributed_to ? actorLabel(e.attributed_to.name, e.attributed_to.code) : "—"],
    ["Date", e.date ? `${e.date.value} (${e.date.precision}, from ${e.date.basis === "text" ? "the text" : "the publication date"})` : "unknown"],
    ["Place", place ? `${place.name}${place.country ? ", " + place.country : ""} (${e.location.precision}; ${place.lat}, ${place.lon})` : "unknown"],
    ["Casualties", `${e.fatalities ?? "?"} killed, ${e.injured ?? "?"} injured`],
    ["Confidence", String(e.confidence)],
    ["Reports", `${e.num_mentions} mention(s) in ${e.num_articles} article(s), ${e.num_sources} source(s)`],
  ];
  fill(view, 
    h("p", {}, h("a", {href: "#/", onclick: (x) => { if (history.length > 1) { x.preventDefault(); history.back(); } }}, "← back")),
    h("h1", {class: "headline"}, names("source"), " ", h("span", {class: "type q" + e.cameo.quad_class}, e.plover.type), " ", names("target")),
    evidence,
    h("p", {class: "legend"}, ["source", "target", "trigger", "time", "place", "attribution"].map((r) =>
      h("mark", {class: "mark " + r}, r))),
    h("dl", {class: "facts"}, facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    h("h2", {}, "Mentions"),
    h("ol", {class: "mentions", id: "mentions"}, (e.mentions || []).map((m) => {
      const t = m.trigger || {};
      const marks = t.start !== undefined && t.start >= m.start ? [{start: t.start - m.start, end: t.end - m.start, role: "trigger"}] : [];
      return h("li", {},
        h("a", {href: route("/article/" + enc(m.doc_id), {at: m.start, event: e.event_id}), class: "mention-link"},
          (m.article && m.article.title) || m.doc_id),
        h("small", {class: "muted"}, ` ${(m.article && m.article.date) || ""} ${m.source_outlet || ""} · confidence ${m.confidence}`),
        m.evidence ? markedText(m.evidence, marks, {tag: "div", className: "mention-text"}) : null);
    })),
    (e.notes || []).length ? h("p", {class: "muted"}, "Notes: ", e.notes.join("; ")) : null,
  );
}

// -- one article --------------------------------------------------------------------------------

async function articleView(docId, params) {
  setNav("articles");
  fill(view, h("p", {}, "Loading…"));
  let a;
  try {
    a = (await get("/api/articles/" + enc(docId))).data;
  } catch (err) {
    fill(view, failure(err));
    return;
  }
  const layers = {actors: true, times: true, places: true, events: true};
  const text = a.text || "";
  const body = h("div", {class: "article-text", id: "article-text"});
  const draw = () => {
    const marks = [];
    if (layers.events) for (const e of a.events || []) marks.push({...e.trigger, role: "trigger", label: e.plover.type,
      href: null});
    if (layers.actors) for (const m of a.actors || []) marks.push({start: m.start, end: m.end, role: "actor",
      label: `${m.actor.name}${m.actor.code ? " " + m.actor.code : ""}`, href: m.actor.code ? route("/actor/" + enc(m.actor.code)) : null});
    if (layers.times) for (const t of a.times || []) marks.push({start: t.start, end: t.end, role: "time", label: `${t.type} ${t.value}`});
    if (layers.places) for (const p of a.places || []) marks.push({start: p.start, end: p.end, role: "place",
      label: `${p.place.name}${p.place.country ? ", " + p.place.country : ""}`});
    clear(body);
    // Paragraph by paragraph would lose offsets; the whole text keeps them, CSS keeps line breaks.
    body.appendChild(markedText(text, marks, {tag: "div", className: "text"}));
  };
  draw();
  const toggles = h("p", {class: "toggles"}, "Show: ", Object.keys(layers).map((name) => h("label", {},
    h("input", {type: "checkbox", checked: true, onchange: (ev) => { layers[name] = ev.target.checked; draw(); }}),
    " ", h("mark", {class: "mark " + LAYER_ROLES[name]}, name), " ")));
  const dl = a.dateline && a.dateline.text ? `${a.dateline.text} · ` : "";
  fill(view, 
    h("h1", {id: "article-title"}, a.title || a.doc_id),
    h("p", {class: "muted"}, `${dl}${a.date}${a.source ? " · " + a.source : ""} · ${a.doc_id}`,
      a.url ? [" · ", h("a", {href: a.url, rel: "noopener noreferrer nofollow"}, "original")] : null),
    toggles, body,
    h("h2", {}, "Events in this article"),
    h("ul", {class: "article-events"}, (a.canonical_events || []).map((e) => h("li", {},
      h("a", {href: route("/event/" + enc(e.event_id))}, `${e.date || "undated"} ${e.plover_type}`),
      " ", clip(e.evidence, 140)))),
  );
  if (params.at) {
    const pos = Number(params.at);
    const target = [...body.querySelectorAll("mark")].find((m) => m.textContent && text.indexOf(m.textContent, pos) >= 0);
    if (target) target.scrollIntoView({block: "center"});
  }
}

// -- articles list ------------------------------------------------------------------------------

async function articlesView(params) {
  setNav("articles");
  const form = h("form", {class: "filters"}, h("label", {}, h("span", {}, "Full-text search"),
    h("input", {name: "q", id: "article-q", value: params.q || "", placeholder: "\"phone call\" AND Daesh"})),
    h("button", {type: "submit"}, "Search"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("/articles", {q: form.elements.q.value.trim()}); });
  const list = h("ol", {class: "articles", id: "article-list"});
  fill(view, form, list);
  try {
    const body = await get("/api/articles", {q: params.q, limit: 100});
    for (const a of body.data) list.appendChild(h("li", {},
      h("a", {href: route("/article/" + enc(a.doc_id))}, a.title || a.doc_id),
      h("small", {class: "muted"}, ` ${a.date} ${a.source || ""}`), a.snippet ? h("div", {}, snippet(a.snippet)) : null));
    if (!body.data.length) list.appendChild(h("li", {class: "muted"}, "No articles match."));
  } catch (e) {
    view.appendChild(failure(e));
  }
}

// -- actors ---------------------------------------------------------------------------------------

async function actorsView(params) {
  setNav("actors");
  const form = h("form", {class: "filters"}, h("label", {}, h("span", {}, "Code or name"),
    h("input", {name: "prefix", id: "actor-prefix", value: params.prefix || "", placeholder: "TUR"})), h("button", {type: "submit"}, "Find"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("/actors", {prefix: form.elements.prefix.value.trim()}); });
  const table = h("table", {class: "events", id: "actor-table"}, h("thead", {}, h("tr", {},
    ["Code", "Name", "Country", "Sector", "Events", "As source", "As target"].map((c) => h("th", {}, c)))), h("tbody"));
  fill(view, form, table);
  try {
    const body = await get("/api/actors", {prefix: params.prefix, limit: 200});
    for (const a of body.data) table.tBodies[0].appendChild(h("tr", {},
      h("td", {}, h("a", {href: route("/actor/" + enc(a.code))}, a.code)), h("td", {}, a.name || ""), h("td", {}, a.country || ""),
      h("td", {}, a.sector || ""), h("td", {}, fmt(a.events)), h("td", {}, fmt(a.as_source)), h("td", {}, fmt(a.as_target))));
  } catch (e) {
    view.appendChild(failure(e));
  }
}

async function networkPanel(container, filters, focus, minWeight) {
  const box = h("div", {class: "network-box"}, h("p", {}, "Loading…"));
  container.appendChild(box);
  try {
    const body = await get("/api/network", {...filters, min_weight: minWeight || 1, limit: 120});
    clear(box).appendChild(networkChart(body.data, focus, (code) => { location.hash = route("/actor/" + enc(code)); }));
  } catch (e) {
    clear(box).appendChild(failure(e));
  }
}

async function actorView(code, params) {
  setNav("actors");
  const minWeight = Number(params.min_weight) || 1;
  const type = params.type || "";
  const header = h("div", {});
  const controls = h("form", {class: "filters", id: "network-filters"},
    h("label", {}, h("span", {}, "PLOVER type"), h("select", {name: "type"}, h("option", {value: ""}, "any"),
      PLOVER.map((t) => h("option", {value: t, selected: t === type}, t)))),
    h("label", {}, h("span", {}, "Min. events per link"), h("input", {name: "min_weight", type: "number", min: 1, value: minWeight})),
    h("button", {type: "submit"}, "Filter"));
  controls.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = route("/actor/" + enc(code), {type: controls.elements.type.value, min_weight: controls.elements.min_weight.value});
  });
  const net = h("section", {class: "panel wide", id: "actor-network"}, h("h2", {}, "Network"));
  const events = h("section", {class: "panel wide", id: "results"}, h("h2", {}, "Events"));
  fill(view, header, controls, net, events);
  try {
    const info = (await get("/api/actors/" + enc(code))).data;
    fill(header, h("h1", {id: "actor-title"}, code),
      h("p", {}, `${fmt(info.events)} event(s) · known as: `, info.names.map((n, i) => [i ? ", " : "", n.name])),
      h("p", {}, h("a", {href: route("/", {actor: code})}, "Search, timeline and map of this actor's events")));
  } catch (e) {
    fill(header, h("h1", {id: "actor-title"}, code), failure(e));
    return;
  }
  const filters = {actor: code, type};
  await Promise.all([networkPanel(net, filters, code, minWeight), loadEvents(events, filters, null)]);
}

async function networkView(params) {
  setNav("search");
  const filters = pick(params, FILTER_NAMES);
  const net = h("section", {class: "panel wide", id: "actor-network"}, h("h2", {}, "Actor network"));
  fill(view, h("p", {}, h("a", {href: route("/", filters)}, "← events")), net);
  await networkPanel(net, filters, null, Number(params.min_weight) || 1);
}

// -- API reference (from /openapi.json: Swagger UI would need a CDN) ------------------------------

async function apiView() {
  setNav("api");
  const list = h("dl", {class: "api-list"});
  fill(view, h("h1", {}, "API"), h("p", {}, "Machine-readable description: ", h("a", {href: "/openapi.json"}, "/openapi.json"),
    ". Answers are {\"data\", \"meta\"}; failures {\"error\": {\"code\", \"message\"}}."), list);
  const spec = await (await fetch("/openapi.json")).json();
  for (const [path, ops] of Object.entries(spec.paths)) for (const [method, op] of Object.entries(ops)) {
    const params = (op.parameters || []).map((p) => p.name).join(", ");
    list.append(h("dt", {}, h("code", {}, `${method.toUpperCase()} ${path}`), " ", op.summary || ""),
      h("dd", {}, op.description || "", params ? h("div", {class: "muted"}, "parameters: " + params) : null));
  }
}

// -- router ---------------------------------------------------------------------------------------

async function render() {
  const {parts, params} = parseHash();
  const [head, ...rest] = parts;
  const tail = rest.join("/");
  document.body.dataset.view = head || "search";
  document.body.dataset.ready = "false";
  try {
    if (!head) await searchView(params);
    else if (head === "event") await eventView(tail);
    else if (head === "article") await articleView(tail, params);
    else if (head === "articles") await articlesView(params);
    else if (head === "actors") await actorsView(params);
    else if (head === "actor") await actorView(tail, params);
    else if (head === "network") await networkView(params);
    else if (head === "api") await apiView();
    else fill(view, h("p", {}, "No such page. ", h("a", {href: "#/"}, "Search events")));
  } catch (e) {
    view.appendChild(failure(e));
  } finally {
    document.body.dataset.ready = "true"; // browser tests wait for this
  }
}

async function stats() {
  try {
    const s = (await get("/api/stats")).data;
    document.getElementById("store-stats").textContent =
      `${fmt(s.events)} events · ${fmt(s.articles)} articles${s.first_date ? ` · ${s.first_date} – ${s.last_date}` : ""}`;
  } catch (e) {
    document.getElementById("store-stats").textContent = e.message;
  }
}

window.addEventListener("hashchange", render);
stats();
render();
