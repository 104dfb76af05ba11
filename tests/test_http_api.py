"""The HTTP surface: OpenAI-shaped errors for bad input, headers on every response, health, metrics, OpenAPI."""

from __future__ import annotations

import httpx
import openai
import pytest

from tests.conftest import ADMIN_KEY, Gateway, remote
from tests.fakes.upstream import FakeUpstream

AUTH = {"authorization": f"Bearer {ADMIN_KEY}"}


@pytest.fixture
def gw(make_gateway, upstreams: dict[str, FakeUpstream]) -> Gateway:  # type: ignore[no-untyped-def]
    return make_gateway({"deployments": {"m": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["m"]}},
                         "max_body_bytes": 4096})


def post(gw: Gateway, body: object = None, *, content: bytes | None = None, headers: dict[str, str] | None = None,
         path: str = "/v1/chat/completions") -> httpx.Response:
    h = {**AUTH, **(headers or {})}
    if content is not None:
        return httpx.post(gw.url + path, content=content, headers=h)
    return httpx.post(gw.url + path, json=body, headers=h)


def assert_error(r: httpx.Response, status: int, code: str | None = None, param: str | None = None) -> dict:  # type: ignore[type-arg]
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert err["message"]
    if code is not None:
        assert err["code"] == code
    if param is not None:
        assert err["param"] == param
    assert r.headers["x-request-id"]
    assert float(r.headers["x-bastion-overhead-ms"]) >= 0
    return err  # type: ignore[no-any-return]


@pytest.mark.parametrize(("body", "param"), [
    ({"messages": [{"role": "user", "content": "x"}]}, "model"),
    ({"model": "m"}, "messages"),
    ({"model": "m", "messages": []}, "messages"),
    ({"model": "m", "messages": "hi"}, "messages"),
    ({"model": "m", "messages": [{"role": "wizard", "content": "x"}]}, "messages[0].role"),
    ({"model": "m", "messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"}, "temperature"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": 3}, "temperature"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "top_p": 1.5}, "top_p"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "n": 0}, "n"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "max_tokens": "10"}, "max_tokens"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "stream": "yes"}, "stream"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "stop": [1, 2]}, "stop"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "tools": [{"type": "function"}]}, "tools[0]"),
    ({"model": "m", "messages": [{"role": "user", "content": "x"}], "response_format": {"type": "xml"}},
     "response_format"),
])
def test_wrong_types_are_400_naming_the_field(gw: Gateway, body: dict, param: str) -> None:  # type: ignore[type-arg]
    assert_error(post(gw, body), 400, "invalid_request", param)


@pytest.mark.parametrize("content", [b"{bad json", b"[1, 2]", b"", b"\xff\xfe"])
def test_malformed_json_is_400(gw: Gateway, content: bytes) -> None:
    err = assert_error(post(gw, content=content, headers={"content-type": "application/json"}), 400)
    assert "JSON" in err["message"]


def test_unknown_model_is_404_with_a_hint(gw: Gateway) -> None:
    err = assert_error(post(gw, {"model": "nope", "messages": [{"role": "user", "content": "x"}]}), 404,
                       "model_not_found", "model")
    assert "/v1/models" in err["message"]


def test_oversized_body_is_413(gw: Gateway) -> None:
    big = {"model": "m", "messages": [{"role": "user", "content": "x" * 10_000}]}
    err = assert_error(post(gw, big), 413, "request_too_large")
    assert "max_body_bytes" in err["message"]


def test_oversized_chunked_body_is_413(gw: Gateway) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b"x" * 1000

    r = httpx.post(gw.url + "/v1/chat/completions", content=chunks(), headers=AUTH)
    assert_error(r, 413, "request_too_large")


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer bst_wrong"}, {"authorization": "Basic abc"},
                                     {"authorization": "Bearer " + "x" * 5000}])
def test_missing_or_bad_key_is_401(gw: Gateway, headers: dict[str, str]) -> None:
    r = httpx.post(gw.url + "/v1/chat/completions", json={"model": "m", "messages": []}, headers=headers)
    err = assert_error(r, 401)
    assert err["type"] == "authentication_error"


