"""Knowledge bases through the HTTP API: upload (multipart, background job, per-file errors), versioned
documents, hybrid search with Korean morphemes, access groups, and deletion."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.conftest import ADMIN_KEY, Gateway

ADMIN = {"authorization": f"Bearer {ADMIN_KEY}"}
TRAVEL = """# Travel policy

## Per diem

| City | Per diem |
| --- | --- |
| Busan | KRW 60,000 |
| Tokyo | JPY 9,000 |

## Receipts

Submit receipts within 15 calendar days of your return, in the expense tool.
"""
LEAVE_KO = """# 휴가 규정

## 연차휴가 신청

연차휴가를 신청하려면 사용일 3일 전까지 인사 시스템에 등록하고 팀장의 승인을 받아야 합니다.

## 병가

병가는 연 10일까지 유급으로 사용할 수 있습니다.
"""


@pytest.fixture
def gw(make_gateway) -> Gateway:  # type: ignore[no-untyped-def]
    return make_gateway()


def api(gw: Gateway, method: str, path: str, key: str = ADMIN_KEY, **kw: Any) -> httpx.Response:
    return httpx.request(method, f"{gw.url}{path}", headers={"authorization": f"Bearer {key}"}, timeout=60, **kw)


def wait_job(gw: Gateway, kb: str, job: dict[str, Any], key: str = ADMIN_KEY) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job = api(gw, "GET", f"/v1/knowledge/{kb}/jobs/{job['id']}", key).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job did not finish: {job}")


def upload(gw: Gateway, kb: str, files: list[tuple[str, bytes]], **form: str) -> dict[str, Any]:
    r = api(gw, "POST", f"/v1/knowledge/{kb}/documents", files=[("file", f) for f in files], data=form)
    assert r.status_code == 202, r.text
    return wait_job(gw, kb, r.json())


def search(gw: Gateway, kb: str, query: str, key: str = ADMIN_KEY, **kw: Any) -> list[dict[str, Any]]:
    r = api(gw, "POST", f"/v1/knowledge/{kb}/search", key, json={"query": query, **kw})
    assert r.status_code == 200, r.text
    return r.json()["data"]  # type: ignore[no-any-return]


def new_kb(gw: Gateway, name: str = "policies") -> dict[str, Any]:
    r = api(gw, "POST", "/v1/knowledge", json={"name": name, "description": "company policies"})
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_a_batch_ingests_good_files_and_reports_each_bad_one(gw: Gateway) -> None:
    kb = new_kb(gw)
    assert kb["version"] == 0 and kb["embedding_model"] == "multilingual-e5-small"
    job = upload(gw, "policies", [("travel.md", TRAVEL.encode()), ("broken.pdf", b"%PDF-1.7 garbage"),
                                  ("empty.txt", b""), ("old.doc", b"\xd0\xcf\x11\xe0 word 97")])
    status = {f["name"]: f for f in job["files"]}
    assert job["status"] == "done" and job["progress"] == {"files_done": 4, "files_total": 4}
    assert status["travel.md"]["status"] == "done" and status["travel.md"]["chunks_total"] >= 1
    assert status["broken.pdf"]["error"]["code"] == "corrupt"
    assert status["empty.txt"]["error"]["code"] == "empty_file"
    assert status["old.doc"]["error"]["code"] == "unsupported_type"
    docs = api(gw, "GET", "/v1/knowledge/policies/documents").json()["data"]
    assert [d["name"] for d in docs] == ["travel.md"]  # nothing half-ingested from the bad files
    hits = search(gw, "policies", "how much per day in Busan?")
    top = hits[0]
    assert top["document"] == "travel.md" and "KRW 60,000" in top["text"]
    assert top["section"] == "Travel policy > Per diem"  # the table stayed whole, under its heading
    assert top["similarity"] > 0.8 and top["bm25_rank"] is not None and top["vector_rank"] is not None


def test_reupload_replaces_the_document_and_moves_the_version(gw: Gateway) -> None:
    new_kb(gw)
    upload(gw, "policies", [("travel.md", TRAVEL.encode())])
    v1 = api(gw, "GET", "/v1/knowledge/policies").json()["version"]
    again = upload(gw, "policies", [("travel.md", TRAVEL.encode())])
    assert again["files"][0]["status"] == "unchanged"
    assert api(gw, "GET", "/v1/knowledge/policies").json()["version"] == v1
    changed = upload(gw, "policies", [("travel.md", TRAVEL.replace("KRW 60,000", "KRW 75,000").encode())])
    assert changed["files"][0]["version"] == 2
    assert api(gw, "GET", "/v1/knowledge/policies").json()["version"] == v1 + 1
    texts = " ".join(h["text"] for h in search(gw, "policies", "per diem Busan", top_k=10))
    assert "KRW 75,000" in texts and "KRW 60,000" not in texts  # old chunks and vectors went with it
    doc = api(gw, "GET", "/v1/knowledge/policies/documents").json()["data"][0]
    assert api(gw, "DELETE", f"/v1/knowledge/policies/documents/{doc['id']}").status_code == 200
    assert search(gw, "policies", "per diem Busan") == []
    assert api(gw, "GET", "/v1/knowledge/policies").json()["version"] == v1 + 2


def test_korean_keyword_search_matches_morphemes_not_whitespace_words(gw: Gateway) -> None:
    new_kb(gw)
    upload(gw, "policies", [("휴가.md", LEAVE_KO.encode()), ("travel.md", TRAVEL.encode())])
    # "연차를" and "신청은" never appear as written; their morphemes 연차, 신청 do
    hits = search(gw, "policies", "연차를 신청은 어떻게 하나요", mode="bm25")
    assert hits and hits[0]["document"] == "휴가.md" and "연차휴가를 신청하려면" in hits[0]["text"]
    assert hits[0]["section"] == "휴가 규정 > 연차휴가 신청"


def test_access_groups_filter_documents_for_user_keys(gw: Gateway) -> None:
    new_kb(gw)
    upload(gw, "policies", [("travel.md", TRAVEL.encode())])
    upload(gw, "policies", [("휴가.md", LEAVE_KO.encode())], groups="hr")
    outsider = api(gw, "POST", "/admin/keys", json={"name": "u1", "role": "user"}).json()["key"]
    insider = api(gw, "POST", "/admin/keys", json={"name": "u2", "role": "user", "groups": ["hr"]}).json()["key"]
    assert {h["document"] for h in search(gw, "policies", "병가 일수", outsider, top_k=10)} == {"travel.md"}
    assert "휴가.md" in {h["document"] for h in search(gw, "policies", "병가 일수", insider, top_k=10)}
    names = [d["name"] for d in api(gw, "GET", "/v1/knowledge/policies/documents", outsider).json()["data"]]
    assert names == ["travel.md"]
    r = api(gw, "POST", "/v1/knowledge", outsider, json={"name": "mine"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "permission_denied"


def test_bad_requests_get_clear_errors(gw: Gateway) -> None:
    r = api(gw, "POST", "/v1/knowledge/nope/search", json={"query": "x"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "knowledge_base_not_found"
    new_kb(gw)
    assert api(gw, "POST", "/v1/knowledge", json={"name": "policies"}).status_code == 409
    r = api(gw, "POST", "/v1/knowledge", json={"name": "bad name!"})
    assert r.status_code == 400 and "not a valid name" in r.json()["error"]["message"]
    r = api(gw, "POST", "/v1/knowledge/policies/documents", json={"file": "x"})
    assert r.status_code == 400 and "multipart" in r.json()["error"]["message"]
    r = api(gw, "POST", "/v1/knowledge/policies/search", json={"query": ""})
    assert r.status_code == 400
