"""The knowledge index contract: the same behaviour tests against SqliteIndex (the embedded default) and
PgIndex (PostgreSQL + pgvector, the scale-out index), then PgIndex's own concerns (schema, the filtered HNSW
walk, a server without pgvector) and the HTTP API end to end with ``knowledge.index_url`` set."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
import pytest

from bastion.knowledge.base import Index, KnowledgeBase, NewDocument
from bastion.knowledge.chunking import Chunk
from bastion.knowledge.pg_index import SCHEMA_VERSION, PgIndex
from bastion.knowledge.sqlite_index import SqliteIndex
from tests.conftest import Gateway
from tests.test_knowledge import LEAVE_KO, TRAVEL, api, new_kb, search, upload

DIMS = 16
HOSTILE = [["a'b"], ["x|y"], ["!:*"], ["\\"], ["'"], ["''"], ["&", "|", "!", "(", ")", "<->"], ['"leave"'],
           ["leave:*B"], ["휴가", "a'b", "x:*", "\\'"], ["leave", "OR", "AND", "NOT"], ["-leave"], ["*"]]


# -- fixtures and helpers --------------------------------------------------------------------------------
@pytest.fixture
def pg_database(pgvector_url: str) -> Iterator[str]:
    """A fresh database on the session's pgvector server, dropped afterwards."""
    name = f"bastion_kn_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pgvector_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield pgvector_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pgvector_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "pg"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Index]:
    idx: Index
    if request.param == "sqlite":
        idx = SqliteIndex(tmp_path / "knowledge.db")
    else:
        idx = PgIndex(request.getfixturevalue("pg_database"))
    yield idx
    idx.close()


def unit(rng: np.random.Generator, k: int, dims: int = DIMS, center: np.ndarray | None = None) -> np.ndarray:
    v = rng.normal(size=(k, dims)) if center is None else center + 0.3 * rng.normal(size=(k, dims))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def make_doc(name: str, texts: list[str], *, tags: tuple[str, ...] = (), groups: tuple[str, ...] = (),
             seed: int = 0, vectors: np.ndarray | None = None, sha: str = "sha-1", dims: int = DIMS) -> NewDocument:
    chunks = [Chunk(t, i + 1, f"{name} > part {i}", i) for i, t in enumerate(texts)]
    words = [re.findall(r"\w+", t.lower()) for t in texts]
    vecs = unit(np.random.default_rng(seed), len(texts), dims) if vectors is None else vectors
    return NewDocument(name, name.upper(), "markdown", sha, sum(len(t) for t in texts), tags, groups, chunks, words,
                       vecs)


def new(index: Index, name: str = "policies", tenant: str = "acme", dims: int = DIMS) -> KnowledgeBase:
    kb = index.create_kb(tenant, name, "test base", "e5", dims)
    assert kb is not None
    return kb


def all_chunks(index: Index, kb: KnowledgeBase) -> dict[int, str]:
    """Every chunk of the base: id -> text (through the vector search, which sees them all)."""
    ids = [cid for cid, _ in index.knn(kb.id, unit(np.random.default_rng(99), 1, kb.dims)[0], 1000, None)]
    return {cid: c.text for cid, c in index.chunks(ids).items()}


def texts(index: Index, hits: list[tuple[int, float]]) -> list[str]:
    got = index.chunks([cid for cid, _ in hits])
    return [got[cid].text for cid, _ in hits]


# -- knowledge bases ---------------------------------------------------------------------------------------
def test_knowledge_bases_are_unique_per_tenant_and_deleted_whole(index: Index) -> None:
    a = new(index)
    assert (a.tenant, a.name, a.description, a.embedding_route, a.dims) == ("acme", "policies", "test base", "e5", DIMS)
    assert (a.version, a.documents, a.chunks) == (0, 0, 0)
    assert index.create_kb("acme", "policies", "again", "e5", DIMS) is None
    new(index, "policies", tenant="Zeta", dims=8)  # another tenant may use the name, with other dims
    new(index, "handbook")
    assert index.get_kb("acme", "policies") == a
    assert index.get_kb("acme", "nope") is None and index.get_kb("nobody", "policies") is None
    assert [(k.tenant, k.name) for k in index.list_kbs(None)] == [
        ("Zeta", "policies"), ("acme", "handbook"), ("acme", "policies")]  # byte order, like SQLite
    assert [k.name for k in index.list_kbs("acme")] == ["handbook", "policies"]
    assert index.list_kbs("nobody") == []

    index.put_document(a.id, make_doc("travel.md", ["per diem busan", "receipts in fifteen days"]))
    got = index.get_kb("acme", "policies")
    assert got is not None and (got.version, got.documents, got.chunks) == (1, 1, 2)
    ids = list(all_chunks(index, a))
    index.delete_kb(a.id)
    assert index.get_kb("acme", "policies") is None and index.chunks(ids) == {}
    assert [k.name for k in index.list_kbs("acme")] == ["handbook"]
    again = new(index, dims=8)  # the name is free again, with a new id and new dims
    assert again.id != a.id and (again.version, again.documents, again.dims) == (0, 0, 8)
    assert index.knn(again.id, unit(np.random.default_rng(1), 1, 8)[0], 5, None) == []
    assert index.bm25(again.id, ["busan"], 5, None) == []


