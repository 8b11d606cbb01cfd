"""Ingest: files, folders and stdin in, a stream of ``Article | RecordError`` out, in input order.

    from dateline.ingest import read_records
    for record in read_records(["news.jsonl", "more/"], date="2017-02-08"):
        ...

Formats are chosen by extension (``.jsonl``/``.ndjson``/``.json`` JSON lines, ``.csv``, anything
else one plain-text article); ``-`` is stdin, sniffed. Bad records become coded ``RecordError``s
(E1xx) and the run goes on.
"""

from dateline.ingest.ids import content_hash, derived_doc_id
from dateline.ingest.reader import DEFAULT_MAX_BYTES, read_records
from dateline.ingest.records import make_article, split_header, to_record

__all__ = ["DEFAULT_MAX_BYTES", "content_hash", "derived_doc_id", "make_article", "read_records", "split_header",
           "to_record"]
