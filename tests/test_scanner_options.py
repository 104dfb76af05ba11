"""Scanner options in a policy are read strictly: a wrong value is a clear 400 naming the option, never a 5xx, and
"false" written as a string means false."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bastion.guardrails.injection import InjectionScanner
from bastion.guardrails.pii import PiiScanner
from bastion.resources import Resources
from tests.conftest import ADMIN_KEY, Gateway, remote
from tests.fakes.upstream import FakeUpstream

ADMIN = {"authorization": f"Bearer {ADMIN_KEY}"}


@pytest.fixture
def gw(make_gateway, upstreams: dict[str, FakeUpstream]) -> Gateway:  # type: ignore[no-untyped-def]
    return make_gateway({"deployments": {"a": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["a"]}}})


@pytest.mark.parametrize(("options", "named"), [
    ({"injection": {"embedding": "maybe"}}, "embedding"),
    ({"injection": {"min_score": "high"}}, "min_score"),
    ({"injection": {"min_score": 7}}, "min_score"),
    ({"pii": {"spacy": [1]}}, "spacy"),
    ({"topics": {"window": "wide"}}, "window"),
    ({"content": {"ml_threshold": None}}, "ml_threshold"),
    ({"injection": {"embeding": False}}, "embeding"),  # misspelt: refused, not ignored
    ({"secrets": {"strict": True}}, "strict"),  # a scanner that takes none
    ({"topics": {"floor": 0.9, "ceiling": 0.8}}, "floor"),
    ({"content": {"lexicon": "/nonexistent/lexicon.yaml"}}, "lexicon"),  # refused now, not at the first scan
    ({"topics": {"window": 1000.5}}, "window"),
])
def test_a_bad_scanner_option_is_refused_by_name(gw: Gateway, options: dict[str, Any], named: str) -> None:
    r = httpx.put(f"{gw.url}/admin/policies/strict", json={"options": options}, headers=ADMIN)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert named in error["message"] and next(iter(options)) in error["message"]
    assert httpx.get(f"{gw.url}/admin/policies/strict", headers=ADMIN).status_code == 404  # nothing was stored


@pytest.mark.parametrize(("value", "on"), [(False, False), ("false", False), ("off", False), (0, False),
                                           (True, True), ("true", True), ("yes", True), (1, True)])
def test_switches_written_as_words_mean_what_they_say(value: object, on: bool) -> None:
    assert InjectionScanner(Resources(), {"embedding": value}).use_embedding is on
    assert InjectionScanner(Resources(), {"similarity": value}).use_embedding is on  # the option's earlier name
    assert PiiScanner(Resources(), {"spacy": value}).use_spacy is on


def test_a_whole_number_written_as_a_float_is_accepted() -> None:
    from bastion.guardrails.topics import TopicsScanner

    assert TopicsScanner(Resources(), {"window": 2000.0}).window == 2000
