"""Fixtures of the API tests: the same sample store as the web tests."""

from __future__ import annotations

from web.conftest import client, public_client, sample_url  # noqa: F401