def test_creating_a_base_twice_at_once_has_one_winner(index: Index) -> None:
    start = threading.Barrier(6)

    def create(_: int) -> KnowledgeBase | None:
        start.wait()
        return index.create_kb("acme", "race", "", "e5", DIMS)

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(create, range(6)))
    assert sum(r is not None for r in results) == 1
    assert [k.name for k in index.list_kbs("acme")] == ["race"]


# -- documents ------------------------------------------------------------------------------------------------
def test_put_document_inserts_then_replaces_and_old_chunks_go_everywhere(index: Index) -> None:
    kb = new(index)
    v1 = make_doc("travel.md", ["per diem busan", "submit receipts within fifteen days", "tokyo hotel rates"],
                  tags=("finance",), groups=("staff",), seed=1)
    info = index.put_document(kb.id, v1)
    assert (info.kb_id, info.name, info.title, info.format, info.sha256, info.size) == (
        kb.id, "travel.md", "TRAVEL.MD", "markdown", "sha-1", v1.size)
    assert (info.version, info.chunks, info.tags, info.groups) == (1, 3, ("finance",), ("staff",))
    assert index.get_document(kb.id, "travel.md") == info
    old = all_chunks(index, kb)
    assert sorted(old.values()) == sorted(c.text for c in v1.chunks)
    assert texts(index, index.bm25(kb.id, ["busan"], 10, None)) == ["per diem busan"]

    v2 = make_doc("travel.md", ["per diem seoul", "meal allowance"], seed=2, sha="sha-2")
    info2 = index.put_document(kb.id, v2)
    assert info2.version == 2 and info2.chunks == 2
    assert info2.created_at == info.created_at and info2.updated_at >= info.updated_at
    assert (info2.sha256, info2.tags, info2.groups) == ("sha-2", (), ())
    assert index.get_document(kb.id, "travel.md") == info2
    got = index.get_kb("acme", "policies")
    assert got is not None and (got.version, got.documents, got.chunks) == (2, 1, 2)
    assert index.bm25(kb.id, ["busan", "tokyo", "receipts"], 10, None) == []  # old terms gone
    now = all_chunks(index, kb)
    assert sorted(now.values()) == ["meal allowance", "per diem seoul"]
    near = index.knn(kb.id, v1.vectors[0], 10, None)  # old vectors gone too
    assert {cid for cid, _ in near} == set(now)
    # (SQLite may hand a freed id to a new chunk; no old text is left behind either way)
    assert not {c.text for c in index.chunks(list(old)).values()} & set(old.values())
    assert [d.name for d in index.list_documents(kb.id)] == ["travel.md"]


def test_a_failed_put_leaves_the_old_document_whole(index: Index) -> None:
    kb = new(index)
    info = index.put_document(kb.id, make_doc("travel.md", ["per diem busan"]))
    bad = make_doc("travel.md", ["per diem seoul"], dims=DIMS + 1)  # vectors of the wrong width
    with pytest.raises(Exception):  # noqa: B017  # each store raises its own driver's error
        index.put_document(kb.id, bad)
    assert index.get_document(kb.id, "travel.md") == info
    assert texts(index, index.bm25(kb.id, ["busan", "seoul"], 10, None)) == ["per diem busan"]
    got = index.get_kb("acme", "policies")
    assert got is not None and got.version == 1


