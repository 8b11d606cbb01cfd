"""The API's two envelopes: ``{"data": ..., "meta": {...}}`` and ``{"error": {"code", "message"}}``.

Every endpoint answers with one of them (exports stream raw CSV/NDJSON, documented as such), so a
client has one success shape and one failure shape to handle.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from dateline.errors import DatelineError, code_of, message

try:  # optional: 5-10x faster serialisation of large answers; the standard library otherwise
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None

API_VERSION = 1

# HTTP status of each coded error the API can return; anything else coded is a client error (400).
STATUS_OF_CODE: dict[str, int] = {
    "E205": 404,  # no such event
    "E209": 404,  # no such article
    "E207": 422,  # bad full-text query
    "E208": 422,  # bad date filter
    "E340": 422,
    "E341": 404,
    "E342": 413,
    "E343": 401,
    "E344": 405,
    "E345": 422,
    "E346": 500,
    "E347": 400,
    "E348": 503,  # over the per-request query time limit: the server is busy, retry or narrow
    "E201": 503,  # store not readable / writable: the server is the problem, not the request
    "E202": 503,
    "E203": 503,
    "E204": 503,
}


class ApiError(Exception):
    """A coded failure that becomes the error envelope with its HTTP status."""

    def __init__(self, code: str, status: int | None = None, **values: object) -> None:
        self.code = code
        self.text = message(code, **values)
        self.status = status or STATUS_OF_CODE.get(code, 400)
        super().__init__(self.text)

    @classmethod
    def from_dateline(cls, exc: DatelineError) -> "ApiError":
        error = cls.__new__(cls)
        error.code = exc.code
        error.text = str(exc)
        error.status = STATUS_OF_CODE.get(exc.code, 400)
        Exception.__init__(error, error.text)
        return error


def success(data: Any, **meta: Any) -> dict[str, Any]:
    """The success envelope (FastAPI serialises the dict)."""
    return {"data": data, "meta": {"api_version": API_VERSION, **meta}}


class FastJSONResponse(JSONResponse):
    """``JSONResponse`` serialised by orjson when it is installed (same JSON: UTF-8, no NaN)."""

    def render(self, content: Any) -> bytes:
        if orjson is None:
            return super().render(content)
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def error_body(code: str, text: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": text}}


def error_response(error: ApiError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(error.code, error.text), status_code=error.status, headers=headers)


def coded(code: str, **values: object) -> JSONResponse:
    return error_response(ApiError(code, **values))


__all__ = ["API_VERSION", "ApiError", "FastJSONResponse", "coded", "code_of", "error_body", "error_response", "success"]
