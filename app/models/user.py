"""Local users of this installation and their roles."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.types import UTCDateTime, new_uuid, utcnow

ROLES = ("admin", "operator", "presenter")


class LocalUser(SQLModel, table=True):
    __tablename__ = "local_user"

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    username: str = Field(unique=True, max_length=60)
    full_name: str = Field(max_length=200)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=200)
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