def test_delete_document_removes_it_from_both_searches(index: Index) -> None:
    kb, other = new(index), new(index, "other")
    a = index.put_document(kb.id, make_doc("a.md", ["annual leave policy", "leave carry over"], seed=1))
    b = index.put_document(kb.id, make_doc("b.md", ["expense policy"], seed=2))
    assert not index.delete_document(other.id, a.id)  # not that base's document
    assert not index.delete_document(kb.id, 10_000_000)
    before = index.get_kb("acme", "policies")
    assert before is not None and before.version == 2
    assert index.delete_document(kb.id, a.id)
    after = index.get_kb("acme", "policies")
    assert after is not None and (after.version, after.documents, after.chunks) == (3, 1, 1)
    assert [d.name for d in index.list_documents(kb.id)] == ["b.md"] and index.get_document(kb.id, "a.md") is None
    assert index.bm25(kb.id, ["leave"], 10, None) == []
    assert texts(index, index.bm25(kb.id, ["policy"], 10, None)) == ["expense policy"]
    assert texts(index, index.knn(kb.id, unit(np.random.default_rng(5), 1)[0], 10, None)) == ["expense policy"]
    assert not index.delete_document(kb.id, a.id)
    assert index.list_documents(other.id) == [] and b.id in {d.id for d in index.list_documents(kb.id)}


def test_concurrent_writers_lose_no_version(index: Index) -> None:
    kb = new(index)

    def write(t: int) -> None:
        for i in range(5):
            index.put_document(kb.id, make_doc("shared.md", [f"shared text {t} {i}", "common words"], seed=t * 10 + i))
            index.put_document(kb.id, make_doc(f"own-{t}.md", [f"own text {t} {i}"], seed=100 + t * 10 + i))

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(write, range(4)))
    shared = index.get_document(kb.id, "shared.md")
    assert shared is not None and shared.version == 20
    assert all(d.version == 5 for d in index.list_documents(kb.id) if d.name.startswith("own-"))
    got = index.get_kb("acme", "policies")
    assert got is not None and (got.version, got.documents, got.chunks) == (40, 5, 6)
    assert len(all_chunks(index, kb)) == 6 and len(index.bm25(kb.id, ["common"], 10, None)) == 1


# -- keyword search ------------------------------------------------------------------------------------------
def test_keyword_search_ranks_the_chunk_with_the_terms_first(index: Index) -> None:
    kb = new(index)
    leave = index.put_document(kb.id, make_doc("leave.md", [
        "annual leave requests need manager approval", "sick leave is paid for up to ten days",
        "the office closes at six and the office opens at nine"], seed=1))
    money = index.put_document(kb.id, make_doc("money.md", [
        "submit expense receipts within fifteen days", "휴가 신청 승인 인사 시스템"], seed=2))
    hits = index.bm25(kb.id, ["sick", "leave", "days"], 10, None)
    assert texts(index, hits)[0] == "sick leave is paid for up to ten days"
    assert len(hits) == 3 and all(s > 0 for _, s in hits) and [s for _, s in hits] == sorted(
        (s for _, s in hits), reverse=True)
    assert texts(index, index.bm25(kb.id, ["receipt"], 10, None)) == [  # English terms are stemmed
        "submit expense receipts within fifteen days"]
    assert texts(index, index.bm25(kb.id, ["휴가"], 10, None)) == ["휴가 신청 승인 인사 시스템"]
    assert texts(index, index.bm25(kb.id, ["leave", "휴가"], 10, {money.id})) == ["휴가 신청 승인 인사 시스템"]
    assert len(index.bm25(kb.id, ["leave", "days"], 2, None)) == 2
    assert {cid for cid, _ in index.bm25(kb.id, ["days"], 10, {leave.id, money.id})} == {
        cid for cid, _ in index.bm25(kb.id, ["days"], 10, None)}
    assert index.bm25(kb.id, [], 10, None) == [] and index.bm25(kb.id, ["", ""], 10, None) == []
    assert index.bm25(kb.id, ["leave"], 10, set()) == []
    assert index.bm25(kb.id, ["nothing"], 10, None) == []


@pytest.mark.parametrize("words", HOSTILE, ids=[repr(w) for w in HOSTILE])
def test_keyword_search_takes_any_terms_without_error(index: Index, words: list[str]) -> None:
    kb = new(index)
    index.put_document(kb.id, make_doc("leave.md", ["annual leave policy", "x y a b", "휴가 신청"]))
    hits = index.bm25(kb.id, words, 5, None)
    assert isinstance(hits, list) and all(isinstance(cid, int) and isinstance(s, float) for cid, s in hits)


