"""Benchmarks: ``python -m organiser.bench.<name>`` prints timings against stated targets."""
