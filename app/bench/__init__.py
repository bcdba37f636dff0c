"""Benchmark harness: ``python -m app.bench`` measures the app's claims side by side."""
