"""Deterministic sync simulation (scenario 15 of the sync requirements): see docs/sync-simulation.md."""