# -- vector search -----------------------------------------------------------------------------------------------
def test_vector_search_with_and_without_a_document_filter(index: Index) -> None:
    kb = new(index)
    rng = np.random.default_rng(7)
    docs, vectors = [], {}
    for d in range(6):
        vecs = unit(rng, 5)
        info = index.put_document(kb.id, make_doc(f"d{d}.md", [f"doc {d} chunk {j}" for j in range(5)], vectors=vecs))
        docs.append(info)
        for j in range(5):
            vectors[f"doc {d} chunk {j}"] = vecs[j]
    by_id = {cid: vectors[text] for cid, text in all_chunks(index, kb).items()}
    assert len(by_id) == 30
    q = unit(rng, 1)[0]

    def exact(ids: set[int], n: int) -> list[tuple[int, float]]:
        sims = sorted(((cid, float(by_id[cid] @ q)) for cid in ids), key=lambda h: -h[1])
        return sims[:n]

    def same(got: list[tuple[int, float]], want: list[tuple[int, float]]) -> None:
        assert [cid for cid, _ in got] == [cid for cid, _ in want]
        assert np.allclose([s for _, s in got], [s for _, s in want], atol=1e-5)

    same(index.knn(kb.id, q, 10, None), exact(set(by_id), 10))
    one = {cid for cid, t in all_chunks(index, kb).items() if t.startswith("doc 3 ")}
    same(index.knn(kb.id, q, 10, {docs[3].id}), exact(one, 10))  # all 5 of its chunks, not fewer
    two = {cid for cid, t in all_chunks(index, kb).items() if t.startswith(("doc 1 ", "doc 4 "))}
    same(index.knn(kb.id, q, 3, {docs[1].id, docs[4].id}), exact(two, 3))
    assert index.knn(kb.id, q, 10, set()) == []
    cid, vec = next(iter(by_id.items()))
    top = index.knn(kb.id, vec, 1, None)
    assert top[0][0] == cid and top[0][1] == pytest.approx(1.0, abs=1e-5)


def test_similarity_of_given_chunks(index: Index) -> None:
    kb = new(index)
    vecs = unit(np.random.default_rng(3), 3)
    index.put_document(kb.id, make_doc("a.md", ["one", "two", "three"], vectors=vecs))
    ids = {text: cid for cid, text in all_chunks(index, kb).items()}
    q = unit(np.random.default_rng(4), 1)[0]
    got = index.similarity(kb.id, q, [ids["one"], ids["three"], 10_000_000])
    assert set(got) == {ids["one"], ids["three"]}
    assert got[ids["one"]] == pytest.approx(float(vecs[0] @ q), abs=1e-5)
    assert got[ids["three"]] == pytest.approx(float(vecs[2] @ q), abs=1e-5)
    assert index.similarity(kb.id, q, []) == {}


def test_chunks_carry_their_document_and_place(index: Index) -> None:
    kb = new(index)
    info = index.put_document(kb.id, make_doc("a.md", ["first part", "second part"]))
    ids = {text: cid for cid, text in all_chunks(index, kb).items()}
    got = index.chunks([ids["second part"], 10_000_000])
    assert list(got) == [ids["second part"]]
    c = got[ids["second part"]]
    assert (c.kb_id, c.doc_id, c.document, c.title, c.page, c.section, c.text) == (
        kb.id, info.id, "a.md", "A.MD", 2, "a.md > part 1", "second part")
    assert index.chunks([]) == {}


def test_doc_ids_by_name_tag_and_access_group(index: Index) -> None:
    kb, other = new(index), new(index, "other")
    pub = index.put_document(kb.id, make_doc("public.md", ["x"], tags=("hr", "policy"))).id
    hr = index.put_document(kb.id, make_doc("hr-only.md", ["x"], tags=("hr",), groups=("hr",))).id
    fin = index.put_document(kb.id, make_doc("finance.md", ["x"], tags=("finance",), groups=("finance", "exec"))).id
    assert index.doc_ids(kb.id, (), (), None) is None
    assert index.doc_ids(kb.id, ("public.md", "finance.md"), (), None) == {pub, fin}
    assert index.doc_ids(kb.id, (), ("hr",), None) == {pub, hr}
    assert index.doc_ids(kb.id, (), ("policy", "finance"), None) == {pub, fin}
    assert index.doc_ids(kb.id, (), (), frozenset()) == {pub}  # no groups: only documents open to everyone
    assert index.doc_ids(kb.id, (), (), frozenset({"exec"})) == {pub, fin}
    assert index.doc_ids(kb.id, (), (), frozenset({"hr", "finance"})) == {pub, hr, fin}
    assert index.doc_ids(kb.id, (), ("hr",), frozenset({"finance"})) == {pub}
    assert index.doc_ids(kb.id, ("hr-only.md",), ("hr",), frozenset({"hr"})) == {hr}
    assert index.doc_ids(kb.id, ("nope.md",), (), None) == set()
    assert index.doc_ids(other.id, ("public.md",), (), None) == set()


