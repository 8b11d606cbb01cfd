"""Cross-article merge: reports of one real-world event in different articles become one canonical event.

Pure functions over the contract JSON of events (``Event.to_dict()``), so the store can run them on
what it holds; ``dateline.store.clustering`` does the SQL. Terms:

- a *report* is one event as the pipeline extracted it from one article (after the within-article
  merge), with the article's publication date, doc_id and outlet;
- a *canonical event* is the cluster of reports, with fields chosen from them by ``canonical``.

Blocking. A canonical event is indexed under keys ``TYPE|anchor|bucket``: TYPE is the PLOVER type;
an anchor per actor (``kb:`` id, ``code:`` code, ``role:`` role of a country-coded actor, ``name:``
last word of a non-nominal actor's name) and per place found in the text (``geo:`` geonameid); a
bucket per 7-day block (days since 1970-01-05, a Monday, // 7) its date interval covers, or
``y<year>`` for year-precision dates. A new report probes only the keys of its own anchors over its
interval widened by the windows (a country-coded actor also probes its bare role code, a bare role
code the ``role:`` keys, and only actors without code or kb_id probe by name), so the work per report
depends on how many events share an actor or place in the same weeks, never on the store's size.

Compatibility (all must hold; ``compare`` returns the features that matched, or the first reason
that failed):
- same PLOVER type (CAMEO roots may differ); the same PLOVER mode when both have one;
- factuality in the same group (asserted/reported/planned; negated; hypothetical);
- no report of the candidate comes from the same article (the within-article merge already decided);
- places: two places found in the text within ``CITY_KM`` km (or the same geonameid); when either
  is coarser, the same admin1 (at admin1 precision) or the same country; different countries never
  merge; a place taken from the dateline header never separates; unknown places never separate;
- dates: two day-precision dates read from the text must be equal; a coarser text date (week, month)
  must overlap the other; a date that is only the publication date stands for "on or up to
  ``PUBLICATION_LAG`` days before"; two undated reports must be published within
  ``PUBLICATION_GAP`` days; a year-precision date needs a city-level place match;
- actors (``actors_match``: kb_id, code with country-less roles matching, else name words): they share
  one and each side's actors fit in the other's (sides may swap for ``SYMMETRIC_TYPES``); sharing none
  without conflict, or one report naming none, needs a city-level place match; neither naming any
  needs the same place and the same non-null fatality count; sharing only generic actors (``_specific``)
  needs the same place or the same day.
Among compatible candidates the highest score wins (ties: the smallest event_id), so the result is
deterministic for a given input order.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dateline.text_folding import strip_accents

FACTUALITY_GROUP = {"asserted": "fact", "reported": "fact", "planned": "fact",
                    "negated": "negated", "hypothetical": "hypothetical"}
PUBLICATION_LAG = 3  # days: an event reported without a date happened on, or up to 3 days before, publication
PUBLICATION_GAP = 1  # days between the publications of two undated reports of one event
CITY_KM = 40.0
PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}
GEO_RANK = {"city": 3, "admin1": 2, "country": 1}
_EPOCH_MONDAY = dt.date(1970, 1, 5)
_MAX_BUCKETS = 8  # a month plus the windows; coarser dates use the year key
# Types whose two sides play the same part ("A met B" = "B met A").
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NAME_STOPWORDS = frozenset({"the", "of", "and", "mr", "mrs", "ms", "dr", "de", "al", "el", "von", "van"})


@dataclass
class Report:
    """One event as extracted from one article."""

    body: dict[str, Any]  # Event.to_dict() (mentions not needed)
    doc_id: str
    published: str  # the article's publication date, YYYY-MM-DD
    outlet: str | None = None
    confidence: float = 0.5


@dataclass
class Candidate:
    """A canonical event as the matcher sees it."""

    event_id: str
    body: dict[str, Any]  # canonical Event.to_dict()
    docs: set[str]
    first_published: str


@dataclass
class Match:
    event_id: str
    score: float
    features: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "score": round(self.score, 3), "features": self.features}


# -- keys --------------------------------------------------------------------------------------------


def actor_key(actor: dict[str, Any]) -> str:
    return actor.get("code") or actor.get("kb_id") or actor.get("name") or "?"


def name_tokens(name: str | None) -> frozenset[str]:
    """Folded word tokens of a name, without titles and function words: "Sarah Palin" -> {sarah, palin}."""
    words = re.findall(r"[a-z0-9]+", strip_accents(name or "").lower())
    return frozenset(w for w in words if len(w) > 1 and w not in _NAME_STOPWORDS)


def actors_match(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """Two actor mentions that can be the same participant.

    Same kb_id; else, when both are coded, the same code or a country-less role code ("CRM") against
    the same role in a country ("SOMCRM"); else, when either is uncoded, one name's words contained in
    the other's ("Palin" ~ "Sarah Palin").
    """
    if x.get("kb_id") and x.get("kb_id") == y.get("kb_id"):
        return True
    cx, cy = x.get("code"), y.get("code")
    if cx and cy:
        return cx == cy or (len(cx) == 3 and cy[3:6] == cx) or (len(cy) == 3 and cx[3:6] == cy)
    nx, ny = name_tokens(x.get("name")), name_tokens(y.get("name"))
    return bool(nx) and bool(ny) and (nx <= ny or ny <= nx)


def _actor_anchors(actor: dict[str, Any], probing: bool) -> list[str]:
    keys = []
    if actor.get("kb_id"):
        keys.append(f"kb:{actor['kb_id']}")
    code = actor.get("code")
    if code:
        keys.append(f"code:{code}")
        if len(code) > 3:
            # A country-less role code matches this code's role: the report probes the bare code, the
            # indexed event is also filed under its role.
            keys.append(f"code:{code[3:6]}" if probing else f"role:{code[3:6]}")
        elif probing:
            keys.append(f"role:{code}")
    head = _head_word(actor.get("name"))
    if head and actor.get("type") != "nominal" and (not probing or not (code or actor.get("kb_id"))):
        # Names block on their last word ("Palin" ~ "Sarah Palin"); only an actor without code or
        # kb_id probes by name, so that coded actors never scan the large blocks of common words.
        keys.append(f"name:{head}")
    return keys


def _head_word(name: str | None) -> str | None:
    words = re.findall(r"[a-z0-9]+", strip_accents(name or "").lower())
    words = [w for w in words if len(w) > 1 and w not in _NAME_STOPWORDS]
    return words[-1] if words else None


def _sides(body: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return list(body.get("source") or []), list(body.get("target") or [])


def _anchors(body: dict[str, Any], probing: bool = False) -> list[str]:
    anchors: set[str] = set()
    for actor in (*(body.get("source") or []), *(body.get("target") or [])):
        anchors.update(_actor_anchors(actor, probing))
    out = sorted(anchors)
    place = (body.get("location") or {}).get("place")
    if place and place.get("geonameid") is not None:
        out.append(f"geo:{place['geonameid']}")
    return out


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _bucket(day: dt.date) -> str:
    return f"w{(day - _EPOCH_MONDAY).days // 7}"


def _interval(body: dict[str, Any], published: str) -> tuple[dt.date, dt.date, str, str]:
    """(first day, last day, precision, basis) a report's date stands for."""
    from dateline.store.rows import date_range  # here: the store imports this module

    date = body.get("date")
    first = last = None
    if date:
        lo, hi = date_range(date.get("value"))
        if lo and hi:
            first, last = _day(lo), _day(hi)
    if first is None or last is None or not date or date.get("basis") != "text":
        pub = _day(published)
        return pub - dt.timedelta(days=PUBLICATION_LAG), pub, "publication", "publication"
    return first, last, date.get("precision") or "day", "text"


