"""Benchmarks: ``python -m organiser.bench.<name>`` prints timings against the targets."""
