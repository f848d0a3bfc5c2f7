"""The sync client: enrolment, then push (outbox → server) and pull (reference, feedback).

Order of one ``sync()``: server info (limits, epoch) → access token → conflict resolutions →
missing attachments by hash, in resumable chunks → outbox in ``device_seq`` order, in batches
within the server's limits, each response stored in one local transaction → each pull stream,
page by page, each page applied together with its cursor.

A 401 pauses sync and keeps the outbox; a new server epoch (the server was restored from a
backup) makes the client send its whole outbox history again (the server drops what it already
has by op id) and pull from the start.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, and_, func, or_, update
from sqlmodel import Session, col, select

from app import paths
from app.core.changes import ChangeNotice, notice
from app.core.office import Office, get_office, set_office
from app.errors import UserError
from app.models import AppSetting, OutboxEntry, SyncBase, SyncConflict, SyncCursor
from app.models.db import read_session, write_session
from app.models.outbox import APPLYING_REMOTE
from app.models.types import utcnow
from app.sync import apply
from app.sync.clock import clock_warning
from app.sync.credentials import CredentialStore, account_name, default_store
from app.sync.settings import (
    SyncConfig,
    SyncState,
    load_config,
    load_state,
    save_config,
    save_state,
)
from app.sync.transport import (
    AuthRevoked,
    Forbidden,
    RequestRefused,
    SyncError,
    Transport,
    check_server_url,
    read_json,
)
from common import protocol
from common.i18n import _

log = logging.getLogger(__name__)

TransportFactory = Callable[[str], Transport]
ENROL_KEY_SETTING = "sync_enrol_key"
SEQUENCE_REUSED = "sequence_reused"
MAX_RENUMBERS = 3


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    held: int = 0
    batches: int = 0
    attachments_uploaded: int = 0
    pulled: dict[str, int] = field(default_factory=dict)
    pending_after: int = 0
    rejected_total: int = 0
    open_conflicts: int = 0
    problems: list[str] = field(default_factory=list)
    epoch_reset: bool = False
    # Unsent outbox entries given new numbers (the database was restored from a backup).
    renumbered: int = 0

    @property
    def notice(self) -> ChangeNotice:
        """What a sync changed, announced by the UI's task runner: always the sync state, and
        the reference data or the proposals (kabupaten statuses) when a pull brought any."""
        kinds = {"sync"}
        if self.pulled.get(protocol.STREAM_REFERENCE):
            kinds.add("reference")
        if self.pulled.get(protocol.STREAM_FEEDBACK):
            kinds.add("proposals")
        return notice(kinds)

    @property
    def up_to_date(self) -> bool:
        return (
            self.pending_after == 0
            and self.rejected_total == 0
            and self.open_conflicts == 0
            and not self.problems
        )


def attachment_path(sha256: str) -> Path:
    return paths.attachments_dir() / sha256[:2] / sha256


def remote_session(session: Session) -> Session:
    session.info[APPLYING_REMOTE] = True
    return session


class SyncClient:
    def __init__(
        self,
        engine: Engine,
        *,
        store: CredentialStore | None = None,
        transport_factory: TransportFactory | None = None,
    ) -> None:
        self.engine = engine
        self.store = store or default_store()
        self.transport_factory = transport_factory or (lambda url: Transport(url))

    # ---- enrolment --------------------------------------------------------------------

    def enroll(
        self,
        server_url: str,
        code: str,
        *,
        allow_insecure_http: bool = False,
        device_name: str | None = None,
    ) -> SyncConfig:
        url = check_server_url(server_url, allow_insecure_http=allow_insecure_http)
        enrol_key = self._enrol_key(url, code)
        transport = self.transport_factory(url)
        try:
            self._check_info(transport)
            body = protocol.EnrollRequest(
                code=code.strip(),
                device_name=device_name or f"kecamatan@{platform.node() or 'pc'}"[:120],
                enrol_key=enrol_key,
            )
            try:
                # Safe to repeat: the same code with the same key returns the same device.
                raw = transport.post_json("/v1/enroll", body.model_dump(), auth=False)
            except (RequestRefused, Forbidden) as exc:
                raise UserError(
                    _("Pendaftaran ditolak: {message}").format(message=exc.message), hint=exc.hint
                ) from exc
            answer = protocol.EnrollResponse.model_validate(raw)
        finally:
            transport.close()
        with write_session(self.engine) as session:
            office = get_office(session)
            if office is not None and office.kecamatan_code != answer.kecamatan_code:
                raise UserError(
                    _(
                        "Kode ini untuk kecamatan {kecamatan_code}, sedangkan basis data ini milik "
                        "kecamatan {kecamatan_code2}."
                    ).format(
                        kecamatan_code=answer.kecamatan_code, kecamatan_code2=office.kecamatan_code
                    ),
                    hint=_(
                        "Minta kode pendaftaran untuk kecamatan Anda; admin server sebaiknya "
                        "mencabut perangkat yang baru terdaftar."
                    ),
                )
            if office is None:
                set_office(session, Office(answer.kecamatan_code[:5], answer.kecamatan_code))
            previous = load_config(session)
            config = SyncConfig(
                server_url=url,
                device_id=answer.device_id,
                kecamatan_code=answer.kecamatan_code,
                allow_insecure_http=allow_insecure_http,
                enrolled_at=utcnow().isoformat(),
                first_seq=first_unsent_seq(session),
            )
            save_config(session, config)
            pending_key = session.get(AppSetting, ENROL_KEY_SETTING)
            if pending_key is not None:
                session.delete(pending_key)
            state = load_state(session)
            state.paused_reason = None
            state.last_error = None
            save_state(session, state)
        self.store.set(account_name(url, answer.device_id), answer.refresh_token)
        if previous is not None and previous.device_id != answer.device_id:
            self.store.delete(account_name(previous.server_url, previous.device_id))
        return config

    def _enrol_key(self, url: str, code: str) -> str:
        """The key sent with this code, stored before the request: when the answer is lost,
        trying again with the same code sends the same key and gets the same device back."""
        code_hash = hashlib.sha256(code.strip().upper().replace(" ", "").encode()).hexdigest()
        with write_session(self.engine) as session:
            row = session.get(AppSetting, ENROL_KEY_SETTING)
            stored = json.loads(row.value_json) if row is not None else {}
            if stored.get("server_url") == url and stored.get("code_hash") == code_hash:
                return str(stored["key"])
            key = str(uuid.uuid4())
            value = json.dumps({"server_url": url, "code_hash": code_hash, "key": key})
            if row is None:
                session.add(AppSetting(key=ENROL_KEY_SETTING, value_json=value))
            else:
                row.value_json = value
                session.add(row)
        return key

    # ---- one full sync ----------------------------------------------------------------

    def sync(self) -> SyncReport:
        with read_session(self.engine) as session:
            config = load_config(session)
        if config is None:
            raise UserError(
                _("Perangkat ini belum terdaftar ke server kabupaten."),
                hint=_("Daftarkan dulu: musrenbang sync enroll --server URL --code KODE"),
            )
        check_server_url(config.server_url, allow_insecure_http=config.allow_insecure_http)
        report = SyncReport()
        self._update_state(lambda s: setattr(s, "last_attempt_at", utcnow().isoformat()))
        transport = self.transport_factory(config.server_url)
        try:
            info = self._check_info(transport)
            skew_warning = clock_warning(info.server_time, datetime.now(UTC))
            if skew_warning:
                log.warning("clock skew: %s", skew_warning)
                report.problems.append(skew_warning)
            report.epoch_reset = self._handle_epoch(info.server_epoch)
            self._authenticate(transport, config)
            self._report_resolutions(transport)
            report.attachments_uploaded = self._upload_attachments(transport, info.limits, report)
            self._push(transport, config, info, report)
            for stream in protocol.CLIENT_PULL_STREAMS:
                report.pulled[stream] = self._pull(transport, stream, info, report)
        except AuthRevoked as exc:
            self._finish(report, error=exc, paused=True)
            raise
        except SyncError as exc:
            self._finish(report, error=exc)
            raise
        finally:
            transport.close()
        self._finish(report)
        return report

    def _finish(
        self, report: SyncReport, *, error: SyncError | None = None, paused: bool = False
    ) -> None:
        with read_session(self.engine) as session:
            counts = outbox_counts(session)
        report.pending_after = counts["pending"]
        report.rejected_total = counts["rejected"]
        report.open_conflicts = counts["conflicts"]

        def change(state: SyncState) -> None:
            if error is None:
                state.last_sync_at = utcnow().isoformat()
                state.last_result = "ok"
                state.last_error = None
                state.paused_reason = None
            else:
                state.last_result = "paused" if paused else "error"
                state.last_error = str(error)
                if paused:
                    state.paused_reason = str(error)
            state.issues = report.problems[-20:]

        self._update_state(change)

    def _update_state(self, change: Callable[[SyncState], None]) -> None:
        with write_session(self.engine) as session:
            state = load_state(session)
            change(state)
            save_state(session, state)

    def _check_info(self, transport: Transport) -> protocol.InfoResponse:
        info = protocol.InfoResponse.model_validate(transport.get_json("/v1/info", auth=False))
        if protocol.PROTOCOL_VERSION not in info.protocol_versions:
            raise SyncError(
                "Server ini tidak mendukung versi protokol aplikasi.",
                hint="Perbarui aplikasi atau hubungi admin server kabupaten.",
            )
        return info

    def _handle_epoch(self, epoch: str) -> bool:
        with write_session(self.engine) as session:
            state = load_state(session)
            changed = state.server_epoch is not None and state.server_epoch != epoch
            if changed:
                log.warning(
                    "server epoch changed %s -> %s: re-sending history", state.server_epoch, epoch
                )
                session.exec(
                    update(OutboxEntry)
                    .where(col(OutboxEntry.state).in_(("sent", "conflict")))
                    .values(state="pending", last_error=None)
                )
                for cursor in session.exec(select(SyncCursor)).all():
                    session.delete(cursor)
                for base in session.exec(select(SyncBase)).all():
                    session.delete(base)
                # The history goes up again under this enrolment, from its oldest entry.
                current = load_config(session)
                if current is not None:
                    session.flush()
                    current.first_seq = first_unsent_seq(session)
                    save_config(session, current)
            state.server_epoch = epoch
            save_state(session, state)
        return changed

    def _authenticate(self, transport: Transport, config: SyncConfig) -> None:
        refresh = self.store.get(account_name(config.server_url, config.device_id))
        if refresh is None:
            raise AuthRevoked(
                "Token perangkat tidak ditemukan di penyimpanan kredensial.",
                hint="Daftarkan ulang perangkat: musrenbang sync enroll --server URL --code KODE",
            )
        answer = protocol.TokenResponse.model_validate(
            transport.post_json("/v1/token", {"refresh_token": refresh}, auth=False)
        )
        transport.access_token = answer.access_token
        # Renewed a little before it runs out, and at once if the server says it has.
        margin = min(60.0, answer.expires_in / 10)
        transport.access_expires_at = transport.clock() + answer.expires_in - margin
        transport.renew = lambda: self._authenticate(transport, config)

    def _report_resolutions(self, transport: Transport) -> None:
        with read_session(self.engine) as session:
            todo = session.exec(
                select(SyncConflict).where(
                    col(SyncConflict.resolved_at).is_not(None),
                    col(SyncConflict.reported_at).is_(None),
                    col(SyncConflict.server_conflict_id).is_not(None),
                )
            ).all()
        for conflict in todo:
            try:
                transport.post_json(
                    f"/v1/conflicts/{conflict.server_conflict_id}/resolve",
                    {"choice": conflict.resolution},
                )
            except RequestRefused as exc:
                log.warning("conflict %s resolution refused: %s", conflict.server_conflict_id, exc)
            with write_session(self.engine) as session:
                row = session.get(SyncConflict, conflict.id)
                if row is not None:
                    row.reported_at = utcnow()
                    session.add(row)

    # ---- attachments ------------------------------------------------------------------

    def _upload_attachments(
        self, transport: Transport, limits: protocol.Limits, report: SyncReport
    ) -> int:
        with read_session(self.engine) as session:
            rows = session.exec(
                select(OutboxEntry.changed_fields).where(
                    OutboxEntry.entity == "proposal_attachment", OutboxEntry.state == "pending"
                )
            ).all()
        wanted = sorted(
            {str(json.loads(r).get("sha256")) for r in rows if json.loads(r).get("sha256")}
        )
        uploaded = 0
        for start in range(0, len(wanted), 500):
            answer = protocol.MissingResponse.model_validate(
                transport.post_json(
                    "/v1/attachments/missing", {"sha256": wanted[start : start + 500]}
                )
            )
            for sha in answer.missing:
                path = attachment_path(sha)
                if not path.is_file():
                    report.problems.append(
                        f"Berkas lampiran {sha[:12]}… tidak ada di folder lampiran."
                    )
                    continue
                if self._upload_one(
                    transport, sha, path, min(answer.chunk_size, limits.chunk_size), report
                ):
                    uploaded += 1
        return uploaded

    def _upload_one(
        self, transport: Transport, sha: str, path: Path, chunk: int, report: SyncReport
    ) -> bool:
        size = path.stat().st_size
        if size == 0:
            report.problems.append(f"Berkas lampiran {sha[:12]}… kosong.")
            return False
        if _file_sha256(path) != sha:
            report.problems.append(
                f"Berkas lampiran {sha[:12]}… rusak (isi tidak cocok dengan hash)."
            )
            return False
        offset = 0
        try:
            state = protocol.BlobState.model_validate(transport.get_json(f"/v1/attachments/{sha}"))
            if state.complete:
                return True
            offset = state.received if state.size == size else 0
        except RequestRefused as exc:
            if exc.status != 404:
                raise
        with path.open("rb") as handle:
            while offset < size:
                handle.seek(offset)
                piece = handle.read(chunk)
                try:
                    answer = protocol.BlobState.model_validate(
                        read_json(
                            transport.request(
                                "PUT",
                                f"/v1/attachments/{sha}",
                                data=piece,
                                params={"offset": offset, "size": size},
                            )
                        )
                    )
                except RequestRefused as exc:
                    if exc.error_code == "offset_mismatch":
                        state = protocol.BlobState.model_validate(
                            transport.get_json(f"/v1/attachments/{sha}")
                        )
                        offset = state.received
                        continue
                    report.problems.append(f"Lampiran {sha[:12]}… ditolak server: {exc.message}")
                    return False
                offset = answer.received
                if answer.complete:
                    return True
        return True

    # ---- push -------------------------------------------------------------------------

    def _push(
        self,
        transport: Transport,
        config: SyncConfig,
        info: protocol.InfoResponse,
        report: SyncReport,
    ) -> None:
        limit_ops = info.limits.max_batch_ops
        with read_session(self.engine) as session:
            stored_config = load_config(session)
        first_seq = stored_config.first_seq if stored_config is not None else config.first_seq
        limit_bytes = int(info.limits.max_body_bytes * 0.9)
        self._revive_reused()
        renumbered = 0
        after_seq = 0
        while True:
            with read_session(self.engine) as session:
                entries = session.exec(
                    select(OutboxEntry)
                    .where(OutboxEntry.state == "pending", col(OutboxEntry.device_seq) > after_seq)
                    .order_by(col(OutboxEntry.device_seq))
                    .limit(limit_ops)
                ).all()
                if not entries:
                    return
                ops: list[dict[str, Any]] = []
                size = 200
                too_big: list[OutboxEntry] = []
                known = apply.load_bases(session, [e.entity_id for e in entries])
                for entry in entries:
                    base = known.get((entry.entity, entry.entity_id))
                    op = {
                        "op_id": entry.op_id,
                        "device_seq": entry.device_seq,
                        "entity": entry.entity,
                        "id": entry.entity_id,
                        "op": entry.op,
                        "base_rev": base.server_rev if base is not None else None,
                        "changed_fields": json.loads(entry.changed_fields),
                    }
                    op_size = len(json.dumps(op, ensure_ascii=False).encode("utf-8")) + 2
                    if op_size > limit_bytes:
                        too_big.append(entry)
                        if ops:
                            break
                        continue
                    if ops and size + op_size > limit_bytes:
                        break
                    ops.append(op)
                    size += op_size
            if too_big:
                self._mark_too_big(too_big, report)
            if not ops:
                after_seq = max(int(e.device_seq or 0) for e in entries)
                continue
            batch: dict[str, Any] = {
                "device_id": config.device_id,
                "batch_id": str(uuid.uuid4()),
                "ops": ops,
            }
            if first_seq is not None:
                batch["base_seq"] = first_seq - 1
            self._count_attempt([int(op["device_seq"]) for op in ops])
            answer = protocol.PushResponse.model_validate(transport.post_json("/v1/push", batch))
            self._store_results(ops, answer, report)
            report.batches += 1
            after_seq = max(int(op["device_seq"]) for op in ops)
            reused = [r for r in answer.results if r.code == SEQUENCE_REUSED]
            if reused and answer.last_seq is not None and renumbered < MAX_RENUMBERS:
                # The server has seen these numbers: this outbox was restored from a backup.
                renumbered += 1
                report.rejected -= len(reused)
                self._renumber_after(answer.last_seq, report)
                after_seq = 0

    def _count_attempt(self, seqs: list[int]) -> None:
        """Counted before the batch leaves, in its own commit: an entry with no attempt has
        certainly never reached the server, so only such entries are ever renumbered."""
        with write_session(self.engine) as session:
            session.exec(
                update(OutboxEntry)
                .where(col(OutboxEntry.device_seq).in_(seqs))
                .values(attempts=OutboxEntry.attempts + 1)
            )

    def _revive_reused(self) -> None:
        """Entries refused only for their number (an older client stopped there) go out again:
        they were never applied, and the server's answer now lets them be renumbered."""
        with write_session(self.engine) as session:
            session.exec(
                update(OutboxEntry)
                .where(
                    col(OutboxEntry.state) == "rejected",
                    col(OutboxEntry.last_error).like(f"%[{SEQUENCE_REUSED}]"),
                )
                .values(state="pending", last_error=None)
            )

    def _renumber_after(self, server_last: int, report: SyncReport) -> None:
        """Give the entries never sent (no attempt counted) and those refused only for their
        number the numbers that follow the server's last one, in their order, after a safety
        copy of the database. An entry that may have reached the server keeps its number: the
        server knows it by its op id and answers it as a duplicate."""
        self._safety_copy("sebelum-penomoran-ulang")
        with write_session(self.engine) as session:
            movable = list(
                session.exec(
                    select(OutboxEntry)
                    .where(
                        or_(
                            and_(
                                col(OutboxEntry.state) == "pending", col(OutboxEntry.attempts) == 0
                            ),
                            and_(
                                col(OutboxEntry.state) == "rejected",
                                col(OutboxEntry.last_error).like(f"%[{SEQUENCE_REUSED}]"),
                            ),
                        )
                    )
                    .order_by(col(OutboxEntry.device_seq))
                ).all()
            )
            if not movable:
                return
            numbers = [int(e.device_seq or 0) for e in movable]
            targets = list(range(server_last + 1, server_last + 1 + len(movable)))
            taken = set(
                session.exec(
                    select(OutboxEntry.device_seq).where(
                        col(OutboxEntry.device_seq).in_(targets),
                        col(OutboxEntry.device_seq).not_in(numbers),
                    )
                ).all()
            )
            if taken:
                # A sent entry sits on a number the server never took: leave them as they are
                # (still visible as refused) rather than guess.
                log.error("outbox renumbering refused: %d numbers are in use", len(taken))
                report.problems.append(
                    "Nomor urut kiriman bentrok setelah pemulihan cadangan; hubungi dukungan."
                )
                return
            moved = 0
            # Two steps (negative first), so no number is ever used twice at once.
            for index, number in enumerate(numbers):
                session.exec(
                    update(OutboxEntry)
                    .where(col(OutboxEntry.device_seq) == number)
                    .values(device_seq=-(index + 1), state="pending", last_error=None)
                )
            for index, target in enumerate(targets):
                session.exec(
                    update(OutboxEntry)
                    .where(col(OutboxEntry.device_seq) == -(index + 1))
                    .values(device_seq=target)
                )
                moved += 1
            log.warning(
                "outbox restored from a backup: %d unsent entries renumbered from %d",
                moved,
                server_last + 1,
            )
        report.renumbered += moved

    def _safety_copy(self, reason: str) -> None:
        from app.models.backup import backup_database

        database = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return
        backup_database(Path(database), paths.backup_dir(), reason=reason, prune=False)

    def _mark_too_big(self, entries: list[OutboxEntry], report: SyncReport) -> None:
        with write_session(self.engine) as session:
            for entry in entries:
                row = session.get(OutboxEntry, entry.device_seq)
                if row is not None:
                    row.state = "rejected"
                    row.last_error = (
                        "Perubahan ini terlalu besar untuk dikirim (melebihi batas server)."
                    )
                    session.add(row)
                    report.rejected += 1

    def _store_results(
        self, ops: list[dict[str, Any]], answer: protocol.PushResponse, report: SyncReport
    ) -> None:
        by_id = {op["op_id"]: op for op in ops}
        with write_session(self.engine) as session:
            remote_session(session)
            entries = {
                e.op_id: e
                for e in session.exec(
                    select(OutboxEntry).where(col(OutboxEntry.op_id).in_(list(by_id)))
                ).all()
            }
            bases = apply.load_bases(session, sorted({str(op["id"]) for op in ops}))
            for result in answer.results:
                op = by_id.get(result.op_id)
                entry = entries.get(result.op_id)
                if op is None or entry is None:
                    continue
                status = result.status
                effective = result.original_status if status == "duplicate" else status
                if status == "duplicate":
                    report.duplicates += 1
                if effective in ("applied", "merged", "conflict") and result.rev is not None:
                    report.pushed += 1
                    apply.update_base(
                        session,
                        entry.entity,
                        entry.entity_id,
                        result.rev,
                        op["changed_fields"],
                        bases,
                    )
                    entry.state = "sent"
                    entry.last_error = None
                    for name, value in result.merged_values.items():
                        apply.set_local_field(session, entry.entity, entry.entity_id, name, value)
                    if result.merged_values:
                        apply.update_base(
                            session,
                            entry.entity,
                            entry.entity_id,
                            result.rev,
                            result.merged_values,
                            bases,
                        )
                    if effective == "merged":
                        report.merged += 1
                    elif effective == "applied":
                        report.applied += 1
                    if result.conflicts:
                        entry.state = "conflict"
                        self._record_conflicts(session, entry, result)
                        report.conflicts += len(result.conflicts)
                elif effective == "rejected":
                    entry.state = "rejected"
                    entry.last_error = (
                        f"{result.message or 'Ditolak server.'} [{result.code or 'rejected'}]"[
                            :2000
                        ]
                    )
                    report.rejected += 1
                elif effective == "held":
                    entry.last_error = result.message or "Menunggu perubahan sebelumnya."
                    report.held += 1
                session.add(entry)

    def _record_conflicts(
        self, session: Session, entry: OutboxEntry, result: protocol.OpResult
    ) -> None:
        for item in result.conflicts:
            exists = session.exec(
                select(SyncConflict).where(SyncConflict.server_conflict_id == item.conflict_id)
            ).first()
            if exists is not None:
                continue
            session.add(
                SyncConflict(
                    server_conflict_id=item.conflict_id,
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    field=item.field,
                    kind=item.kind,
                    local_value_json=json.dumps(item.client_value, ensure_ascii=False),
                    server_value_json=json.dumps(item.server_value, ensure_ascii=False),
                    server_rev=result.rev,
                    op_id=entry.op_id,
                )
            )
            # The record shows what the server keeps; the office's value waits in the conflict.
            apply.set_local_field(
                session, entry.entity, entry.entity_id, item.field, item.server_value
            )

    # ---- pull -------------------------------------------------------------------------

    def _pull(
        self, transport: Transport, stream: str, info: protocol.InfoResponse, report: SyncReport
    ) -> int:
        total = 0
        while True:
            with read_session(self.engine) as session:
                cursor_row = session.get(SyncCursor, stream)
                since = cursor_row.cursor if cursor_row and cursor_row.cursor else "0"
            page = protocol.ChangesResponse.model_validate(
                transport.get_json(
                    "/v1/changes",
                    params={"stream": stream, "since": since, "limit": info.limits.page_size},
                )
            )
            contents: dict[str, bytes] = {}
            if stream == protocol.STREAM_REFERENCE:
                for change in page.changes:
                    sha = str(change.data.get("sha256", change.id))
                    body = transport.request("GET", f"/v1/reference/{sha}").content
                    if hashlib.sha256(body).hexdigest() == sha:
                        contents[sha] = body
            with write_session(self.engine) as session:
                remote_session(session)
                if stream == protocol.STREAM_FEEDBACK:
                    applied, unknown = apply.apply_feedback(session, page.changes)
                    total += applied
                    if unknown:
                        report.problems.append(
                            f"{unknown} tanggapan kabupaten untuk usulan yang tidak ada di basis data ini."
                        )
                elif stream == protocol.STREAM_REFERENCE:
                    imported, problems = apply.apply_reference(session, page.changes, contents)
                    total += imported
                    report.problems.extend(problems)
                apply.save_cursor(session, stream, page.next_cursor, page.server_epoch)
            if not page.has_more:
                return total


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def outbox_counts(session: Session) -> dict[str, int]:
    counts = dict(
        session.exec(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)).all()
    )
    open_conflicts = session.exec(
        select(func.count())
        .select_from(SyncConflict)
        .where(col(SyncConflict.resolved_at).is_(None))
    ).one()
    return {
        "pending": int(counts.get("pending", 0)),
        "sent": int(counts.get("sent", 0)),
        "rejected": int(counts.get("rejected", 0)),
        "conflicts": int(open_conflicts),
    }


def first_unsent_seq(session: Session) -> int:
    """The outbox number a new enrolment starts from: its oldest unsent entry, or the next one."""
    oldest = session.exec(
        select(func.min(OutboxEntry.device_seq)).where(OutboxEntry.state == "pending")
    ).one()
    if oldest is not None:
        return int(oldest)
    newest = session.exec(select(func.max(OutboxEntry.device_seq))).one()
    return int(newest or 0) + 1
