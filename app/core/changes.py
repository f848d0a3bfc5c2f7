"""Change notices as data: what a write changed, so every page can refresh what it shows.

A core write returns (or is wrapped into) a ``ChangeNotice``; the UI's task runner announces
each one after the write has committed, and pages listen for the kinds they display. No page
needs to know which other page wrote (as Anki's operations report their ``OpChanges``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# The kinds a notice can name; a page refreshes when one of its kinds is in a notice.
KINDS = (
    "proposals",  # content, routing or status of proposals
    "forum_sessions",  # sessions created, edited, sealed, reopened
    "decisions",  # forum decisions, ratings, weights, positions
    "attendance",
    "delegation",
    "pagu",
    "office",  # office profile, users, settings
    "reference",  # nomenclature, agencies, RPJMD
    "sync",
)


@dataclass(frozen=True)
class ChangeNotice:
    kinds: frozenset[str]
    ids: frozenset[str] = field(default_factory=frozenset)  # rows touched, when known
    note: str = ""  # a short sentence for the status bar, already in Indonesian

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def merged(self, other: ChangeNotice) -> ChangeNotice:
        return ChangeNotice(self.kinds | other.kinds, self.ids | other.ids, other.note or self.note)


def notice(kinds: Iterable[str], ids: Iterable[str] = (), note: str = "") -> ChangeNotice:
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown change kinds: {sorted(unknown)}")
    return ChangeNotice(wanted, frozenset(ids), note)
