"""Many inputs at once: caption, export and validate on a local process pool or a Dask cluster.

The client (``studio batch``) plans the work (``caption``, ``export``, ``validate``),
sends plain ``Task`` objects to a runner (``pool.LocalPool`` or ``dask_runner.DaskRunner``)
and writes every result itself, atomically, recording it in a manifest so a re-run skips
what is done. Workers only read inputs and compute (``tasks``); the one exception is
``export``, whose exporter writes its package atomically where the worker runs.
"""
