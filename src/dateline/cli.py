"""The ``dateline`` command line: a thin layer over the Python API (``dateline.api.python``).

Each command calls one public function; library errors (``DatelineError``) become one line
``Error: <coded message>`` on stderr with exit status 1, never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, TypeVar

import click

from dateline.cli_help import example

from dateline.errors import DatelineError, UsageError
from dateline.ingest import DEFAULT_MAX_BYTES, read_records
from dateline.model import AnnotatedArticle, Article, RecordError
from dateline.version import __version__

F = TypeVar("F", bound=Callable[..., Any])

EVENT_FORMATS = ("table", "csv", "jsonl")
EXPORT_FORMATS = ("csv", "jsonl", "parquet")
EXPORT_PROFILES = ("gdelt-events", "gdelt-mentions", "polecat", "acled")  # docs/exports.md


class DatelineGroup(click.Group):
    """Turns the library's coded errors into ``Error: ...`` and exit 1 (click.ClickException does both)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from None


# --- option sets, written once -------------------------------------------------------------------

def input_options(func: F) -> F:
    """Options shared by the commands that read articles (extract, ingest)."""
    decorators = [
        click.argument("inputs", nargs=-1, metavar="FILE...", type=click.Path(allow_dash=True)),
        click.option("--date", metavar="YYYY-MM-DD", default=None,
                     help="Publication date for records that carry none (no `date` field or header)."),
        click.option("--actors", "actor_files", metavar="FILE", multiple=True,
                     type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor dictionary (YAML, CSV or TSV) to use on top of the built-in one; repeatable."),
        click.option("--max-bytes", type=int, default=None, metavar="N",
                     help=f"Largest record read, in bytes; bigger ones are reported as E106. "
                          f"[default: {DEFAULT_MAX_BYTES}]"),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def db_option(func: F) -> F:
    return click.option("--db", default="dateline.db", show_default=True, type=click.Path(dir_okay=False),
                        help="The store (an SQLite file).")(func)


def filter_options(func: F) -> F:
    """The event filters of ``Store.events``, shared by events and export."""
    decorators = [
        click.option("--start", metavar="DATE", help="Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--end", metavar="DATE", help="Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--actor", metavar="CODE", help="Actor code or knowledge-base id on either side (e.g. TURGOV)."),
        click.option("--country", metavar="ISO3", help="Actor country on either side (e.g. TUR)."),
        click.option("--type", "plover_type", metavar="PLOVER", help="PLOVER event type (e.g. ASSAULT)."),
        click.option("--cameo-root", metavar="NN", help="CAMEO root code, two digits (e.g. 19)."),
        click.option("--event-country", metavar="ISO3", help="Country where the event took place."),
        click.option("--query", metavar="TEXT", help="Full-text search over the articles behind each event."),
        click.option("--limit", type=click.IntRange(min=1), metavar="N", help="At most N events."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func




# --- commands -------------------------------------------------------------------------------------

@click.group(cls=DatelineGroup, epilog=example("dateline extract examples/2017-02-08-ankara.txt"),
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def cli() -> None:
    """dateline: dated news articles in, political event data out."""


@cli.command(epilog=example("dateline extract examples/2017-02-08-ankara.txt",
                           "dateline extract news.jsonl --format table",
                           "cat story.txt | dateline extract - --date 2017-02-08"))
@input_options
@click.option("--format", "fmt", type=click.Choice(("jsonl", "table")), default="jsonl", show_default=True,
              help="jsonl: one contract object per record; table: the events of each article, readable.")
def extract(inputs: tuple[str, ...], date: str | None, actor_files: tuple[str, ...], max_bytes: int | None,
            fmt: str) -> None:
    """Annotate articles and write one JSON object per input record to stdout, in input order.

    FILE may be a text, JSONL or CSV file, a folder (read recursively), or - for stdin. Bad records
    are written as {"error": {"code", "message"}} objects; the exit status is 1 only when no record
    could be read.

    """
    from dateline.api.python import default_pipeline

    records = read_records(_inputs(inputs), date=date, max_bytes=_max_bytes(max_bytes, DEFAULT_MAX_BYTES),
                           stdin=click.get_binary_stream("stdin"))
    results = run_lazily(records, lambda: default_pipeline(tuple(actor_files)).run)
    write = write_table if fmt == "table" else write_json
    total = good = 0
    for result in results:
        total += 1
        good += isinstance(result, AnnotatedArticle)
        write(result)
    if not good:
        raise UsageError("E304", count=total)


@cli.command(epilog=example("dateline ingest news/ --db events.db",
                           "dateline ingest news.jsonl --db events.db --date 2017-02-08 --quiet",
                           "dateline ingest news/ --db events.db --workers 2"))
@input_options
@db_option
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Records per transaction: a killed run keeps every finished batch.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that annotate in parallel (one per core); the store gets the same rows.")
def ingest(inputs: tuple[str, ...], date: str | None, actor_files: tuple[str, ...], max_bytes: int | None,
           db: str, batch_size: int, quiet: bool, workers: int) -> None:
    """Annotate articles and add them, with their events, to the store.

    Articles already stored (same content) are skipped before analysis, so re-running a killed
    ingest finishes the rest. Bad records are kept in the store's quarantine table.

    """
    from dateline.api.python import ingest as ingest_inputs

    limit = _max_bytes(max_bytes, None)
    progress = not quiet and sys.stderr.isatty()
    report = ingest_inputs(_inputs(inputs), db=db, date=date, max_bytes=limit, batch_size=batch_size,
                           progress=progress, actor_files=actor_files, workers=workers)
    if not quiet:
        click.echo(f"{report.articles_added} article(s) added, {report.articles_skipped} skipped (already stored), "
                   f"{report.quarantined} quarantined, {report.events_added} event(s) added to {db}"
                   f" ({report.events_merged} joined an existing event)", err=True)


@cli.group(invoke_without_command=True,
           epilog=example("dateline events --db events.db --type ASSAULT --country TUR --start 2017-01",
                          "dateline events show 4c5e8a9bd565b5d2 --db events.db"))
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="table", show_default=True,
              help="table: readable columns; csv: tidy CSV; jsonl: one row object per line.")
@click.pass_context
def events(ctx: click.Context, db: str, fmt: str, limit: int | None, **filters: str | None) -> None:
    """Print the store's canonical events, filtered, in (date, event_id) order.

    `dateline events show ID` explains one event: its mentions and why they were merged.
    """
    if ctx.invoked_subcommand is not None:
        return
    from dateline.api.python import open_store

    with open_store(db, readonly=True) as store:
        frame = store.events(limit=limit, **filters)
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "jsonl":
        for row in frame.to_dict(orient="records"):
            click.echo(json.dumps({key: _json_value(value) for key, value in row.items()}, ensure_ascii=False))
    elif frame.empty:
        click.echo("No events.", err=True)
    else:
        click.echo(event_table(frame))


# The columns of `dateline events --format table`: enough to read an event on one line; csv and
# jsonl carry all of them.
TABLE_COLUMNS = ("event_id", "date", "plover_type", "cameo_code", "source_code", "target_code", "location_name",
                 "factuality", "fatalities", "trigger")


def event_table(frame: Any) -> str:
    import pandas as pd

    shown = frame[[name for name in TABLE_COLUMNS if name in frame.columns]].astype(object)
    shown = shown.where(pd.notna(shown), "-")
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 250,
                           "display.max_colwidth", 30):
        return shown.to_string(index=False)


@cli.command(epilog=example("dateline export --db events.db --format jsonl -o events.jsonl",
                           "dateline export --db events.db --format parquet -o assaults.parquet --type ASSAULT",
                           "dateline export --db events.db --format gdelt-mentions -o mentions.tsv"))
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS + EXPORT_PROFILES), required=True,
              help="csv and parquet: one tidy row per event; jsonl: the contract's canonical event objects; "
                   "gdelt-events, gdelt-mentions, polecat, acled: those datasets' columns (docs/exports.md).")
@click.option("--output", "-o", "out", default="-", show_default=True, metavar="OUT|-",
              help="Output file, or - for stdout (not for parquet).")
@click.option("--header/--no-header", default=None,
              help="Column-name row for the profiles (default: none for gdelt-*, one for polecat and acled).")
@filter_options
def export(db: str, fmt: str, out: str, limit: int | None, header: bool | None, **filters: str | None) -> None:
    """Write the store's canonical events (filtered like `events`) as CSV, JSONL, Parquet or a dataset profile.

    """
    from dateline.api.python import open_store
    from dateline.export import write_events

    with open_store(db, readonly=True) as store:
        count = write_events(store, fmt, out, limit=limit, header=header, **filters)
    if out != "-":
        click.echo(f"{count} {'row' if fmt in EXPORT_PROFILES else 'event'}(s) written to {out}", err=True)


# --- helpers --------------------------------------------------------------------------------------

def _inputs(inputs: tuple[str, ...]) -> list[str]:
    if not inputs:
        raise UsageError("E301")
    return list(inputs)


def _max_bytes(value: int | None, default: int | None) -> int | None:
    if value is None:
        return default
    if value < 1:
        raise UsageError("E307", value=value)
    return value


Record = Article | RecordError
Result = AnnotatedArticle | RecordError
Runner = Callable[[Iterable[Record]], Iterable[Result]]  # the shape of Pipeline.run


def run_lazily(records: Iterable[Record], make_runner: Callable[[], Runner]) -> Iterator[Result]:
    """Pass errors through until the first good article, and only then load the language model.

    Why: an input with no readable record (a typo'd path, a binary file) should fail in a blink,
    not after a second of model loading.
    """
    iterator = iter(records)
    for record in iterator:
        if isinstance(record, RecordError):
            yield record
            continue
        yield from make_runner()(chain([record], iterator))
        return


def write_json(result: Result) -> None:
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False))


