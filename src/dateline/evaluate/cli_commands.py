"""``dateline eval``: score a stage on public gold data. Registered in ``dateline.cli``.

Each subcommand prints one JSON object of scores on stdout, the form recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from dateline.cli_help import example


@click.group("eval", epilog=example("dateline eval time ../shared/gold/tempeval3/TBAQ-cleaned"),
             context_settings={"help_option_names": ["-h", "--help"]})
def eval_group() -> None:
    """Score dateline's stages on gold data (TimeML, geoparsing JSONL, ECB+) and print the scores as JSON."""


@eval_group.command("time", epilog=example("dateline eval time ../shared/gold/tempeval3/TBAQ-cleaned"))
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write every miss, extra and span/value mismatch with its context to this TSV file.")
def eval_time(folder: Path, errors_file: Path | None) -> None:
    """Time expressions against every .tml file under FOLDER (TempEval-3 measures).

    Strict and relaxed span precision/recall/F1, type and value accuracy, and value F1 (relaxed span
    match with the right value).
    """
    from dateline.evaluate.time import evaluate_timeml

    click.echo(json.dumps(evaluate_timeml(folder, errors_to=errors_file), indent=2))


@eval_group.command("geo", epilog=example("dateline eval geo ../shared/gold/geoparsing/geovirus.jsonl"))
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
def eval_geo(path: Path, limit: int | None) -> None:
    """Toponym recognition (P/R/F1) and resolution (accuracy at 161 km, mean error) on a JSONL file.

    Each line: {"text": ..., "toponyms": [{"start", "end", "lat", "lon"}, ...]}. Resolution is also
    scored with the gold spans given, to separate the two errors.
    """
    from dateline.evaluate.geo import evaluate_geo

    click.echo(json.dumps(evaluate_geo(path, limit=limit), indent=2))


@eval_group.command("dedup", epilog=example("dateline eval dedup ../shared/gold/ecbplus"))
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--topics", default="1-35", show_default=True, metavar="A-B",
              help="ECB+ topics to score, as a range A-B (topics 36-45 are the held-out test split).")
@click.option("--dates", type=click.Choice(("anchored", "all")), default="anchored", show_default=True,
              help="anchored: keep only event dates whose expression writes the year (ECB+ has no "
                   "publication dates); all: keep every resolved date.")
def eval_dedup(folder: Path, topics: str, dates: str) -> None:
    """Cross-document event coreference on ECB+ (FOLDER holds ECB+/ and ECBplus_coreference_sentences.csv).

    Runs dateline on every document, clusters all of them in one fresh store, aligns dateline's
    mentions to gold event mentions by token overlap, and prints MUC, B-cubed, CEAF-e, CoNLL F1,
    mention recall and two baselines.
    """
    from dateline.evaluate.dedup import evaluate_dedup, parse_topics

    click.echo(json.dumps(evaluate_dedup(folder, parse_topics(topics), dates=dates), indent=2))


@eval_group.command("events", epilog=example(
    "dateline eval events ../shared/gold/conflibert_data/cameo_class/train.tsv --limit 200"))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N texts of each file.")
@click.option("--markdown", is_flag=True, help="Print Markdown tables (for docs/benchmarks.md) instead of JSON.")
@click.option("--errors", "errors_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every wrongly coded text with the events found to this JSONL file.")
@click.option("--no-headlines", "no_headlines", is_flag=True,
              help="Leave out the gold files' headlines (NGEC), so salience reads the story body only.")
def eval_events(paths: tuple[Path, ...], limit: int | None, markdown: bool, errors_out: Path | None,
                no_headlines: bool) -> None:
    """Event coding accuracy on NGEC synthetic CSV (PLOVER type per story), ConfliBERT cameo_class
    TSV (five CAMEO classes) or PETRARCH GSR JSONL (CAMEO root and code), format told from each file.

    Each text is coded by its main event (the event the events stage flags is_root_event, see
    "Salience" in docs/pipeline.md); a text with no event counts as wrong. Prints accuracy,
    per-class precision/recall/F1, the confusion matrix and coverage per file.
    """
    from dateline.evaluate.events import evaluate_events, to_markdown

    results = evaluate_events(paths, limit=limit, errors_out=errors_out, headlines=not no_headlines)
    click.echo(to_markdown(results) if markdown else json.dumps(results, indent=2))


@eval_group.command("actors", epilog=example("dateline eval actors ../shared/gold/petrarch_validation/petr2_gsr_validation.jsonl"))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N sentences of each file.")
@click.option("--date", default="2010-01-01", show_default=True, help="Article date for files that give none (cameo_ner, CoNLL).")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write every missed and extra cameo_ner span (phrase extents) with its sentence to this TSV file.")
def eval_actors(paths: tuple[Path, ...], limit: int | None, date: str, errors_file: Path | None) -> None:
    """Actor codes (PETR-2 JSONL), source/target spans (cameo_ner BIO) and NER (CoNLL-2003) of PATHS.

    The format of each file is recognised by its content. PETR-2: country and country+sector
    accuracy of the source and target codes; cameo_ner: span P/R/F1 with the role; CoNLL-2003: NER
    F1 of bare spaCy and of spaCy with dateline's entity fixer, in the same run.
    """
    from dateline.evaluate.actors import evaluate_actors

    click.echo(json.dumps(evaluate_actors(paths, limit=limit, date=date, errors_to=errors_file), indent=2))
