"""Proposal files: the village template, import with preview (our format and SIPD's), export."""

from app.core.proposal_io.export import (
    export_proposals,
    export_sipd,
    write_rejected_rows,
    write_template,
)
from app.core.proposal_io.importer import (
    ImportOutcome,
    ImportPreview,
    ImportRejected,
    PreviewRow,
    RowProblem,
    commit_import,
    preview_import,
)

__all__ = [
    "ImportOutcome",
    "ImportPreview",
    "ImportRejected",
    "PreviewRow",
    "RowProblem",
    "commit_import",
    "export_proposals",
    "export_sipd",
    "preview_import",
    "write_rejected_rows",
    "write_template",
]
