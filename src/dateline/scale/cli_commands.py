"""``dateline run`` and ``dateline load``: the distributed engine on the command line.

Registered in ``dateline.cli`` with ``cli.add_command(run)`` and ``cli.add_command(load)``; coded
errors (``DatelineError``) become ``Error: ...`` there, like every other command.
"""

from __future__ import annotations

import sys

import click

from dateline.cli_help import example
from dateline.errors import UsageError


@click.command(epilog=example(
    "dateline run --engine dask --scheduler tcp://10.0.0.5:8786 news/ --out /shared/run1",
    "dateline run --engine dask news.jsonl --out run1   # a local cluster, one worker per core"))
@click.argument("inputs", nargs=-1, metavar="INPUT...", type=click.Path(allow_dash=True))
@click.option("--engine", type=click.Choice(("dask",)), default="dask", show_default=True,
              help="The distributed engine.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler address (tcp://HOST:8786). Without it, a local cluster is started.")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Output folder, writable by every worker: OUT/{articles,events,mentions,quarantine}/month=YYYY-MM/.")
@click.option("--date", metavar="YYYY-MM-DD", default=None,
              help="Publication date for records that carry none.")
@click.option("--actors", "actor_files", metavar="FILE", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary (YAML, CSV or TSV), readable by every worker at the same path; repeatable.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Largest record read, in bytes; bigger ones are quarantined (E106).")
@click.option("--partition-size", type=click.IntRange(min=1), default=256, show_default=True,
              help="Records per task sent to a worker.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local cluster (no --scheduler). [default: one per core]")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
def run(inputs: tuple[str, ...], engine: str, scheduler: str | None, out: str, date: str | None,
        actor_files: tuple[str, ...], max_bytes: int | None, partition_size: int, workers: int | None,
        quiet: bool) -> None:
    """Annotate INPUT... on a Dask cluster and write partitioned Parquet to --out.

    INPUT is read by this process (files, folders, - for stdin) and sent to the workers in
    partitions; each worker writes its partition's files under --out, named after their content, so
    re-running rewrites the same files. Merge the result into a store with `dateline load`.

    """
    from dateline.scale.dask_engine import run_dask

    if not inputs:
        raise UsageError("E301")
    report = run_dask(list(inputs), scheduler=scheduler, out=out, date=date, partition_size=partition_size,
                      actor_files=actor_files, max_bytes=max_bytes, workers=workers,
                      progress=not quiet and sys.stderr.isatty())
    if not quiet:
        click.echo(f"{report.articles} article(s), {report.events} event(s), {report.quarantined} quarantined, "
                   f"{report.partitions} partition(s) ({report.failed_partitions} redone) written to {out}", err=True)


@click.command(epilog=example("dateline load /shared/run1 --db events.db"))
@click.argument("folder", metavar="DIR", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="dateline.db", show_default=True, type=click.Path(dir_okay=False),
              help="The store (an SQLite file).")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per transaction: a killed load keeps every finished batch.")
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
def load(folder: str, db: str, batch_size: int, quiet: bool) -> None:
    """Merge the Parquet output of `dateline run` (DIR) into the store, idempotently.

    Articles already in the store (same content) are skipped, so loading twice, or again after a
    kill, stores each article once.

    """
    from dateline.scale.load import load_parquet

    report = load_parquet(folder, db, batch_size=batch_size)
    if not quiet:
        click.echo(f"{report.articles_added} article(s) added, {report.articles_skipped} skipped (already stored), "
                   f"{report.quarantined} quarantined, {report.events_added} event(s) added to {db}", err=True)
