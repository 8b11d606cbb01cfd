"""The REST API and web UI server (``dateline serve``).

    from dateline.api.rest import create_app
    app = create_app("dateline.db")            # read-only
    app = create_app("dateline.db", ingest_token="s3cret")   # + POST /api/articles
"""

from dateline.api.rest.app import create_app

__all__ = ["create_app"]
