"""Sync protocol v1: the shapes both the client and the reference server use (Qt-free).

The server validates every request body against these models (unknown fields are refused,
types are strict), and the client builds its requests from them, so the two cannot drift.
``docs/sync-protocol.md`` explains the rules; ``docs/openapi.json`` is generated from the server.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
)

from common.i18n import N_

PROTOCOL_VERSION = 1
SUPPORTED_PROTOCOLS = (1,)
PROTOCOL_HEADER = "X-Musrenbang-Protocol"
CLIENT_HEADER = "X-Musrenbang-Client"
DEPRECATION_HEADER = "X-Musrenbang-Deprecation"

STREAM_OFFICE = "office"
STREAM_REFERENCE = "reference"
STREAM_FEEDBACK = "feedback"
STREAMS = (STREAM_OFFICE, STREAM_REFERENCE, STREAM_FEEDBACK)
# What a kecamatan client pulls; its own office data only goes up.
CLIENT_PULL_STREAMS = (STREAM_REFERENCE, STREAM_FEEDBACK)

# Office data that a kecamatan pushes. Anything else in an outbox is refused per op.
OFFICE_ENTITIES = frozenset(
    {
        "planning_cycle",
        "pagu_agency",
        "proposal",
        "proposal_attachment",
        "routing_confirmation",
        "forum_session",
        "forum_criterion",
        "forum_rating",
        "forum_order_override",
        "attendance",
        "decision",
        "delegate",
        "audit_event",
    }
)
# Rows that are never edited, only added (a correction is a new row plus a tombstone).
INSERT_ONLY_ENTITIES = frozenset({"attendance", "decision", "audit_event"})
# Fields the kabupaten (Bappeda / OPD) owns: a kecamatan op that changes them is rejected.
KABUPATEN_FIELDS: dict[str, frozenset[str]] = {
    "proposal": frozenset({"upstream_status", "upstream_reason"}),
}
# Fields that bind a row to a kecamatan: they must name the device's own kecamatan.
KECAMATAN_FIELDS: dict[str, str] = {"planning_cycle": "kecamatan_code"}
# Fields that point at another office row (field → entity): the row must belong to the same
# kecamatan as the op (``desa_code`` must lie inside it too).
REFERENCE_FIELDS: dict[str, str] = {
    "cycle_id": "planning_cycle",
    "session_id": "forum_session",
    "proposal_id": "proposal",
    "merged_into_id": "proposal",
}

# Statuses Bappeda or an agency sets on a received proposal, with their Indonesian labels.
UPSTREAM_STATUSES: dict[str, str] = {
    "received": N_("Diterima Bappeda"),
    "in_review": N_("Sedang ditelaah OPD"),
    "accepted": N_("Diakomodasi dalam RKPD/Renja"),
    "rejected": N_("Tidak diakomodasi"),
    "deferred": N_("Ditunda ke tahun berikutnya"),
    "redirected": N_("Dialihkan ke sumber dana lain"),
}
UPSTREAM_NEEDS_REASON = frozenset({"rejected", "deferred", "redirected"})
# Final decisions of the kabupaten: from then on the proposal's content is theirs to keep as
# decided. An office edit that arrives later is kept as a "locked" conflict (nothing lost) and
# can be restored once Bappeda reopens the proposal (status back to received/in_review).
UPSTREAM_LOCKING_STATUSES = frozenset({"accepted", "rejected", "deferred", "redirected"})

# Default limits; the server announces its actual ones in ``GET /v1/info``.
MAX_BATCH_OPS = 100
MAX_BODY_BYTES = 2 * 1024 * 1024
PAGE_SIZE = 500
MAX_PAGE_SIZE = 1000
CHUNK_SIZE = 1024 * 1024
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_FIELDS_PER_OP = 120
MAX_TEXT_LENGTH = 20_000

OpKind = Literal["insert", "update", "delete"]
OpStatus = Literal["applied", "duplicate", "merged", "conflict", "rejected", "held"]

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
FIELD_PATTERN = r"^[a-z][a-z0-9_]{0,59}$"
ENTITY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
KECAMATAN_PATTERN = r"^\d{2}\.\d{2}\.\d{2}$"
# Record ids are UUIDs; printable ASCII is accepted, control characters never.
RECORD_ID_PATTERN = r"^[0-9A-Za-z._:-]{1,36}$"


def valid_unicode(value: str) -> str:
    """No lone surrogate: such a string cannot be written as UTF-8 at all."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode (no lone surrogate)") from exc
    return value


FieldText = Annotated[StrictStr, AfterValidator(valid_unicode)]
FieldValue = FieldText | StrictBool | StrictInt | StrictFloat | None
Uuid = Annotated[str, Field(pattern=UUID_PATTERN)]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN)]


# Integers a request may carry: BIGINT for sequence numbers and cursors, INTEGER for revisions
# and conflict ids (PostgreSQL refuses larger ones, which would be a 500, not an answer).
MAX_BIGINT = 2**63 - 1
MAX_INT32 = 2**31 - 1


