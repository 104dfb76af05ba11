"""The openai SDK against `bastion serve`'s embedded default: the real SmolLM2 and e5 models."""

from __future__ import annotations

import json
import threading

import numpy as np
import openai
import pytest

from tests.conftest import Gateway

MODEL = "smollm2"
HELLO = [{"role": "user", "content": "Say hello in one short sentence."}]


def test_models_lists_the_embedded_default(local_gateway: Gateway) -> None:
    ids = {m.id for m in local_gateway.client().models.list()}
    assert ids == {"smollm2", "multilingual-e5-small"}
    assert local_gateway.client().models.retrieve("smollm2").id == "smollm2"


def test_chat_returns_text_and_usage(local_gateway: Gateway) -> None:
    r = local_gateway.client().chat.completions.create(model=MODEL, messages=HELLO, max_tokens=16, seed=1)
    assert r.choices[0].message.content
    assert r.choices[0].finish_reason in ("stop", "length")
    assert r.usage is not None and r.usage.prompt_tokens > 0 and 0 < r.usage.completion_tokens <= 16
    assert r.model == MODEL


def test_seed_makes_sampling_repeatable(local_gateway: Gateway) -> None:
    c = local_gateway.client()
    kw = dict(model=MODEL, messages=HELLO, max_tokens=24, temperature=1.0, top_p=0.95, seed=42)
    a = c.chat.completions.create(**kw).choices[0].message.content  # type: ignore[call-overload]
    b = c.chat.completions.create(**kw).choices[0].message.content  # type: ignore[call-overload]
    assert a == b


def test_stream_matches_whole_answer_and_reports_usage(local_gateway: Gateway) -> None:
    c = local_gateway.client()
    kw = dict(model=MODEL, messages=HELLO, max_tokens=20, temperature=0.0, seed=7)
    whole = c.chat.completions.create(**kw)  # type: ignore[call-overload]
    chunks = list(c.chat.completions.create(stream=True, stream_options={"include_usage": True}, **kw))
    text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)
    assert text == whole.choices[0].message.content
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens
    assert chunks[-1].usage.prompt_tokens == whole.usage.prompt_tokens


def test_stream_without_include_usage_has_no_usage_chunk(local_gateway: Gateway) -> None:
    chunks = list(local_gateway.client().chat.completions.create(model=MODEL, messages=HELLO, max_tokens=5,
                                                                 stream=True))
    assert all(ch.choices for ch in chunks)
    assert all(ch.usage is None for ch in chunks)


def test_stop_and_max_completion_tokens(local_gateway: Gateway) -> None:
    c = local_gateway.client()
    r = c.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Count from 1 to 20."}],
                                  max_completion_tokens=40, temperature=0, stop=["5"])
    assert "5" not in (r.choices[0].message.content or "")
    r = c.chat.completions.create(model=MODEL, messages=HELLO, max_completion_tokens=3, temperature=0)
    assert r.usage is not None and r.usage.completion_tokens <= 3


def test_logit_bias_is_applied_and_stream_usage_is_exact(local_gateway: Gateway) -> None:
    c = local_gateway.client()
    ban_eos = {"2": -100}  # <|im_end|>: the answer must run to max_tokens
    whole = c.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=40, logit_bias=ban_eos, seed=2)
    assert whole.choices[0].finish_reason == "length" and whole.usage.completion_tokens == 40  # type: ignore[union-attr]
    chunks = list(c.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=40, logit_bias=ban_eos,
                                            seed=2, stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].usage.completion_tokens == 40  # type: ignore[union-attr]
    assert chunks[-1].usage.prompt_tokens == whole.usage.prompt_tokens  # type: ignore[union-attr]
    with pytest.raises(openai.BadRequestError) as e:
        c.chat.completions.create(model=MODEL, messages=HELLO, max_tokens=4, logit_bias={"99999999": 5})
    assert e.value.param == "logit_bias"


def test_n_returns_several_choices(local_gateway: Gateway) -> None:
    r = local_gateway.client().chat.completions.create(model=MODEL, messages=HELLO, max_tokens=8, n=2, seed=3)
    assert [ch.index for ch in r.choices] == [0, 1]


