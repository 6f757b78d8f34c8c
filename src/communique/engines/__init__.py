"""Engines that run ``ingest`` at scale: ``raydata`` (Ray Data actors writing Parquet
``shards``, then loaded into the store in input order). The local engine is ``jobs``.

Nothing here is imported by ``import communique``; Ray is imported only when
``--engine ray`` is asked for (``pip install communique[ray]``).
"""
