"""The portal's tables, on the server's metadata (``server.db.Base``).

- ``portal_user``: Bappeda administrators and OPD reviewers (argon2 password hashes);
- ``portal_session``: server-side sessions (only the SHA-256 of the cookie value is stored);
- ``portal_login_failure``: failed logins per user name, for the lockout;
- ``portal_decision``: every decision taken in the portal, with who and when (the audit);
- ``portal_proposal`` / ``portal_photo`` / ``portal_meta``: a read model of the proposals,
  caught up from the office change log, so dashboards and inboxes query plain indexed columns
  instead of parsing 40,000 JSON documents per page.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base


class PortalUser(Base):
    __tablename__ = "portal_user"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(20))  # bappeda | agency
    agency_code: Mapped[str | None] = mapped_column(String(40), default=None)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column()
    disabled_at: Mapped[datetime | None] = mapped_column(default=None)
    password_changed_at: Mapped[datetime | None] = mapped_column(default=None)


class PortalSession(Base):
    __tablename__ = "portal_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column()
    last_seen: Mapped[datetime] = mapped_column()


class PortalLoginFailure(Base):
    __tablename__ = "portal_login_failure"
    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    first_at: Mapped[datetime] = mapped_column()
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class PortalDecision(Base):
    __tablename__ = "portal_decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    proposal_id: Mapped[str] = mapped_column(String(36), index=True)
    user_id: Mapped[str] = mapped_column(String(36))
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(20))  # accept | defer | reject | redirect
    status: Mapped[str] = mapped_column(String(40))
    amount: Mapped[int | None] = mapped_column(BigInteger, default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    from_agency: Mapped[str | None] = mapped_column(String(40), default=None)
    to_agency: Mapped[str | None] = mapped_column(String(40), default=None)
    at: Mapped[datetime] = mapped_column()


class PortalProposal(Base):
    __tablename__ = "portal_proposal"
    __table_args__ = (
        Index("ix_portal_proposal_agency", "agency_now", "kecamatan_code"),
        Index("ix_portal_proposal_kec", "kecamatan_code", "status"),
        # Covering indexes: the dashboard reads only these, never the wide rows.
        Index(
            "ix_portal_proposal_stats",
            "received",
            "deleted",
            "kecamatan_code",
            "agency_now",
            "bidang_code",
            "status",
            "upstream_status",
            "agreed_amount",
            "estimated_cost",
        ),
        Index(
            "ix_portal_proposal_points",
            "status",
            "received",
            "deleted",
            "latitude",
            "longitude",
            "upstream_status",
            "updated_seq",
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    kecamatan_code: Mapped[str] = mapped_column(String(20))
    number: Mapped[str | None] = mapped_column(String(40), default=None)
    title: Mapped[str] = mapped_column(Text, default="")
    search: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str | None] = mapped_column(Text, default=None)
    desa_code: Mapped[str | None] = mapped_column(String(20), default=None)
    status: Mapped[str | None] = mapped_column(String(20), default=None)
    agency_code: Mapped[str | None] = mapped_column(String(40), default=None)
    routed_agency: Mapped[str | None] = mapped_column(String(40), default=None)
    agency_now: Mapped[str | None] = mapped_column(String(40), default=None)
    bidang_code: Mapped[str | None] = mapped_column(String(10), default=None)
    sub_kegiatan_code: Mapped[str | None] = mapped_column(String(40), default=None)
    kewenangan: Mapped[str | None] = mapped_column(String(12), default=None)
    volume: Mapped[float | None] = mapped_column(Float, default=None)
    satuan: Mapped[str | None] = mapped_column(String(50), default=None)
    estimated_cost: Mapped[int | None] = mapped_column(BigInteger, default=None)
    agreed_amount: Mapped[int | None] = mapped_column(BigInteger, default=None)
    village_rank: Mapped[int | None] = mapped_column(Integer, default=None)
    priority: Mapped[int | None] = mapped_column(Integer, default=None)
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    upstream_status: Mapped[str | None] = mapped_column(String(40), default=None)
    upstream_reason: Mapped[str | None] = mapped_column(Text, default=None)
    suggested_bidang: Mapped[str | None] = mapped_column(String(10), default=None)
    routing_note: Mapped[str | None] = mapped_column(Text, default=None)
    updated_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class PortalPhoto(Base):
    __tablename__ = "portal_photo"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # proposal_attachment id
    proposal_id: Mapped[str] = mapped_column(String(36), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="photo")
    caption: Mapped[str | None] = mapped_column(Text, default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class PortalMeta(Base):
    __tablename__ = "portal_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