def write_table(result: Result) -> None:
    """The events of one article as aligned columns (``--format table``)."""
    if isinstance(result, RecordError):
        click.echo(f"== {result.origin or result.doc_id}: {result.message}\n")
        return
    article = result.article
    where = f"  ({article.origin})" if article.origin else ""
    click.echo(f"== {article.doc_id}  {article.date}  {article.dateline or ''}{where}  {len(result.events)} event(s)")
    rows = [event_row(result, event) for event in result.events]
    if rows:
        header = ("type", "cameo", "source -> target", "date", "place", "factuality", "trigger")
        widths = [min(40, max(len(str(r[i])) for r in [header, *rows])) for i in range(len(header))]
        for row in [header, *rows]:
            click.echo("  ".join(_clip(str(cell), width).ljust(width) for cell, width in zip(row, widths)).rstrip())
    click.echo("")


def event_row(result: AnnotatedArticle, event: Any) -> tuple[str, ...]:
    def names(actors: list[Any]) -> str:
        return ", ".join(a.code or a.name for a in actors) or "-"

    place = event.location.place.name if event.location else "-"
    date = event.date.value if event.date else "-"
    return (event.plover.type, event.cameo.code, f"{names(event.source)} -> {names(event.target)}", date, place,
            event.factuality, event.trigger.text)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _json_value(value: Any) -> Any:
    """A pandas cell as plain JSON: missing values (NaN, NA) as null, numpy scalars as numbers."""
    import pandas as pd

    if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _register_stage_commands() -> None:
    """Commands whose code lives with their stage (serve: api.rest; run, load: scale; eval: evaluate;
    actors: actors; events show: dedup)."""
    from dateline.actors.cli_commands import actors_group
    from dateline.api.rest.cli_serve import serve
    from dateline.dedup.cli_commands import show
    from dateline.evaluate.cli_commands import eval_group
    from dateline.scale.cli_commands import load, run

    for command in (serve, run, load, eval_group, actors_group):
        cli.add_command(command)
    events.add_command(show)


_register_stage_commands()


def main() -> None:
    """The ``dateline`` console script."""
    try:
        cli(prog_name="dateline")
    except BrokenPipeError:
        # The reader went away (`dateline extract ... | head`): stop quietly, as Unix tools do. Point
        # stdout at devnull so that the interpreter's final flush cannot raise a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)


__all__ = ["cli", "main"]