def plain_text(value: str) -> str:
    """Text both databases can store: no NUL, no lone surrogate (invalid UTF-8)."""
    if "\x00" in value:
        raise ValueError("text must not contain NUL")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text must be valid Unicode (no lone surrogate)") from exc
    return value


Text = Annotated[str, AfterValidator(plain_text)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ErrorDetail(_Strict):
    code: str
    message: str
    hint: str = ""


class ErrorBody(_Strict):
    error: ErrorDetail


class Limits(_Strict):
    max_batch_ops: int
    max_body_bytes: int
    page_size: int
    max_page_size: int
    chunk_size: int
    max_attachment_bytes: int


class InfoResponse(_Strict):
    server: str
    server_version: str
    protocol_versions: list[int]
    min_protocol: int
    min_client_version: str
    server_epoch: str
    streams: list[str]
    limits: Limits
    # The server's clock (ISO 8601, UTC): clients warn when theirs is far off. Nothing is
    # ordered by clocks, so a wrong one changes no outcome, only timestamps people read.
    server_time: str | None = None


class EnrollRequest(_Strict):
    code: Annotated[Text, Field(min_length=6, max_length=64)]
    device_name: Annotated[Text, Field(min_length=1, max_length=120)] = "perangkat kecamatan"
    # A key the device stored before sending: a replay with the same code and key (the first
    # answer was lost) returns the same device instead of "code already used".
    enrol_key: Annotated[str, Field(pattern=UUID_PATTERN)] | None = None


class EnrollResponse(_Strict):
    device_id: str
    refresh_token: str
    kecamatan_code: str


class TokenRequest(_Strict):
    refresh_token: Annotated[Text, Field(min_length=20, max_length=200)]


class TokenResponse(_Strict):
    access_token: str
    expires_in: int
    principal_id: str
    role: str
    kecamatan_code: str | None


class PushOp(_Strict):
    op_id: Uuid
    device_seq: Annotated[int, Field(ge=1, le=MAX_BIGINT)]
    entity: Annotated[str, Field(pattern=ENTITY_PATTERN)]
    id: Annotated[str, Field(pattern=RECORD_ID_PATTERN)]
    op: OpKind
    base_rev: Annotated[int, Field(ge=0, le=MAX_INT32)] | None = None
    changed_fields: dict[Annotated[str, Field(pattern=FIELD_PATTERN)], FieldValue] = Field(
        max_length=MAX_FIELDS_PER_OP
    )


class PushRequest(_Strict):
    device_id: Uuid
    batch_id: Uuid
    ops: Annotated[list[PushOp], Field(min_length=1)]
    # Where this device's numbering starts (its first op is base_seq + 1). Without it a server
    # that has seen nothing of the device cannot tell a late first batch from a gap.
    base_seq: Annotated[int, Field(ge=0, le=MAX_BIGINT)] | None = None


class FieldConflict(_Strict):
    conflict_id: int
    field: str
    kind: Literal["field", "delete", "locked"]
    server_value: Any = None
    client_value: Any = None


class OpResult(_Strict):
    op_id: str
    device_seq: int
    status: OpStatus
    rev: int | None = None
    original_status: str | None = None
    code: str | None = None
    message: str | None = None
    conflicts: list[FieldConflict] = []
    merged_fields: list[str] = []
    # The server's current values of the fields someone else changed (merged in): the client
    # applies them so both copies end equal.
    merged_values: dict[str, Any] = {}


class PushResponse(_Strict):
    batch_id: str
    server_epoch: str
    results: list[OpResult]
    # The last device_seq the server has taken from this device: a device whose outbox was
    # restored from a backup renumbers what it has not sent to follow it.
    last_seq: int | None = None


class Change(_Strict):
    seq: int
    entity: str
    id: str
    rev: int
    deleted: bool
    data: dict[str, Any]


class ChangesResponse(_Strict):
    stream: str
    server_epoch: str
    changes: list[Change]
    next_cursor: str
    has_more: bool


class MissingRequest(_Strict):
    sha256: Annotated[list[Sha256], Field(min_length=1, max_length=500)]


class MissingResponse(_Strict):
    missing: list[str]
    chunk_size: int


class BlobState(_Strict):
    sha256: str
    size: int
    received: int
    complete: bool


class ConflictResolveRequest(_Strict):
    choice: Literal["mine", "theirs"]


class ConflictResolveResponse(_Strict):
    conflict_id: int
    resolution: str


class FeedbackRequest(_Strict):
    proposal_id: Uuid
    status: Annotated[Text, Field(min_length=1, max_length=40)]
    reason: Annotated[Text, Field(max_length=2000)] | None = None


class FeedbackResponse(_Strict):
    proposal_id: str
    rev: int
    upstream_status: str
    upstream_reason: str | None


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    return host in ("localhost", "::1") or host.startswith("127.")
