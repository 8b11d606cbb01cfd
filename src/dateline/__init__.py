"""dateline: dated news articles in, political event data out.

Public API::

    import dateline
    doc = dateline.extract(text, date="2017-02-08")       # one AnnotatedArticle
    store = dateline.open_store("dateline.db")
    store.events(plover_type="ASSAULT")                     # a pandas DataFrame

The names are imported on first use, so ``import dateline`` stays light (no spaCy, pandas or
pyarrow until a function that needs them is called).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

import dateline.ingest  # noqa: F401 - loaded first so that the `ingest` function below wins the name
from dateline.version import __version__

_PUBLIC = {
    "extract": "dateline.api.python",
    "extract_articles": "dateline.api.python",
    "open_store": "dateline.api.python",
    "Pipeline": "dateline.pipeline",
}

__all__ = ["__version__", "ingest", *_PUBLIC]


def ingest(*args: Any, **kwargs: Any) -> Any:
    """Read, annotate and store articles: ``dateline.api.python.ingest`` (see docs/python-api.md).

    The name is shared with the ``dateline.ingest`` subpackage (the readers); import those as
    ``from dateline.ingest import read_records``.
    """
    from dateline.api.python import ingest as run_ingest

    return run_ingest(*args, **kwargs)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        value = getattr(import_module(_PUBLIC[name]), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")
