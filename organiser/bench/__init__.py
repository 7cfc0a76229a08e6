"""Benchmarks run by hand (``python -m organiser.bench.gui``); they print their numbers."""
