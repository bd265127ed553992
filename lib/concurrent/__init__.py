# lib/concurrent/__init__.py — the `concurrent` package: only a home for concurrent.futures.