def _buckets(first: dt.date, last: dt.date, precision: str) -> list[str]:
    if precision == "year" or (last - first).days > _MAX_BUCKETS * 7:
        return [f"y{first.year}"]
    out, day = [], first
    while day <= last:
        key = _bucket(day)
        if key not in out:
            out.append(key)
        day += dt.timedelta(days=1)
    if _bucket(last) not in out:
        out.append(_bucket(last))
    return out


def _type_key(body: dict[str, Any]) -> str:
    return str(body["plover"]["type"])


def index_keys(body: dict[str, Any], published: str) -> list[str]:
    """The keys a canonical event (or a report) is indexed under."""
    first, last, precision, _ = _interval(body, published)
    anchors = _anchors(body) or ["none"]
    return [f"{_type_key(body)}|{a}|{b}" for a in anchors for b in _buckets(first, last, precision)]


def probe_keys(body: dict[str, Any], published: str) -> list[str]:
    """The keys a new report looks up: its anchors over its date interval widened by the windows."""
    first, last, precision, _ = _interval(body, published)
    widen = dt.timedelta(days=PUBLICATION_LAG + PUBLICATION_GAP)
    buckets = _buckets(first - widen, last + widen, precision)
    years = {f"y{first.year}", f"y{last.year}"}
    buckets += sorted(years - set(buckets))
    anchors = _anchors(body, probing=True) or ["none"]
    return [f"{_type_key(body)}|{a}|{b}" for a in anchors for b in buckets]


