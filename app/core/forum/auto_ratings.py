"""Starting ratings (1–5) derived from what a proposal already holds.

They are a starting point the forum corrects, never the decision: every auto rating carries a
note saying where it came from, and a rating set in the forum is never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.forum.ranking import MAX_RATING, MIN_RATING, NEUTRAL_RATING
from app.models import Proposal


@dataclass(frozen=True)
class AutoRating:
    value: int
    note: str


def alignment_rating(score: int) -> int:
    """Scorer 0–100 → 1–5: 0–12 → 1, 13–37 → 2, 38–62 → 3, 63–87 → 4, 88–100 → 5."""
    clamped = min(100, max(0, score))
    return min(MAX_RATING, max(MIN_RATING, 1 + int((clamped + 12.5) // 25)))


def urgency(proposal: Proposal) -> AutoRating:
    rank = proposal.village_rank
    if rank is None:
        return AutoRating(NEUTRAL_RATING, "nilai awal netral; tetapkan di forum")
    value = max(MIN_RATING, MAX_RATING + 1 - rank)
    return AutoRating(value, f"prioritas ke-{rank} musrenbang desa")


def benefit(proposal: Proposal) -> AutoRating:
    count = proposal.beneficiaries
    if count is None:
        return AutoRating(2, "jumlah penerima manfaat belum diisi")
    for threshold, value in ((1000, 5), (500, 4), (200, 3), (50, 2)):
        if count >= threshold:
            return AutoRating(value, f"{count} penerima manfaat")
    return AutoRating(1, f"{count} penerima manfaat")


def readiness(proposal: Proposal) -> AutoRating:
    if proposal.land_ready and proposal.land_certificate:
        return AutoRating(5, "lahan siap dan bersertifikat")
    if proposal.land_ready:
        return AutoRating(4, "lahan siap, belum bersertifikat")
    return AutoRating(2, "lahan belum dinyatakan siap")


def repeat(previous_years: list[int]) -> AutoRating:
    if not previous_years:
        return AutoRating(1, "usulan baru")
    years = ", ".join(str(y) for y in sorted(set(previous_years)))
    value = min(MAX_RATING, 3 + len(set(previous_years)))
    return AutoRating(value, f"pernah diusulkan dan belum terdanai: {years}")


def vulnerable(proposal: Proposal) -> AutoRating:
    total = proposal.beneficiaries or 0
    poor = proposal.beneficiaries_poor or 0
    disabled = proposal.beneficiaries_disabled or 0
    women = proposal.beneficiaries_women or 0
    if total <= 0:
        return AutoRating(2 if disabled or poor else 1, "penerima manfaat belum dirinci")
    poor_share = poor / total
    women_share = women / total
    value = 1
    if poor_share >= 0.1 or disabled > 0:
        value = 2
    if poor_share >= 0.2 or disabled >= 3:
        value = 3
    if poor_share >= 0.3 or (disabled >= 5 and poor_share >= 0.15):
        value = 4
    if poor_share >= 0.4 or (disabled >= 10 and poor_share >= 0.25):
        value = 5
    if women_share >= 0.6 and value < MAX_RATING:
        value += 1
    note = (
        f"miskin {round(100 * poor_share)}%, disabilitas {disabled}, "
        f"perempuan {round(100 * women_share)}%"
    )
    return AutoRating(value, note)
