"""The Dask engine on a local two-process cluster: partitioned Parquet, idempotent files and load."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import dateline
from dateline.scale import load_parquet, run_dask
from scale_helpers import table_rows

distributed = pytest.importorskip("distributed")

TEXTS = [
    ("2021-01-11", "Police fired tear gas at protesters in Nairobi on Monday."),
    ("2021-01-20", "Rebels attacked an army base near Goma, killing five soldiers, officials said."),
    ("2021-02-03", "The two sides signed a ceasefire agreement in Doha on Sunday."),
    ("2021-02-14", "Protesters marched in Caracas against President Nicolas Maduro on Saturday."),
    ("2021-03-01", "Turkish jets struck Kurdish militant targets in northern Iraq, the army said."),
]


def write_corpus(path: Path) -> Path:
    lines = [json.dumps({"id": f"k{i}", "date": d, "text": t}) for i, (d, t) in enumerate(TEXTS)]
    lines.insert(2, json.dumps({"id": "nodate", "text": "Undated text."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        yield local


def parquet_files(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*.parquet"))


def test_dask_run_writes_monthly_parquet_and_load_matches_ingest(tmp_path, cluster, pipeline):
    corpus = write_corpus(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    report = run_dask([corpus], scheduler=cluster.scheduler_address, out=out, partition_size=2)
    assert (report.partitions, report.articles, report.quarantined, report.failed_partitions) == (3, 5, 1, 0)

    files = parquet_files(out)
    months = {Path(f).parts[1] for f in files if f.startswith("articles/")}
    assert months == {"month=2021-01", "month=2021-02", "month=2021-03"}
    assert any(f.startswith("quarantine/month=undated/part-") for f in files)
    assert not list(out.rglob("*.tmp"))
    articles = pq.read_table(out / "articles").to_pandas()
    assert sorted(articles["doc_id"]) == [f"k{i}" for i in range(5)]
    assert set(articles["month"].astype(str)) == {"2021-01", "2021-02", "2021-03"}  # hive partition column

    # Re-running rewrites the same files: names come from the content, not from the run.
    again = run_dask([corpus], scheduler=cluster.scheduler_address, out=out, partition_size=2)
    assert again.articles == 5 and parquet_files(out) == files

    db, reference = tmp_path / "loaded.db", tmp_path / "ingested.db"
    first = load_parquet(out, db)
    assert (first.articles_added, first.quarantined) == (5, 1)
    second = load_parquet(out, db)
    assert (second.articles_added, second.articles_skipped) == (0, 5)
    dateline.ingest([corpus], db=reference)
    for table in ("articles", "events", "event_actors", "mentions", "quarantine"):
        assert table_rows(db, table, skip={"id"}) == table_rows(reference, table, skip={"id"}), table


class ExplodingPipeline:
    """Fails a whole partition whenever one of its articles says "boom" (as a worker crash would)."""

    def run(self, records):
        from scale_helpers import StubPipeline

        if any("boom" in getattr(r, "text", "") for r in records):
            raise RuntimeError("native crash")
        return StubPipeline().run(records)


def test_failed_partition_is_redone_record_by_record_and_only_the_culprit_quarantined(tmp_path, monkeypatch):
    import dateline.scale.dask_engine as engine

    monkeypatch.setattr(engine, "_pipeline", lambda files: ExplodingPipeline())
    corpus = tmp_path / "c.jsonl"
    texts = ["Calm day in Lima.", "A boom was heard.", "Talks in Oslo.", "Rain in Quito."]
    corpus.write_text("\n".join(json.dumps({"id": f"b{i}", "date": "2020-05-0" + str(i + 1), "text": t})
                                for i, t in enumerate(texts)) + "\n", encoding="utf-8")
    # In-process workers (threads): they see the patched pipeline.
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as local:
        report = run_dask([corpus], scheduler=local.scheduler_address, out=tmp_path / "out", partition_size=4)
    assert (report.failed_partitions, report.articles, report.quarantined) == (1, 3, 1)
    quarantine = pq.read_table(tmp_path / "out" / "quarantine").to_pandas()
    assert list(quarantine["doc_id"]) == ["b1"] and list(quarantine["code"]) == ["E114"]
    assert list(quarantine["month"].astype(str)) == ["2020-05"]  # an analysed article keeps its month