# -- comparison -------------------------------------------------------------------------------------


def compare(report: Report, candidate: Candidate) -> Match | str:
    """The features that make ``report`` a report of ``candidate``, or why it is not."""
    a, b = report.body, candidate.body
    if a["plover"]["type"] != b["plover"]["type"]:
        return "type differs"
    mode_a, mode_b = a["plover"].get("mode"), b["plover"].get("mode")
    if mode_a and mode_b and mode_a != mode_b:
        return "mode differs"
    if FACTUALITY_GROUP.get(a.get("factuality"), "fact") != FACTUALITY_GROUP.get(b.get("factuality"), "fact"):
        return "factuality differs"
    if report.doc_id in candidate.docs:
        return "same article (the within-article merge kept them apart)"
    place = _place_relation(a, b)
    if place is None:
        return "places differ"
    date = _date_relation(a, report.published, b, candidate.first_published)
    if date is None:
        return "dates differ"
    actors = _actor_relation(a, b, place)
    if actors is None:
        return "actors differ"
    city = place["relation"] in ("same place", "nearby")
    if date["relation"] == "same year" and not city:
        return "year-precision date without a city-level place match"
    if actors.get("generic") and not city and date["relation"] != "same day":
        return "only generic actors shared, without the same place or day"
    features = {"type": a["plover"]["type"],
                "actors": actors, "date": date, "place": place}
    score = 1.0 + actors["score"] + date["score"] + place["score"]
    if a.get("fatalities") is not None and a.get("fatalities") == b.get("fatalities"):
        features["fatalities"] = {"relation": "same count", "value": a["fatalities"], "score": 0.2}
        score += 0.2
    return Match(candidate.event_id, score, features)


def _actor_relation(a: dict[str, Any], b: dict[str, Any], place: dict[str, Any]) -> dict[str, Any] | None:
    a_src, a_tgt = _sides(a)
    b_src, b_tgt = _sides(b)
    a_all, b_all = a_src + a_tgt, b_src + b_tgt
    city_match = place["relation"] in ("same place", "nearby")
    if not a_all and not b_all:
        if city_match and a.get("fatalities") is not None and a.get("fatalities") == b.get("fatalities"):
            return {"relation": "no actors; same place and fatalities", "shared": [], "score": 0.0}
        return None
    if not a_all or not b_all:
        if city_match:
            return {"relation": "one report names no actor; same place", "shared": [], "score": 0.0}
        return None
    shared_actors = [x for x in a_all if any(actors_match(x, y) for y in b_all)]
    shared = sorted({x.get("name") or "?" for x in shared_actors})
    if not shared:
        # "al-Shabaab bombed the market" and "a car bomb killed 12 shoppers": each names a side the
        # other leaves empty. No conflict, but no shared participant either: the place must match.
        if city_match and (not a_src or not b_src) and (not a_tgt or not b_tgt):
            return {"relation": "no shared actor, no conflicting one; same place", "shared": [], "score": 0.0}
        return None
    straight = _side_fits(a_src, b_src) and _side_fits(a_tgt, b_tgt)
    swapped = a["plover"]["type"] in SYMMETRIC_TYPES and _side_fits(a_src, b_tgt) and _side_fits(a_tgt, b_src)
    if not (straight or swapped):
        return None
    # The share of the report's actors the candidate accounts for: a canonical event gathers actors
    # from many reports, so a symmetric overlap would favour small clusters.
    score = len(shared_actors) / len(a_all)
    return {"relation": "shared actors" if straight else "shared actors, sides swapped", "shared": shared,
            "generic": not any(_specific(x) for x in shared_actors), "score": round(score, 3)}


def _specific(actor: dict[str, Any]) -> bool:
    """A named participant (person, organisation, group, country) or one coded with its country.

    "police", "people", "a gang member" (a country-less role code, or none) are generic: sharing only
    such actors says little about being the same event.
    """
    code = actor.get("code") or ""
    return bool(actor.get("kb_id")) or len(code) > 3 or actor.get("type") not in (None, "nominal")


def _side_fits(x: list[dict[str, Any]], y: list[dict[str, Any]]) -> bool:
    """One side names no one, or every actor of one side matches an actor of the other."""
    if not x or not y:
        return True
    return all(any(actors_match(p, q) for q in y) for p in x) or all(any(actors_match(p, q) for p in x) for q in y)


