"""Property-based run of every API operation from the OpenAPI schema (Schemathesis): any
request the schema allows, and many it does not, gets an answer other than a server error."""

from __future__ import annotations

import os

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from techties.store.accounts import Accounts

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))


@pytest.mark.slow
def test_no_operation_answers_with_a_server_error(public_client: TestClient) -> None:
    app = public_client.app
    accounts: Accounts = app.state.accounts  # type: ignore[attr-defined]
    accounts.add_user("fuzzer", "fuzzing-pass", "analyst")
    secret, _ = accounts.create_token("fuzzer")
    headers = {"Authorization": f"Bearer {secret}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, headers=headers)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 18
    failures: list[str] = []
    statuses: list[int] = []
    for operation in operations:
        # requests the schema allows, and requests it forbids (wrong types, bad enums …)
        strategy = st.one_of(operation.as_strategy(GenerationMode.POSITIVE),
                             operation.as_strategy(GenerationMode.NEGATIVE))

        @given(case=strategy, with_token=st.booleans())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case, with_token: bool) -> None:
            response = case.call(headers=headers if with_token else None)
            statuses.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query}: "
                                f"{response.status_code} {response.text[:200]}")

        run()
    assert not failures, "\n".join(failures[:20])
    assert len(statuses) >= 5 * len(operations)
    assert {200, 401, 422} <= set(statuses), "valid, unauthenticated and invalid requests were all tried"