# -- jobs ----------------------------------------------------------------------------------------------------
def test_jobs_and_their_uploads_live_until_the_job_ends(index: Index) -> None:
    kb = new(index)
    files: list[dict[str, Any]] = [
        {"name": "a.md", "bytes": 3, "tags": ["t"], "groups": [], "status": "queued", "chunks_done": 0,
         "chunks_total": None},
        {"name": "휴가.pdf", "bytes": 2560, "tags": [], "groups": ["hr"], "status": "queued", "chunks_done": 0,
         "chunks_total": None}]
    blobs = [b"abc", bytes(range(256)) * 10]
    index.create_job("kjob_1", kb.id, files, blobs)
    job = index.get_job("kjob_1")
    assert job is not None and (job.id, job.kb_id, job.status, job.files, job.error) == (
        "kjob_1", kb.id, "queued", files, None)
    assert job.created_at == job.updated_at > 0
    assert index.upload("kjob_1", 0) == b"abc" and index.upload("kjob_1", 1) == blobs[1]
    assert index.upload("kjob_1", 2) is None and index.upload("nope", 0) is None
    index.create_job("kjob_2", kb.id, files[:1], blobs[:1])
    assert index.unfinished_jobs() == ["kjob_1", "kjob_2"]

    running = [{**files[0], "status": "running", "chunks_done": 1, "chunks_total": 4}, files[1]]
    index.update_job("kjob_1", "running", running)
    job = index.get_job("kjob_1")
    assert job is not None and job.status == "running" and job.files == running and job.updated_at >= job.created_at
    assert index.upload("kjob_1", 0) == b"abc"  # still needed while it runs
    index.update_job("kjob_1", "done", [{**f, "status": "done"} for f in files])
    assert index.upload("kjob_1", 0) is None and index.upload("kjob_1", 1) is None
    assert index.unfinished_jobs() == ["kjob_2"]
    index.update_job("kjob_2", "failed", files[:1], "RuntimeError: boom")
    job = index.get_job("kjob_2")
    assert job is not None and (job.status, job.error) == ("failed", "RuntimeError: boom")
    assert index.upload("kjob_2", 0) is None and index.unfinished_jobs() == []
    assert index.get_job("nope") is None
    index.delete_kb(kb.id)
    assert index.get_job("kjob_1") is None


