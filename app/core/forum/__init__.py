"""The forum: sessions, attendance, prioritisation, pagu fitting, decisions, delegation, sealing.

Qt-free. Pure computations (``ranking``, ``pagu``) take plain values; the other modules take a
session inside the caller's ``write_session`` / ``read_session``.
"""
