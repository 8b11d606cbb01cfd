"""The envelopes as OpenAPI schemas, so /openapi.json documents both shapes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Envelope(BaseModel):
    data: Any = Field(description="The answer: a list of rows or one object.")
    meta: dict[str, Any] = Field(description="api_version, counts, next_cursor, the filters applied.")


class ErrorDetail(BaseModel):
    code: str = Field(description="Catalogue code, e.g. E340 (see docs/errors.md).", examples=["E340"])
    message: str = Field(description="What went wrong and how to fix it.")


class ErrorEnvelope(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope, "description": text}
    for status, text in ((400, "Bad request"), (404, "Not found"), (413, "Request too large"),
                         (422, "Invalid parameter"), (500, "Internal error"))
}