def test_bad_key_gets_401_before_the_body_is_judged(gw: Gateway) -> None:
    r = httpx.post(gw.url + "/v1/chat/completions", content=b"{bad", headers={"authorization": "Bearer bst_x"})
    assert_error(r, 401)


def test_azure_style_api_key_header_works(gw: Gateway) -> None:
    r = httpx.post(gw.url + "/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "x"}]},
                   headers={"api-key": ADMIN_KEY})
    assert r.status_code == 200


def test_unknown_path_and_method_are_openai_shaped(gw: Gateway) -> None:
    assert_error(httpx.get(gw.url + "/v1/nothing-here"), 404, "unknown_url")
    assert_error(httpx.get(gw.url + "/v1/chat/completions"), 405, "method_not_allowed")


def test_sdk_sees_typed_errors(gw: Gateway) -> None:
    with pytest.raises(openai.AuthenticationError):
        gw.client(key="bst_nope").models.list()
    with pytest.raises(openai.NotFoundError):
        gw.client().chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])


def test_every_response_has_request_id_and_overhead(gw: Gateway) -> None:
    r = post(gw, {"model": "m", "messages": [{"role": "user", "content": "x"}]}, headers={"x-request-id": "abc-123"})
    assert r.status_code == 200
    assert r.headers["x-request-id"] == "abc-123"  # a caller's id is kept for correlation
    assert 0 <= float(r.headers["x-bastion-overhead-ms"]) < 1000
    for path in ("/health", "/ready", "/metrics", "/openapi.json"):
        h = httpx.get(gw.url + path).headers
        assert len(h["x-request-id"]) == 32 and "x-bastion-overhead-ms" in h


def test_health_and_ready(gw: Gateway) -> None:
    assert httpx.get(gw.url + "/health").json() == {"status": "ok"}
    r = httpx.get(gw.url + "/ready")
    assert r.status_code == 200
    assert r.json()["checks"] == {"database": "ok", "deployment:m": "ok"}


def test_ready_is_503_when_no_deployment_answers(make_gateway) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway({"deployments": {"dead": {"provider": "openai-compatible", "base_url": "http://127.0.0.1:9/v1"}}})
    r = httpx.get(gw.url + "/ready")
    assert r.status_code == 503
    assert r.json()["checks"]["deployment:dead"].startswith("unreachable")


def test_metrics_use_genai_names(gw: Gateway) -> None:
    post(gw, {"model": "m", "messages": [{"role": "user", "content": "x"}]})
    text = httpx.get(gw.url + "/metrics").text
    assert 'gen_ai_client_operation_duration_seconds_count{error_type="",gen_ai_operation_name="chat",' \
           'gen_ai_request_model="m"} 1.0' in text
    assert 'gen_ai_client_token_usage_sum{gen_ai_operation_name="chat",gen_ai_request_model="m",' \
           'gen_ai_token_type="input"} 11.0' in text
    assert "bastion_gateway_overhead_seconds_bucket" in text


def test_openapi_document_describes_the_api(gw: Gateway) -> None:
    doc = httpx.get(gw.url + "/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    assert {"/v1/chat/completions", "/v1/embeddings", "/v1/models", "/health", "/ready"} <= set(doc["paths"])
    schemas = doc["components"]["schemas"]
    assert "messages" in schemas["ChatCompletionRequest"]["properties"]
    assert schemas["ErrorResponse"]["properties"]["error"]
    post_chat = doc["paths"]["/v1/chat/completions"]["post"]
    assert post_chat["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("ChatCompletionRequest")


def test_tracing_emits_genai_spans(make_gateway, upstreams: dict[str, FakeUpstream]) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway({"deployments": {"m": remote("a", upstreams["a"])}, "routes": {"m": {"targets": ["m"]}},
                       "tracing": {"enabled": True}})
    gw.client().chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    spans = gw.services.tracer.memory.get_finished_spans()
    assert [s.name for s in spans] == ["chat m"]
    attrs = dict(spans[0].attributes)
    assert attrs["gen_ai.request.model"] == "m" and attrs["gen_ai.usage.input_tokens"] == 11
    assert attrs["bastion.deployment"] == "m" and attrs["http.response.status_code"] == 200
