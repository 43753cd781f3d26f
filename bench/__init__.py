"""Benchmark tools: a synthetic corpus generator, a plain-sqlite3 floor, and the runner."""
