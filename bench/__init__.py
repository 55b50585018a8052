"""Benchmarks, run by `make bench`. Each prints its figure against a baseline measured in the same run."""
