"""Fine-tuning and evaluation exports from real traffic (openai SDK against a fake upstream): every SFT and DPO
line passes a validator of OpenAI's documented formats, PII typed by users comes out as placeholders, identical
lines are written once with merged provenance, the filters (assistant, tenant, time, rating) apply, responses
without kept bodies are counted, and `bastion export` writes exactly what the API returns."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from click.testing import CliRunner

from bastion.cli import main
from bastion.resources import Resources
from tests.conftest import Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import Act, FakeUpstream
from tests.test_feedback import HELPDESK, ask, keep_bodies, ok, user_key, vote
from tests.test_knowledge import api

EMAIL, PHONE, COLLEAGUE = "jane.doe@acme.com", "+1 415 555 0100", "john.smith@acme.com"
CORRECTION = f"E-mail security at {EMAIL} or call {PHONE}."

SFT_TOP = {"messages", "tools", "parallel_tool_calls", "functions"}
MESSAGE_KEYS = {"role", "content", "name", "weight", "function_call", "tool_calls"}


def check_sft(line: dict[str, Any]) -> None:
    """OpenAI's chat fine-tuning format (the fine-tuning guide and the cookbook's data-prep checks): an object
    with a non-empty ``messages`` list; each message has a known role and non-empty string content and no other
    keys; a system message comes first if at all; user and assistant alternate, starting with the user; there is
    an assistant message and it is the last (the target)."""
    assert isinstance(line, dict) and set(line) <= SFT_TOP and "messages" in line, line
    msgs = line["messages"]
    assert isinstance(msgs, list) and msgs
    for i, m in enumerate(msgs):
        assert isinstance(m, dict) and {"role", "content"} <= set(m) <= MESSAGE_KEYS, m
        assert m["role"] in ("system", "user", "assistant"), m
        assert isinstance(m["content"], str) and m["content"].strip(), m
        assert m["role"] != "system" or i == 0, "a system message only comes first"
    turns = [m["role"] for m in msgs if m["role"] != "system"]
    assert turns and turns[0] == "user" and turns[-1] == "assistant"
    assert all(a != b for a, b in itertools.pairwise(turns)), f"roles must alternate: {turns}"


def check_dpo(line: dict[str, Any]) -> None:
    """OpenAI's preference (DPO) format: ``input`` with ``messages`` (and optional ``tools``,
    ``parallel_tool_calls``) ending in a user turn, and ``preferred_output`` / ``non_preferred_output``, each one
    assistant message with non-empty text; nothing else at the top level."""
    assert set(line) == {"input", "preferred_output", "non_preferred_output"}, line
    inp = line["input"]
    assert isinstance(inp, dict) and "messages" in inp and set(inp) <= {"messages", "tools", "parallel_tool_calls"}
    assert isinstance(inp.get("tools", []), list) and isinstance(inp.get("parallel_tool_calls", True), bool)
    msgs = inp["messages"]
    assert isinstance(msgs, list) and msgs and msgs[-1]["role"] == "user"
    for i, m in enumerate(msgs):
        assert set(m) == {"role", "content"} and m["role"] in ("system", "user", "assistant"), m
        assert isinstance(m["content"], str) and m["content"].strip()
        assert m["role"] != "system" or i == 0
    outs = []
    for side in ("preferred_output", "non_preferred_output"):
        out = line[side]
        assert isinstance(out, list) and len(out) == 1, out
        assert set(out[0]) == {"role", "content"} and out[0]["role"] == "assistant"
        assert isinstance(out[0]["content"], str) and out[0]["content"].strip()
        outs.append(out[0]["content"])
    assert outs[0] != outs[1], "a preference needs two different answers"


@dataclass
class Data:
    gw: Gateway
    ids: dict[str, str]


def lines(r: httpx.Response) -> list[dict[str, Any]]:
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/x-ndjson")
    return [orjson.loads(x) for x in r.content.splitlines()]


def export(gw: Gateway, kind: str, key: str | None = None, **query: str) -> httpx.Response:
    return api(gw, "GET", f"/admin/export/{kind}", **({"key": key} if key else {}), params=query)


@pytest.fixture(scope="module")
def data(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory, scanner_models: Resources,
         upstreams: dict[str, FakeUpstream]) -> Iterator[Data]:
    cfg = {"deployments": {"a": remote("a", upstreams["a"])},
           "assistants": {"helpdesk": HELPDESK, "facilities": {"route": "up-a", "role": "You run the buildings."}}}
    gw = start_gateway(servers, tmp_path_factory.mktemp("export"), cfg, scanner_models)
    try:
        keep_bodies(gw)
        yield Data(gw, traffic(gw, upstreams["a"]))
    finally:
        stop_gateway(servers, gw)


def traffic(gw: Gateway, up: FakeUpstream) -> dict[str, str]:
    up.reset()
    alice, bob = user_key(gw, "alice")[0], user_key(gw, "bob")[0]
    ids: dict[str, str] = {}

    def answered(name: str, key: str, question: str, text: str, **kw: Any) -> str:
        up.script(Act(text=text))
        ids[name] = ask(gw, key, question, **kw).id
        return ids[name]

    for name, key in (("vpn", alice), ("vpn_again", bob)):  # the same exchange twice: one SFT line
        answered(name, key, "How do I reset my VPN token?", "Open the VPN portal and press Reset token.")
        ok(vote(gw, alice, response_id=ids[name], rating="up"))
    ok(vote(gw, bob, response_id=ids["vpn"], rating="up"))
    answered("badge", alice, "Who do I call about a lost badge?", "Call reception.")
    ok(vote(gw, alice, response_id=ids["badge"], rating="down", correction=CORRECTION,
            comment=f"my colleague {COLLEAGUE} knows more", tags=["security"]))
    answered("warranty", alice, "How long is the laptop warranty?", "One year.")
    ok(vote(gw, alice, response_id=ids["warranty"], rating="down"))
    answered("warranty_again", alice, "How long is the laptop warranty?", "Three years, with on-site service.",
             extra_headers={"x-bastion-regenerate-of": ids["warranty"]})
    ok(vote(gw, alice, response_id=ids["warranty_again"], rating="up"))
    answered("printer", alice, "Which printer is on floor 3?", "The HP-301 next to the kitchen.")
    ok(vote(gw, alice, response_id=ids["printer"], rating="up"))
    answered("printer_bob", bob, "  which printer is on FLOOR 3 ", "The Canon-7.")
    ok(vote(gw, bob, response_id=ids["printer_bob"], rating="down"))
    answered("heating", alice, "Who fixes the heating?", "Facilities, ext. 4400.", model="assistant/facilities")
    ok(vote(gw, alice, response_id=ids["heating"], rating="up"))
    # a tenant that keeps no bodies: its votes count, its responses cannot be exported
    assert api(gw, "POST", "/admin/tenants", json={"id": "meta"}).status_code == 201
    meta_admin = api(gw, "POST", "/admin/keys", json={"tenant_id": "meta", "role": "tenant-admin"}).json()["key"]
    ids["meta_admin"] = meta_admin
    answered("meta", meta_admin, "What is the door code?", "Ask reception.", model="up-a")
    ok(vote(gw, meta_admin, response_id=ids["meta"], rating="up"))
    return ids


def answers(rows: list[dict[str, Any]]) -> list[str]:
    return [r["messages"][-1]["content"] for r in rows]


def test_sft_lines_follow_the_documented_format(data: Data) -> None:
    r = export(data.gw, "sft", assistant="helpdesk")
    rows = lines(r)
    for row in rows:
        check_sft(row)
    got = answers(rows)
    assert got.count("[a] Open the VPN portal and press Reset token.") == 1, "the same content is written once"
    assert "[a] Three years, with on-site service." in got and "[a] The HP-301 next to the kitchen." in got
    assert not [a for a in got if "Call reception" in a or "Canon-7" in a or "One year" in a], "rated down"
    assert all(row["messages"][0] == {"role": "system", "content": row["messages"][0]["content"]} and
               "You are the IT help desk." in row["messages"][0]["content"] for row in rows)
    fixed = next(row for row in rows if row["messages"][1]["content"] == "Who do I call about a lost badge?")
    text = fixed["messages"][-1]["content"]  # the correction is the answer, PII scrubbed
    assert EMAIL not in text and "415 555" not in text and "<EMAIL_ADDRESS_1>" in text and "<PHONE_NUMBER_1>" in text
    assert r.headers["x-bastion-export-lines"] == str(len(rows)) and r.headers["x-bastion-skipped-no-body"] == "0"
    prov = lines(export(data.gw, "sft", assistant="helpdesk", part="provenance"))
    assert [p["line"] for p in prov] == list(range(1, len(rows) + 1))
    vpn = prov[got.index("[a] Open the VPN portal and press Reset token.")]
    assert vpn["response_ids"] == [data.ids["vpn"], data.ids["vpn_again"]] and vpn["source"] == "rating"
    assert prov[rows.index(fixed)] == {"line": rows.index(fixed) + 1, "response_ids": [data.ids["badge"]],
                                       "source": "correction"}
    same = export(data.gw, "sft", assistant="helpdesk", part="provenance")
    assert same.headers["x-bastion-export-digest"] == r.headers["x-bastion-export-digest"]


def test_dpo_pairs_from_corrections_regenerations_and_contrasts(data: Data) -> None:
    r = export(data.gw, "dpo", assistant="helpdesk")
    rows = lines(r)
    for row in rows:
        check_dpo(row)
        assert row["input"]["tools"] == [] and row["input"]["parallel_tool_calls"] is True
    pairs = {(x["preferred_output"][0]["content"], x["non_preferred_output"][0]["content"]): i
             for i, x in enumerate(rows)}
    scrubbed = "E-mail security at <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>."
    assert set(pairs) == {(scrubbed, "[a] Call reception."),
                          ("[a] Three years, with on-site service.", "[a] One year."),
                          ("[a] The HP-301 next to the kitchen.", "[a] The Canon-7.")}
    prov = lines(export(data.gw, "dpo", assistant="helpdesk", part="provenance"))
    regen = prov[pairs[("[a] Three years, with on-site service.", "[a] One year.")]]
    # the regeneration is also a thumbs contrast of the same question: one line, provenance from the first
    assert regen["source"] == "regenerate" and regen["response_ids"] == [data.ids["warranty_again"],
                                                                         data.ids["warranty"]]
    contrast = prov[pairs[("[a] The HP-301 next to the kitchen.", "[a] The Canon-7.")]]
    assert contrast["source"] == "contrast" and contrast["response_ids"] == [data.ids["printer"],
                                                                             data.ids["printer_bob"]]
    inp = rows[pairs[(scrubbed, "[a] Call reception.")]]["input"]["messages"]
    assert inp[-1] == {"role": "user", "content": "Who do I call about a lost badge?"}
    up_only = lines(export(data.gw, "dpo", assistant="helpdesk", rating="up"))
    assert len(up_only) == 2 and all(x["preferred_output"][0]["content"] != scrubbed for x in up_only)


def test_eval_lines_carry_contexts_references_and_scrubbed_comments(data: Data) -> None:
    rows = lines(export(data.gw, "eval", assistant="helpdesk"))
    badge = next(x for x in rows if x["response_id"] == data.ids["badge"])
    assert badge == {"question": "Who do I call about a lost badge?", "answer": "[a] Call reception.", "contexts": [],
                     "reference": "E-mail security at <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>.",
                     "response_id": data.ids["badge"], "rating": "down",
                     "comments": ["my colleague <EMAIL_ADDRESS_2> knows more"], "tags": ["security"]}
    assert {x["response_id"] for x in rows} >= {data.ids["vpn"], data.ids["warranty"], data.ids["printer_bob"]}
    assert all(x["rating"] == "up" for x in lines(export(data.gw, "eval", assistant="helpdesk", rating="up")))


def test_filters_by_assistant_time_tenant_and_rating(data: Data) -> None:
    gw = data.gw
    other = answers(lines(export(gw, "sft", assistant="facilities")))
    assert other == ["[a] Facilities, ext. 4400."]
    assert "[a] Facilities, ext. 4400." in answers(lines(export(gw, "sft")))
    assert lines(export(gw, "sft", until="2000-01-01")) == [] and lines(export(gw, "sft", since="2999-01-01")) == []
    down = answers(lines(export(gw, "sft", assistant="helpdesk", rating="down")))
    assert "[a] The Canon-7." in down and "[a] One year." in down and "[a] The HP-301 next to the kitchen." not in down
    mine = export(gw, "sft", key=data.ids["meta_admin"], rating="any")
    assert lines(mine) == [] and mine.headers["x-bastion-skipped-no-body"] == "1", "metadata retention: no bodies"
    assert export(gw, "sft", key=data.ids["meta_admin"], tenant_id="default").status_code == 403
    assert export(gw, "sql").status_code == 400 and export(gw, "sft", rating="meh").status_code == 400
    reviewer = user_key(gw, "rev", role="reviewer")[0]
    assert export(gw, "sft", key=reviewer).status_code == 403


def test_the_cli_writes_what_the_api_returns(data: Data, tmp_path: Path) -> None:
    s = data.gw.services.settings
    out = tmp_path / "sft.jsonl"
    res = CliRunner().invoke(main, ["export", "sft", "--assistant", "helpdesk", "--config", str(s.config_file),
                                    "--data-dir", str(s.data_dir), "-o", str(out)])
    assert res.exit_code == 0, res.output
    api_body = export(data.gw, "sft", assistant="helpdesk")
    assert out.read_bytes() == api_body.content
    prov = tmp_path / "sft.jsonl.provenance.jsonl"
    assert prov.read_bytes() == export(data.gw, "sft", assistant="helpdesk", part="provenance").content
    res = CliRunner().invoke(main, ["export", "dpo", "--tenant", "meta", "--config", str(s.config_file),
                                    "--data-dir", str(s.data_dir)])
    assert res.exit_code == 0 and res.stdout == ""
    assert "skipped 1 responses whose bodies were not kept" in res.stderr