def test_forced_tool_call_returns_schema_valid_arguments(local_gateway: Gateway) -> None:
    tools = [{"type": "function", "function": {
        "name": "get_weather", "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]
    r = local_gateway.client().chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "What is the weather in Paris?"}], tools=tools,
        tool_choice={"type": "function", "function": {"name": "get_weather"}}, max_tokens=40)
    call = r.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "get_weather"
    assert isinstance(json.loads(call.function.arguments)["city"], str)
    assert r.choices[0].finish_reason == "tool_calls"


def test_json_schema_response_format_is_enforced(local_gateway: Gateway) -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
              "required": ["name", "age"]}
    r = local_gateway.client().chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Invent a person."}], max_tokens=60,
        response_format={"type": "json_schema", "json_schema": {"name": "person", "schema": schema}})
    data = json.loads(r.choices[0].message.content or "")
    assert isinstance(data["name"], str) and isinstance(data["age"], int)


def test_logprobs(local_gateway: Gateway) -> None:
    r = local_gateway.client().chat.completions.create(model=MODEL, messages=HELLO, max_tokens=4, logprobs=True,
                                                       top_logprobs=3, temperature=0)
    content = r.choices[0].logprobs.content  # type: ignore[union-attr]
    assert content and all(t.logprob <= 0 for t in content)
    assert len(content[0].top_logprobs) == 3
    # greedy decoding picks the most likely token
    assert content[0].token == max(content[0].top_logprobs, key=lambda t: t.logprob).token


def test_images_are_refused_by_a_text_only_model(local_gateway: Gateway) -> None:
    with pytest.raises(openai.BadRequestError) as e:
        local_gateway.client().chat.completions.create(model=MODEL, max_tokens=4, messages=[{"role": "user",
                                                                                            "content": [
            {"type": "text", "text": "What is this?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}]}])
    assert e.value.code == "unsupported_parameter"
    assert "image" in str(e.value.message)


def test_embeddings_float_and_base64_agree_and_rank_by_meaning(local_gateway: Gateway) -> None:
    c = local_gateway.client()
    texts = ["How do I reset my password?", "비밀번호를 어떻게 재설정하나요?", "The cat sleeps on the sofa."]
    as_b64 = c.embeddings.create(model="multilingual-e5-small", input=texts)  # SDK default: base64
    as_float = c.embeddings.create(model="multilingual-e5-small", input=texts, encoding_format="float")
    a = np.array([d.embedding for d in as_b64.data])
    b = np.array([d.embedding for d in as_float.data])
    assert a.shape == (3, 384)
    assert np.allclose(a, b, atol=1e-6)
    sims = a @ a.T
    assert sims[0, 1] > sims[0, 2]  # the Korean paraphrase is closer than an unrelated English sentence
    assert as_float.usage.prompt_tokens > 0


def test_embedding_model_is_not_a_chat_model(local_gateway: Gateway) -> None:
    with pytest.raises(openai.BadRequestError):
        local_gateway.client().chat.completions.create(model="multilingual-e5-small", messages=HELLO)


def test_full_queue_answers_429_with_retry_after(make_gateway) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway({"deployments": {"tiny": {"provider": "local", "model": "tiny", "queue_size": 0}}})
    c = gw.client()
    started = threading.Event()
    results: list[object] = []

    def long_stream() -> None:
        # logit_bias bans <|im_end|> (token 2), so the answer runs to max_tokens and holds the model
        s = c.chat.completions.create(model="tiny", messages=HELLO, max_tokens=150, stream=True,
                                      logit_bias={"2": -100})
        for i, _ in enumerate(s):
            if i == 1:
                started.set()
        results.append("done")

    t = threading.Thread(target=long_stream)
    t.start()
    assert started.wait(60)
    with pytest.raises(openai.RateLimitError) as e:
        c.chat.completions.create(model="tiny", messages=HELLO, max_tokens=4)
    assert int(e.value.response.headers["retry-after"]) >= 1
    assert e.value.code == "model_queue_full"
    t.join(60)
    assert results == ["done"]
