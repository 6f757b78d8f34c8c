"""The Ray engine: ``communique ingest SOURCES --engine ray [--address ADDR]``.

    input files ─► Ray Data: one read task per file (the ingest readers) ─► blocks of
    articles ─► actor pool (each loads the pipeline, and so the spaCy model, once; drops
    texts the store held at the start) ─► Parquet shards per batch (``shards``) ─► load
    into the DuckDB file in input order through ``Store.write``

Each input file (a WARC, a JSON Lines, CSV or Parquet corpus, a page, a feed; folders
are walked as ``ingest`` walks them) or URL is one shard; its records get input-order
keys (``shards.seq_of``). Without ``address`` Ray starts on this machine with
``ray_workers`` + 1 CPUs (one for reading) and an object store of ``object_store_mb``;
with it, the run joins that cluster (whose nodes must have communique installed, and
share the output folder). Ray is an optional extra: ``pip install communique[ray]``.
"""

from __future__ import annotations

import logging
import pickle
import shutil
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import CommuniqueError, SourceNotFoundError, UsageError
from ..jobs import Tally
from ..models import Article, Skipped
from ..settings import Settings
from . import shards

log = logging.getLogger("communique")


@dataclass
class RayRun:
    """What a Ray ingest did: the load's tally, where the shards are, and the timings."""

    tally: Tally = field(default_factory=Tally)
    shards: str = ""
    start_seconds: float = 0.0  # ray.init until the cluster is up
    extract_seconds: float = 0.0  # read + extract + write shards
    load_seconds: float = 0.0  # shards into the DuckDB file
    workers: int = 0


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library is the extra's point
    except ImportError:
        raise UsageError(
            "--engine ray needs Ray: pip install 'communique[ray]' (ray[data])"
        ) from None
    return ray


def list_inputs(sources: Sequence[str]) -> list[str]:
    """Every input file (folders walked in ``ingest``'s order) or URL, each one a shard."""
    from ..ingest.sources import walk
    from ..ingest.web import is_url

    out: list[str] = []
    for source in sources:
        if source == "-":
            raise UsageError("--engine ray reads files, folders and URLs, not standard input")
        path = Path(source)
        if is_url(source) or path.is_file():
            out.append(source)
        elif path.is_dir():
            out.extend(str(p) for p in walk(path))
        elif len(sources) == 1:
            raise SourceNotFoundError(f"no such file or folder: {source}")
        else:
            out.append(source)  # read as a not-found skip, as ingest does
    return out


