"""Benchmarks run as ``python -m organiser.bench.<name>``; each prints medians against its targets."""
