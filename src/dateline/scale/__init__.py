"""Scale: run the pipeline on several processes (and, later, on a Dask cluster)."""

from dateline.scale.workers import annotate_stream

__all__ = ["annotate_stream"]
