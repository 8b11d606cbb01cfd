"""``dateline actors``: look up, list and import actor dictionaries. Registered in ``dateline.cli``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dateline.cli_help import example

_ACTORS_OPTION = click.option(
    "--actors", "actor_files", metavar="FILE", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra actor dictionary (YAML, CSV or TSV) merged over the built-in one; repeatable.")


@click.group("actors", epilog=example("dateline actors lookup Erdogan --date 2016-07-15"),
             context_settings={"help_option_names": ["-h", "--help"]})
def actors_group() -> None:
    """Ask the actor knowledge base who a name is on a date, list a country's actors, import dictionaries."""


@actors_group.command("lookup", epilog=example("dateline actors lookup 'Tayyip Erdoğan' --date 2016-07-15",
                                               "dateline actors lookup Obama --date 2019-05-01 --json"))
@click.argument("name")
@click.option("--date", required=True, metavar="YYYY-MM-DD", help="The date the name is read on (the article date).")
@_ACTORS_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the answer as one JSON object.")
def lookup(name: str, date: str, actor_files: tuple[str, ...], as_json: bool) -> None:
    """The code NAME gets on a date, and why: the KB entry, the alias matched after folding, the role
    held then (or the elite/former code when out of office), or a country, capital or nominal reading.
    """
    from dateline.actors.explain import lookup_actor

    found = lookup_actor(name, date, actor_files=actor_files)
    if as_json:
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{found.query} on {found.date}: {found.code or 'no code'}"
               + (f" ({found.actor.type}, {found.actor.name})" if found.actor else ""))
    for line in found.why:
        click.echo(f"  - {line}")


@actors_group.command("list", epilog=example("dateline actors list --country TUR --type person --date 2016-07-15"))
@click.option("--country", required=True, metavar="ISO3", help="ISO 3166-1 alpha-3 code, e.g. TUR.")
@click.option("--type", "kind", type=click.Choice(["person", "organization", "group", "country"]), default=None,
              help="Only entries of this type.")
@click.option("--date", default=None, metavar="YYYY-MM-DD",
              help="Only people in a role for the country and organisations existing on that date.")
@_ACTORS_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the entries as a JSON list.")
def list_command(country: str, kind: str | None, date: str | None, actor_files: tuple[str, ...], as_json: bool) -> None:
    """The knowledge-base entries of one country, as a readable table or JSON."""
    from dateline.actors.explain import list_actors

    rows = list_actors(country, kind=kind, date=date, actor_files=actor_files)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    table = [("CODE", "TYPE", "NAME", "ID", "ROLES" if date is None else "ROLE ON " + date)]
    for row in rows:
        if date is None:
            roles = "; ".join(f"{r['code']} {r['start'] or '...'}..{r['end'] or ''}" for r in row.roles)
        else:
            roles = next((f"{r['title']} {r['start'] or '...'}..{r['end'] or ''}" for r in row.roles
                          if (r["start"] or "") <= date and (r["end"] is None or date < r["end"])), "")
        table.append((row.code or "-", row.type, row.name, row.kb_id, roles))
    widths = [max(len(r[i]) for r in table) for i in range(4)]
    for r in table:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(r[:4], widths)) + "  " + r[4])
    click.echo(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}", err=True)


@actors_group.command("import", epilog=example("dateline actors import Phoenix.Countries.actors.txt -o my_actors.yaml",
                                               "dateline extract article.txt --actors my_actors.yaml"))
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The YAML user dictionary to write (loads with --actors).")
@click.option("--type", "kind", type=click.Choice(["auto", "person", "organization"]), default="auto", show_default=True,
              help="auto: actors with dated codes are people, others organisations; person: every actor is a person.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary and warnings as JSON.")
def import_command(files: tuple[Path, ...], out: Path, kind: str, as_json: bool) -> None:
    """Convert PETRARCH/TABARI actor dictionaries (NAME_ [CODE], +SYNONYM, [CODE >YYMMDD]) to a
    user dictionary. Lines that cannot be read are reported with their code and line number (on
    stderr) and counted in the summary; the rest is imported.
    """
    from dateline.actors.petrarch import import_petrarch, write_user_dictionary

    result = import_petrarch(files, kind=kind)
    write_user_dictionary(result.records, out, sources=[f.name for f in files])
    summary = result.summary()
    if as_json:
        click.echo(json.dumps({"output": str(out), **summary, "warning_list": [w.to_dict() for w in result.warnings]},
                              ensure_ascii=False, indent=2))
        return
    for warning in result.warnings:
        click.echo(f"warning {warning.message}", err=True)
    click.echo(f"wrote {out}: {summary['entries']} entries ({summary['people']} people, {summary['organizations']} "
               f"organisations, {summary['countries']} countries), {summary['aliases']} aliases, {summary['roles']} roles "
               f"from {summary['lines']} lines; {summary['warnings']} warning(s)"
               + (f" {summary['warnings_by_code']}" if summary["warnings"] else ""))
