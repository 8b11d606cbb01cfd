"""Scale: annotate on several processes, or on a Dask cluster, and merge the results into a store."""

from dateline.scale.dask_engine import run_dask
from dateline.scale.load import load_parquet
from dateline.scale.local import ingest_parallel
from dateline.scale.workers import annotate_stream

__all__ = ["annotate_stream", "ingest_parallel", "load_parquet", "run_dask"]
