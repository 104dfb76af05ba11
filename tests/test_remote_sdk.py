"""The openai SDK against remote providers (OpenAI, Azure, OpenAI-compatible), each played by the fake."""

from __future__ import annotations

import numpy as np
import openai
import pytest

from tests.conftest import Gateway, remote
from tests.fakes.upstream import FakeUpstream

HELLO = [{"role": "user", "content": "hello"}]
TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]


@pytest.fixture
def gw(make_gateway, upstreams: dict[str, FakeUpstream]) -> Gateway:  # type: ignore[no-untyped-def]
    a = upstreams["a"]
    return make_gateway({
        "deployments": {
            "compat": remote("a", a),
            "oai": {"provider": "openai", "base_url": a.url, "api_key": "sk-openai", "model": "gpt-4o-mini",
                    "organization": "org-1"},
            "az": {"provider": "azure", "endpoint": a.url.removesuffix("/v1"), "api_key": "az-secret",
                   "model": "my-gpt4o", "api_version": "2024-10-21",
                   "capabilities": {"vision": True}},
            "emb": {**remote("a", a), "kind": "embedding", "model": "text-embedding-3-small"},
            "az-emb": {"provider": "azure", "kind": "embedding", "endpoint": a.url.removesuffix("/v1"),
                       "api_key": "az-secret", "model": "my-embedder"},
        },
        "routes": {"compat": {"targets": ["compat"]}, "gpt-4o-mini": {"targets": ["oai"]},
                   "azure-gpt4o": {"targets": ["az"]}, "embed": {"targets": ["emb"]},
                   "azure-embed": {"targets": ["az-emb"]}},
    })


def test_chat_through_openai_compatible(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    r = gw.client().chat.completions.create(model="compat", messages=HELLO, temperature=0.3, top_p=0.9, seed=5,
                                            max_tokens=9, stop=["x"], n=1)
    assert r.choices[0].message.content == "[a] Hello from the fake upstream."
    assert r.usage is not None and r.usage.total_tokens == 18
    sent = upstreams["a"].seen[-1]
    assert sent.body["model"] == "up-a"  # rewritten to the deployment's own model name
    assert sent.body["temperature"] == 0.3 and sent.body["seed"] == 5 and sent.body["stop"] == ["x"]
    assert sent.headers["Authorization"] == "Bearer sk-upstream"


def test_openai_provider_sends_org_and_key(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    gw.client().chat.completions.create(model="gpt-4o-mini", messages=HELLO)
    sent = upstreams["a"].seen[-1]
    assert sent.headers["Authorization"] == "Bearer sk-openai"
    assert sent.headers["OpenAI-Organization"] == "org-1"
    assert sent.body["model"] == "gpt-4o-mini"


def test_azure_uses_deployment_path_api_version_and_api_key(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    r = gw.client().chat.completions.create(model="azure-gpt4o", messages=[{"role": "user", "content": [
        {"type": "text", "text": "what is in the picture?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}])
    assert r.choices[0].message.content
    sent = upstreams["a"].seen[-1]
    assert sent.path == "/openai/deployments/my-gpt4o/chat/completions"
    assert sent.query == {"api-version": "2024-10-21"}
    assert sent.headers["api-key"] == "az-secret"
    assert "Authorization" not in sent.headers
    assert sent.body["messages"][0]["content"][1]["type"] == "image_url"  # images pass to vision deployments


def test_stream_with_usage(gw: Gateway) -> None:
    chunks = list(gw.client().chat.completions.create(model="compat", messages=HELLO, stream=True,
                                                      stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip() == "[a] Hello from the fake upstream."
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 18


def test_stream_asks_upstream_for_usage_but_hides_it_unless_asked(gw: Gateway,
                                                                  upstreams: dict[str, FakeUpstream]) -> None:
    chunks = list(gw.client().chat.completions.create(model="compat", messages=HELLO, stream=True))
    assert upstreams["a"].seen[-1].body["stream_options"] == {"include_usage": True}
    assert all(c.usage is None for c in chunks) and all(c.choices for c in chunks)
    # (tests/test_storage.py checks that this request's usage still reached the request log)


def test_tools_pass_through(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    r = gw.client().chat.completions.create(model="compat", messages=HELLO, tools=TOOLS, tool_choice="required")
    call = r.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "get_weather" and call.function.arguments == '{"city": "Seoul"}'
    assert upstreams["a"].seen[-1].body["tools"] == TOOLS
    assert upstreams["a"].seen[-1].body["tool_choice"] == "required"


def test_streamed_tool_calls(gw: Gateway) -> None:
    chunks = list(gw.client().chat.completions.create(model="compat", messages=HELLO, tools=TOOLS,
                                                      tool_choice="required", stream=True))
    calls = [tc for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])]
    assert calls[0].function.name == "get_weather"
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_images_refused_where_the_deployment_cannot_see(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    with pytest.raises(openai.BadRequestError) as e:
        gw.client().chat.completions.create(model="compat", messages=[{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}])
    assert e.value.code == "unsupported_parameter"
    assert upstreams["a"].seen == []  # refused before any upstream call


def test_remote_embeddings_float_and_base64(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    c = gw.client()
    b64 = c.embeddings.create(model="embed", input=["ab", "abcd"])
    flt = c.embeddings.create(model="embed", input=["ab", "abcd"], encoding_format="float")
    assert np.allclose(b64.data[1].embedding, [4.0] * 8)
    assert [d.embedding for d in b64.data] == [d.embedding for d in flt.data]
    assert flt.usage.prompt_tokens == 6
    assert upstreams["a"].seen[-1].body["model"] == "text-embedding-3-small"


def test_azure_embeddings(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> None:
    r = gw.client().embeddings.create(model="azure-embed", input="hello", encoding_format="float")
    assert r.data[0].embedding == [5.0] * 8
    sent = upstreams["a"].seen[-1]
    assert sent.path == "/openai/deployments/my-embedder/embeddings" and sent.headers["api-key"] == "az-secret"
