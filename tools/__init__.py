"""Developer tools run from the repository root (``uv run python tools/<name>.py``)."""