def _date_relation(a: dict[str, Any], a_pub: str, b: dict[str, Any], b_pub: str) -> dict[str, Any] | None:
    a_first, a_last, a_prec, a_basis = _interval(a, a_pub)
    b_first, b_last, b_prec, b_basis = _interval(b, b_pub)
    if a_basis == "publication" and b_basis == "publication":
        gap = abs((_day(a_pub) - _day(b_pub)).days)
        if gap > PUBLICATION_GAP:
            return None
        return {"relation": "both undated, published within a day", "gap_days": gap, "score": 0.3}
    if a_last < b_first or b_last < a_first:
        return None
    if a_basis == "text" and b_basis == "text":
        if a_prec == "day" and b_prec == "day":
            return {"relation": "same day", "value": str(a_first), "score": 1.0}
        if "year" in (a_prec, b_prec):
            return {"relation": "same year", "score": 0.2}
        return {"relation": f"{a_prec} and {b_prec} dates overlap", "score": 0.6}
    text_prec = a_prec if a_basis == "text" else b_prec
    if text_prec == "year":
        return {"relation": "same year", "score": 0.2}
    return {"relation": "text date within the publication window", "score": 0.5}


def _km(p: dict[str, Any], q: dict[str, Any]) -> float:
    lat1, lat2 = math.radians(p["lat"]), math.radians(q["lat"])
    dlat, dlon = lat2 - lat1, math.radians(q["lon"] - p["lon"])
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _place_relation(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any] | None:
    la, lb = a.get("location"), b.get("location")
    if not la or not lb:
        return {"relation": "place unknown in one report", "score": 0.0}
    pa, pb = la["place"], lb["place"]
    if la.get("span") is None or lb.get("span") is None:
        # Taken from the dateline header: where the reporter files from, not evidence of where the
        # event happened. It agrees or stays neutral, never separates.
        if pa.get("geonameid") is not None and pa.get("geonameid") == pb.get("geonameid"):
            return {"relation": "same place (dateline)", "name": pa.get("name"), "score": 0.5}
        return {"relation": "dateline place only", "score": 0.0}
    if pa.get("country") and pb.get("country") and pa["country"] != pb["country"]:
        return None
    if pa.get("geonameid") is not None and pa.get("geonameid") == pb.get("geonameid"):
        return {"relation": "same place", "name": pa.get("name"), "score": 1.0}
    coarse = min(GEO_RANK.get(la.get("precision"), 1), GEO_RANK.get(lb.get("precision"), 1))
    if coarse == GEO_RANK["city"]:
        distance = _km(pa, pb)
        if distance > CITY_KM:
            return None
        return {"relation": "nearby", "km": round(distance, 1), "score": 0.8}
    if coarse == GEO_RANK["admin1"] and pa.get("admin1") and pb.get("admin1"):
        if pa["admin1"] != pb["admin1"]:
            return None
        return {"relation": "same admin1", "admin1": pa["admin1"], "score": 0.5}
    if pa.get("country") and pa.get("country") == pb.get("country"):
        return {"relation": "same country", "country": pa["country"], "score": 0.3}
    return {"relation": "place not comparable", "score": 0.0}


def best_match(report: Report, candidates: list[Candidate]) -> tuple[Match | None, dict[str, str]]:
    """The best compatible candidate (highest score, then smallest event_id) and why the others failed."""
    matches: list[Match] = []
    rejected: dict[str, str] = {}
    for candidate in candidates:
        result = compare(report, candidate)
        if isinstance(result, Match):
            matches.append(result)
        else:
            rejected[candidate.event_id] = result
    if not matches:
        return None, rejected
    return min(matches, key=lambda m: (-m.score, m.event_id)), rejected


# -- canonical fields ------------------------------------------------------------------------------


def canonical(reports: list[Report]) -> tuple[dict[str, Any], dict[str, str]]:
    """The canonical event body chosen from its reports by weight of evidence, and why each field.

    - representative (evidence, trigger, type, factuality): the most confident report, then the
      earliest published, then the smallest doc_id;
    - date: among dates read from the text, the most precise precision level present, then the value
      most reports give, then the earliest; without any, the earliest publication date;
    - location: the most precise level, then the place most reports give, then the representative's;
    - fatalities, injured: the count most reports give; on a tie the lower (ACLED's conservative rule);
    - actors: per side, those cited by at least a third of the reports naming anyone there (at least
      the most cited), most cited first;
    - confidence: the highest.
    """
    ordered = sorted(reports, key=_rank)
    primary = ordered[0]
    body = {k: v for k, v in primary.body.items() if k != "mentions"}
    why: dict[str, str] = {"representative": f"{primary.doc_id}: most confident report ({primary.confidence:.2f})"}
    body["date"], why["date"] = _choose_date(reports)
    body["location"], why["location"] = _choose_location(reports, primary)
    for name in ("fatalities", "injured"):
        body[name], why[name] = _choose_count(reports, name)
    body["source"], body["target"] = _choose_actors(reports, primary)
    body["confidence"] = max(r.confidence for r in reports)
    why["actors"] = f"actors cited by at least a third of the {len(reports)} report(s) naming anyone on that side"
    if body.get("attributed_to") is None:
        body["attributed_to"] = next((r.body.get("attributed_to") for r in ordered if r.body.get("attributed_to")), None)
    return body, why


