"""dateline: dated news articles in, political event data out.

Public API::

    import dateline
    doc = dateline.extract(text, date="2017-02-08")       # one AnnotatedArticle
    store = dateline.open_store("dateline.db")
    store.events(plover_type="ASSAULT")                     # a pandas DataFrame
"""

from dateline.version import __version__
from dateline.api.python import extract, extract_articles, ingest, open_store
from dateline.pipeline import Pipeline

__all__ = ["__version__", "extract", "extract_articles", "ingest", "open_store", "Pipeline"]