# -- PgIndex on its own ------------------------------------------------------------------------------------
def test_pg_schema_is_prefixed_versioned_and_safe_to_create_at_once(pg_database: str) -> None:
    import sqlalchemy

    from bastion.storage.tables import metadata

    engine = sqlalchemy.create_engine(pg_database.replace("postgresql://", "postgresql+psycopg://"))
    metadata.create_all(engine)  # the gateway's own tables in the same database
    engine.dispose()
    start = threading.Barrier(4)

    def open_one(_: int) -> PgIndex:
        start.wait()
        return PgIndex(pg_database)

    with ThreadPoolExecutor(4) as pool:  # four replicas starting at once
        replicas = list(pool.map(open_one, range(4)))
    try:
        kb = replicas[0].create_kb("acme", "policies", "", "e5", DIMS)
        assert kb is not None and replicas[3].get_kb("acme", "policies") == kb  # one shared store
        with psycopg.connect(pg_database) as c:
            tables = {r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
            version = c.execute("SELECT value FROM kn_meta WHERE key = 'schema_version'").fetchone()
        ours = tables - set(metadata.tables) - {"alembic_version"}
        assert set(metadata.tables) <= tables and ours == {
            "kn_meta", "kn_kbs", "kn_documents", "kn_chunks", "kn_jobs", "kn_uploads", f"kn_kb_{kb.id}"}
        assert version == (str(SCHEMA_VERSION),)
        replicas[1].delete_kb(kb.id)
        with psycopg.connect(pg_database) as c:
            assert c.execute("SELECT to_regclass(%s)", (f"kn_kb_{kb.id}",)).fetchone() == (None,)
    finally:
        for r in replicas:
            r.close()


def test_pg_filtered_vector_search_keeps_walking_the_graph(pg_database: str) -> None:
    """A filter that drops the query's nearest neighbours: plain HNSW finds nothing past ef_search, the
    iterative scan keeps going until n rows pass the filter."""
    index = PgIndex(pg_database, exact_below=0)  # always through the HNSW index
    try:
        kb = new(index, dims=8)
        rng = np.random.default_rng(11)
        q = unit(rng, 1, 8)[0]
        far = index.put_document(kb.id, make_doc("far.md", [f"far {i}" for i in range(1000)],
                                                 vectors=unit(rng, 1000, 8, center=-q)))
        index.put_document(kb.id, make_doc("near.md", [f"near {i}" for i in range(100)],
                                           vectors=unit(rng, 100, 8, center=q)))
        plain = "SELECT chunk_id FROM {} WHERE doc_id = %s ORDER BY embedding <=> %s LIMIT 10"
        with psycopg.connect(pg_database, autocommit=True) as c:
            from pgvector.psycopg import register_vector

            register_vector(c)
            c.execute("ANALYZE")
            sql = plain.format(f"kn_kb_{kb.id}")
            plan = " ".join(r[0] for r in c.execute("EXPLAIN " + sql, (far.id, q)))
            assert "hnsw" in plan, plan  # the planner does use the graph here
            assert c.execute(sql, (far.id, q)).fetchall() == []  # without the walk
        hits = index.knn(kb.id, q, 10, {far.id})
        assert len(hits) == 10 and all(t.startswith("far ") for t in texts(index, hits))
        assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
        index.exact_below = 10_000_000
        exact = index.knn(kb.id, q, 10, {far.id})
        assert len({c for c, _ in hits} & {c for c, _ in exact}) >= 8
    finally:
        index.close()


@pytest.mark.postgres
def test_pg_without_pgvector_says_what_the_server_needs(pg_url: str) -> None:
    """The system PostgreSQL 15 here has no pgvector."""
    with pytest.raises(RuntimeError, match="needs the pgvector extension"):
        PgIndex(pg_url)


def test_pg_text_with_nul_characters_is_stored(pg_database: str) -> None:
    index = PgIndex(pg_database)
    try:
        kb = new(index)
        doc = make_doc("a.md", ["nul\x00inside"])
        index.put_document(kb.id, doc)
        assert list(all_chunks(index, kb).values()) == ["nulinside"]
        assert isinstance(index.bm25(kb.id, ["nul\x00inside", "\x00"], 5, None), list)
    finally:
        index.close()


# -- the HTTP API on PostgreSQL -----------------------------------------------------------------------------
def test_http_api_end_to_end_on_pgvector(make_gateway: Callable[..., Gateway], pg_database: str) -> None:
    gw = make_gateway(config={"knowledge": {"index_url": pg_database}})
    new_kb(gw)
    job = upload(gw, "policies", [("travel.md", TRAVEL.encode()), ("휴가.md", LEAVE_KO.encode())])
    assert job["status"] == "done" and [f["status"] for f in job["files"]] == ["done", "done"]
    top = search(gw, "policies", "how much per day in Busan?")[0]
    assert top["document"] == "travel.md" and "KRW 60,000" in top["text"]
    assert top["similarity"] > 0.8 and top["bm25_rank"] is not None and top["vector_rank"] is not None
    hits = search(gw, "policies", "연차를 신청은 어떻게 하나요", mode="bm25")
    assert hits and hits[0]["document"] == "휴가.md" and "연차휴가를 신청하려면" in hits[0]["text"]

    shared = PgIndex(pg_database)  # another replica sees the same base
    try:
        assert [k.name for k in shared.list_kbs(None)] == ["policies"]
    finally:
        shared.close()
    docs = api(gw, "GET", "/v1/knowledge/policies/documents").json()["data"]
    travel = next(d for d in docs if d["name"] == "travel.md")
    assert api(gw, "DELETE", f"/v1/knowledge/policies/documents/{travel['id']}").status_code == 200
    assert all(h["document"] != "travel.md" for h in search(gw, "policies", "per diem Busan", top_k=10))
    assert api(gw, "DELETE", "/v1/knowledge/policies").status_code == 200
    assert api(gw, "GET", "/v1/knowledge/policies").status_code == 404
    with psycopg.connect(pg_database) as c:
        assert c.execute("SELECT count(*) FROM kn_kbs").fetchone() == (0,)
        assert c.execute("SELECT count(*) FROM kn_chunks").fetchone() == (0,)