def _rank(report: Report) -> tuple[float, str, str]:
    return (-report.confidence, report.published, report.doc_id)


def representative(reports: list[Report]) -> Report:
    """The report whose evidence, trigger and codes the canonical event shows."""
    return min(reports, key=_rank)


def _choose_date(reports: list[Report]) -> tuple[dict[str, Any] | None, str]:
    texts = [r.body["date"] for r in reports if r.body.get("date") and r.body["date"].get("basis") == "text"
             and r.body["date"].get("precision") in PRECISION_RANK]
    if texts:
        best_rank = max(PRECISION_RANK[d["precision"]] for d in texts)
        finest = [d for d in texts if PRECISION_RANK[d["precision"]] == best_rank]
        votes = Counter(d["value"] for d in finest)
        value, count = min(votes.items(), key=lambda item: (-item[1], item[0]))
        chosen = next(d for d in finest if d["value"] == value)
        return chosen, (f"{value}: given by {count} of {len(finest)} report(s) dated to the {chosen['precision']}, "
                        f"the finest precision among {len(texts)} dated from the text")
    earliest = min(reports, key=lambda r: r.published)
    fallback = earliest.body.get("date") or {"value": earliest.published, "precision": "day",
                                             "basis": "publication", "time": None}
    return fallback, f"no report dates it from the text: earliest publication ({earliest.published})"


def _choose_location(reports: list[Report], primary: Report) -> tuple[dict[str, Any] | None, str]:
    located = [r for r in reports if r.body.get("location")]
    if not located:
        return None, "no report locates it"
    best_rank = max(GEO_RANK.get(r.body["location"].get("precision"), 0) for r in located)
    finest = [r for r in located if GEO_RANK.get(r.body["location"].get("precision"), 0) == best_rank]
    votes = Counter(_place_id(r.body["location"]) for r in finest)
    top = max(votes.values())
    winners = {pid for pid, n in votes.items() if n == top}
    chosen = next((r for r in [primary, *finest] if r in finest and _place_id(r.body["location"]) in winners))
    location = chosen.body["location"]
    return location, (f"{location['place'].get('name')}: given by {top} of {len(located)} located report(s), "
                      f"at the finest precision ({location.get('precision')})")


def _place_id(location: dict[str, Any]) -> str:
    place = location["place"]
    return str(place.get("geonameid") if place.get("geonameid") is not None else place.get("name"))


def _choose_count(reports: list[Report], name: str) -> tuple[int | None, str]:
    values = [r.body.get(name) for r in reports if r.body.get(name) is not None]
    if not values:
        return None, "not reported"
    votes = Counter(values)
    value, count = min(votes.items(), key=lambda item: (-item[1], item[0]))
    spread = "" if len(votes) == 1 else f"; reports range {min(values)}-{max(values)}, the lower wins a tie"
    return value, f"{value}: given by {count} of {len(values)} report(s){spread}"


def _choose_actors(reports: list[Report], primary: Report) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Per side, the actors cited by at least a third of the reports that name anyone on that side
    (at least the most cited one), most cited first: one report's mis-coded actor does not become a
    participant of the canonical event, and cannot later keep its true reports apart."""
    chosen: dict[str, list[dict[str, Any]]] = {}
    taken: set[str] = set()
    for role in ("source", "target"):
        counts: Counter[str] = Counter()
        first: dict[str, dict[str, Any]] = {}
        naming = 0
        for report in [primary, *[r for r in reports if r is not primary]]:
            actors = report.body.get(role) or []
            naming += bool(actors)
            for key in dict.fromkeys(actor_key(a) for a in actors):
                counts[key] += 1
            for actor in actors:
                first.setdefault(actor_key(actor), actor)
        order = [k for k in sorted(first, key=lambda k: -counts[k]) if k not in taken]  # stable on ties
        threshold = max(1, math.ceil(naming / 3))
        keep = [k for k in order if counts[k] >= threshold] or order[:1]
        taken.update(keep)
        chosen[role] = [first[k] for k in keep]
    return chosen["source"], chosen["target"]
