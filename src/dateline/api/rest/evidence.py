"""The evidence view of an event: its sentence, with who, what, when and where marked.

Offsets in the response are relative to the evidence text, so a client can cut it into plain-text
pieces without knowing the article. Actor spans come from the article's actor mentions that fall
inside the evidence and resolve to one of the event's source or target actors.
"""

from __future__ import annotations

from typing import Any

Role = str  # source | target | trigger | time | place | attribution


def _same_actor(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("kb_id") and a.get("kb_id") == b.get("kb_id"):
        return True
    if a.get("name") and a.get("name") == b.get("name") and a.get("code") == b.get("code"):
        return True
    return False


def _inside(span: dict[str, Any] | None, start: int, end: int) -> bool:
    return bool(span) and start <= int(span["start"]) and int(span["end"]) <= end and span["end"] > span["start"]


def evidence_view(event: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """``{doc_id, start, end, text, highlights: [{role, start, end, text}]}`` for the event's own evidence."""
    text: str = article.get("text") or ""
    start, end = int(event.get("start") or 0), int(event.get("end") or 0)
    if not 0 <= start < end <= len(text):
        start, end = 0, len(text)
    marks: list[dict[str, Any]] = []

    def mark(role: Role, span: dict[str, Any] | None, label: str | None = None) -> None:
        if _inside(span, start, end):
            s, e = int(span["start"]) - start, int(span["end"]) - start  # type: ignore[index]
            marks.append({"role": role, "start": s, "end": e, "text": text[start + s:start + e], "label": label})

    mark("trigger", event.get("trigger"), (event.get("plover") or {}).get("type"))
    date = event.get("date") or {}
    mark("time", date.get("time"), date.get("value"))
    location = event.get("location") or {}
    mark("place", location.get("span"), (location.get("place") or {}).get("name"))
    for role in ("source", "target"):
        for actor in event.get(role) or []:
            for mention in article.get("actors") or []:
                if _same_actor(mention.get("actor") or {}, actor):
                    mark(role, mention, actor.get("code") or actor.get("name"))
    speaker = event.get("attributed_to")
    if speaker:
        for attribution in article.get("attributions") or []:
            if attribution.get("speaker") and _same_actor(attribution["speaker"], speaker):
                mark("attribution", attribution.get("source"), speaker.get("name"))
    # Overlapping marks (an actor inside a place name) are kept: the client nests or skips them.
    marks.sort(key=lambda m: (m["start"], -m["end"]))
    unique: list[dict[str, Any]] = []
    for m in marks:
        if not any(u["start"] == m["start"] and u["end"] == m["end"] and u["role"] == m["role"] for u in unique):
            unique.append(m)
    return {"doc_id": article.get("doc_id"), "start": start, "end": end, "text": text[start:end], "highlights": unique}