def read_shard(row: dict[str, Any], options: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A Ray Data flat_map: one input file → its records, as rows with input-order keys."""
    from ..ingest import read_sources

    out: list[dict[str, Any]] = []
    shard = int(row["shard"])
    try:
        for n, item in enumerate(read_sources([row["source"]], **options)):
            out.append(_row(shards.seq_of(shard, n), item))
    except CommuniqueError as exc:  # the single-source check: the file has gone since
        out.append(
            _row(shards.seq_of(shard, len(out)), Skipped(row["source"], "not-found", str(exc)))
        )
    return out


def _row(seq: int, item: Article | Skipped) -> dict[str, Any]:
    """One read record as a row: its key, its kind and the record itself (pickled, so that
    no field goes through Ray Data's column conversions: a missing title stays None)."""
    kind = "skipped" if isinstance(item, Skipped) else "article"
    return {"seq": seq, "kind": kind, "item": pickle.dumps(item, pickle.HIGHEST_PROTOCOL)}


class Extract:
    """A Ray Data actor: loads the pipeline once, extracts a batch, writes its shards."""

    def __init__(self, settings: Settings, out: str, stored: frozenset[str]) -> None:
        from ..pipeline import Pipeline

        self.pipeline = Pipeline(settings)
        self.out = Path(out)
        self.stored = stored  # texts the store held when the run started: not parsed again

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        """A batch of read rows (column → numpy array) → its shards; returns (seq, kind)."""
        seqs = [int(seq) for seq in batch["seq"]]
        kinds = [str(kind) for kind in batch["kind"]]
        articles: list[tuple[int, Article]] = []
        before: list[tuple[int, str, str]] = []
        skipped: list[tuple[int, Skipped, str | None]] = []
        for seq, blob in zip(seqs, batch["item"], strict=True):
            item = pickle.loads(blob)  # noqa: S301 - written by read_shard in this run
            if isinstance(item, Skipped):
                skipped.append((seq, item, None))
            elif item.hash in self.stored:
                before.append((seq, item.hash, item.id))
            else:
                articles.append((seq, item))
        docs = []
        results = self.pipeline.run((a for _, a in articles), errors="skip") if articles else []
        for (seq, article), doc in zip(articles, results, strict=True):
            if isinstance(doc, Skipped):
                skipped.append((seq, doc, article.hash))
            else:
                docs.append((seq, doc))
        shards.write_batch(self.out, docs, before, skipped)
        return {"seq": np.array(seqs, dtype=np.int64), "kind": np.array(kinds, dtype=object)}


def _start(ray: Any, settings: Settings) -> bool:
    """Start or join Ray; whether this process started it (and so shuts it down)."""
    if ray.is_initialized():
        return False
    quiet = {"log_to_driver": False, "logging_level": logging.WARNING, "configure_logging": False}
    if settings.ray_address:
        ray.init(address=settings.ray_address, **quiet)
        return True
    ray.init(
        num_cpus=settings.ray_workers + 1,
        object_store_memory=settings.object_store_mb * 2**20,
        include_dashboard=False,
        _node_ip_address="127.0.0.1",
        **quiet,
    )
    return True


def run(
    sources: Sequence[str],
    settings: Settings,
    *,
    published: str | None = None,
    input_format: str = "auto",
    columns: Mapping[str, str] | None = None,
    out: str | Path | None = None,
    store: bool = True,
) -> RayRun:
    """Ingest ``sources`` on Ray into ``settings.db`` (``store=False``: shards only, in
    ``out``). Without ``out`` the shards go to a temporary folder, removed after loading."""
    from ..ingest import normalise_format, parse_date

    ray = _ray()
    options = {
        "settings": settings,
        "published": parse_date(published) if published else None,
        "input_format": normalise_format(input_format),
        "columns": dict(columns or {}),
    }
    inputs = list_inputs(sources)
    if settings.ray_workers < 1:
        raise UsageError(f"--workers must be at least 1, got {settings.ray_workers}")
    if not store and out is None:
        raise UsageError("--no-store keeps only the Parquet shards: give --parquet DIR")
    keep = out is not None
    folder = Path(out) if out is not None else Path(tempfile.mkdtemp(prefix="communique-ray-"))
    if keep and shards.has_shards(folder):
        raise UsageError(f"{folder} already holds shards of a run; give an empty folder")
    result = RayRun(shards=str(folder), workers=settings.ray_workers)
    stored = shards.stored_hashes(settings.db) if store else frozenset()
    t0 = time.perf_counter()
    started = _start(ray, settings)
    try:
        result.start_seconds = time.perf_counter() - t0
        t1 = time.perf_counter()
        _extract(ray, inputs, options, settings, folder, stored)
        result.extract_seconds = time.perf_counter() - t1
    finally:
        if started:
            ray.shutdown()
    if store:
        t2 = time.perf_counter()
        result.tally = shards.load(folder, settings.db, batch_size=settings.batch_size)
        result.load_seconds = time.perf_counter() - t2
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    return result


def _extract(
    ray: Any,
    inputs: list[str],
    options: dict[str, Any],
    settings: Settings,
    folder: Path,
    stored: frozenset[str],
) -> None:
    from ray.data import ActorPoolStrategy, DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    folder.mkdir(parents=True, exist_ok=True)
    if not inputs:
        return
    items = [{"shard": i, "source": s} for i, s in enumerate(inputs)]
    ds = ray.data.from_items(items, override_num_blocks=len(items))
    ds = ds.flat_map(read_shard, fn_kwargs={"options": options}, num_cpus=1)
    ds = ds.map_batches(
        Extract,
        fn_constructor_args=(settings, str(folder), stored),
        batch_size=settings.batch_size,
        batch_format="numpy",
        compute=ActorPoolStrategy(size=settings.ray_workers),
        num_cpus=1,
    )
    for _ in ds.iter_batches(batch_format="numpy", batch_size=None):
        pass  # the shards are the output; the batches only say the work is done
