"""What the desktop app and the reference server share: the wire protocol and Indonesian formatting.

Neither side's code lives here; this package imports nothing from ``app`` or ``server``.
"""
