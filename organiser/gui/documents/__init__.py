"""The documents of Print & Export, one module per printable document.

Each brings its options panel and how it renders, saves and prints (``base.py`` says
what a document is and keeps the registry); beside them the machinery they share:
``printing`` (to a printer or Print Preview), ``preview`` (a PDF shown in the window),
``reexport`` (printing stale paper again), ``incomplete_notice`` and ``desk_badge``.
"""
