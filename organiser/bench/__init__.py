"""Benchmarks run as ``python -m organiser.bench.<name>``; each prints its timings."""
