"""Benchmarks: ``python -m organiser.bench.<name>`` runs one against its floor."""
