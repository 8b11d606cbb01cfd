"""Shared fixtures. Tests never read ../shared: everything they need is in the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SAMPLE = EXAMPLES / "2017-02-08-ankara.txt"


@pytest.fixture(scope="session")
def pipeline():
    from dateline.api.python import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample(pipeline, sample_text):
    """The bundled sample article, annotated by the whole pipeline (once per test session)."""
    import dateline

    return dateline.extract(sample_text)


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The loaded English pipeline with dateline's components."""
    return pipeline.language


@pytest.fixture(scope="session")
def events_1987(pipeline):
    """The events the whole pipeline finds in one text dated 1987-04-01 (Reuters-21578's year)."""
    from dateline.model import Article

    def run(text: str):
        [out] = list(pipeline.run([Article(doc_id="t", date="1987-04-01", text=text, origin="test:t")]))
        return out.events
    return run


def find_span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of needle in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


@pytest.fixture(scope="session")
def benchmark_script():
    """``benchmark_script(name)``: the module ``benchmarks/<name>.py``, loaded from its file (the
    benchmarks are scripts, not a package)."""
    import importlib.util

    def load(name: str):
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load
