"""Property-based API tests (schemathesis) against a real server process: every operation of
the OpenAPI document, with a device's access token, on SQLite (and PostgreSQL when
MUSRENBANG_TEST_PG is set). No answer may be a 5xx, and every answer must be one the
document lists, with the content type and body schema it lists.

Bounded so it adds well under two minutes: a few examples per operation and a deadline per
example (``MUSRENBANG_SCHEMATHESIS_EXAMPLES`` raises the count for a longer local probe)."""

from __future__ import annotations

import os
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from common import protocol
from tests.sync.conftest import ServerHandle
from tests.sync.helpers import device_token

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("MUSRENBANG_SCHEMATHESIS_EXAMPLES", "12"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def device_headers(sync_server: ServerHandle) -> dict[str, str]:
    _device, token = device_token(sync_server, sync_server.fresh_kecamatan())
    return {"Authorization": f"Bearer {token}", protocol.PROTOCOL_HEADER: "1"}


@pytest.fixture(scope="module")
def api_schema(sync_server: ServerHandle) -> Any:
    document = requests.get(sync_server.url + "/openapi.json", timeout=10).json()
    return schemathesis.openapi.from_dict(document)


@pytest.mark.parametrize("versions", ["generated", "valid"])
def test_the_api_answers_every_generated_request_as_documented(
    api_schema: Any, device_headers: dict[str, str], sync_server: ServerHandle, versions: str
) -> None:
    """``generated``: the protocol and client headers as schemathesis makes them (most end at
    the version check); ``valid``: both pinned to what this client sends, so the generated
    bodies and parameters reach the handlers behind the check."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 12
    statuses: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=5000,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def probe(case: Any) -> None:
            if versions == "valid" and case.headers:
                case.headers.pop(protocol.PROTOCOL_HEADER, None)
                case.headers.pop(protocol.CLIENT_HEADER, None)
            response = case.call_and_validate(
                base_url=sync_server.url, headers=device_headers, checks=CHECKS, timeout=10
            )
            statuses.append(response.status_code)

        probe()
    # The generated requests reached the server and were answered both ways.
    assert len(statuses) >= 2 * len(operations)
    assert any(s < 300 for s in statuses) and any(400 <= s < 500 for s in statuses)
    if versions == "valid":
        assert 410 not in statuses  # nothing stopped at the version check
        assert 422 in statuses  # generated bodies reached validation
