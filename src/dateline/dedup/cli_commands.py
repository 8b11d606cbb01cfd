"""``dateline events show ID``: one canonical event, every mention behind it, and why they were merged.

Registered under the ``events`` group in ``dateline.cli`` (``dateline events`` alone still lists events).
"""

from __future__ import annotations

import json
from typing import Any

import click

from dateline.cli_help import example


@click.command("show", epilog=example("dateline events show 4c5e8a9bd565b5d2 --db events.db",
                                      "dateline events show 4c5e8a9bd565b5d2 --db events.db --format json"))
@click.argument("event_id")
@click.option("--db", default="dateline.db", show_default=True, type=click.Path(dir_okay=False),
              help="The store (an SQLite file).")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
              help="text: readable report; json: Store.explain_event() as one object.")
def show(event_id: str, db: str, fmt: str) -> None:
    """Explain one canonical event: its fields and why, each article's mentions with outlet and evidence
    sentence, and the features and scores that merged each report into the event.
    """
    from dateline.store import open_store

    with open_store(db, readonly=True) as store:
        explanation = store.explain_event(event_id)
    if fmt == "json":
        click.echo(json.dumps(explanation, ensure_ascii=False, indent=2))
    else:
        click.echo(render(explanation))


def render(explanation: dict[str, Any]) -> str:
    event = explanation["event"]
    date = event.get("date") or {}
    place = ((event.get("location") or {}).get("place") or {}).get("name")
    lines = [
        f"Event {event['event_id']}: {event['plover']['type']} (CAMEO {event['cameo']['code']}), "
        f"{date.get('value', 'undated')} ({date.get('precision', '-')}, {date.get('basis', '-')})"
        + (f", {place}" if place else ""),
        f"  source: {_actors(event.get('source'))}   target: {_actors(event.get('target'))}   "
        f"fatalities: {_dash(event.get('fatalities'))}   injured: {_dash(event.get('injured'))}",
        f"  {event.get('num_mentions')} mention(s) in {event.get('num_articles')} article(s) from "
        f"{event.get('num_sources')} source(s)",
    ]
    if explanation["fields"]:
        lines.append("Canonical fields (weight of evidence):")
        lines += [f"  {name}: {why}" for name, why in explanation["fields"].items()]
    lines.append("Reports, in order of arrival:")
    for number, report in enumerate(explanation["reports"], 1):
        lines.append(f"  [{number}] {report['doc_id']}  published {report['published']}  "
                     f"{report['source_outlet'] or '-'}  {json.dumps(report['title'] or '', ensure_ascii=False)}")
        lines.append(f"      {_decision(report['decision'])}")
        rdate = report.get("date") or {}
        rplace = ((report.get("location") or {}).get("place") or {}).get("name")
        lines.append(f"      as reported: {rdate.get('value', 'undated')} ({rdate.get('basis', '-')}), "
                     f"{rplace or 'no place'}, {', '.join(report['source']) or '-'} -> "
                     f"{', '.join(report['target']) or '-'}, fatalities {_dash(report.get('fatalities'))}")
        for mention in report["mentions"]:
            evidence = " ".join(mention["evidence"].split())
            lines.append(f"      mention (sentence {mention['sentence']}, {mention['start']}-{mention['end']}, "
                         f"trigger \"{mention['trigger']['text']}\"): {evidence}")
    return "\n".join(lines)


def _decision(decision: dict[str, Any]) -> str:
    considered = f"{decision.get('candidates', 0)} candidate(s) considered"
    rejected = "; ".join(f"{event_id}: {why}" for event_id, why in (decision.get("rejected") or {}).items())
    tail = f"; rejected {rejected}" if rejected else ""
    if decision.get("action") == "attached":
        features = decision.get("features", {})
        parts = []
        for name in ("actors", "date", "place", "fatalities"):
            if name in features:
                feature = features[name]
                extra = f" {feature['shared']}" if feature.get("shared") else ""
                parts.append(f"{name}: {feature['relation']}{extra}")
        return f"attached (score {decision.get('score')}; {considered}): " + ", ".join(parts) + tail
    note = f" ({decision['note']})" if decision.get("note") else ""
    return f"started this event{note} ({considered}){tail}"


def _actors(actors: list[dict[str, Any]] | None) -> str:
    return ", ".join(f"{a.get('name')} [{a.get('code') or '-'}]" for a in actors or []) or "-"


def _dash(value: Any) -> str:
    return "-" if value is None else str(value)
