"""PII through the API: values are replaced by placeholders before the provider sees them and come back in
the answer (streams included, whatever the chunking), mappings live encrypted in the shared store so a
conversation keeps its placeholders across replicas, and tenants' allow-lists stop known false positives."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import redis

from bastion.guardrails.masking import Masker, Restorer
from tests.conftest import ADMIN_KEY, remote
from tests.fakes.upstream import Act, FakeUpstream

PROMPT = ("Please write to John Smith (john.smith@acme-corp.com) about the refund, and copy 김민수 고객님 "
          "at 010-2345-6789.")


def config(ups: dict[str, FakeUpstream], **guardrails: Any) -> dict[str, Any]:
    return {"deployments": {"a": remote("a", ups["a"])}, "routes": {"m": {"targets": ["a"]}},
            "guardrails": guardrails}


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def test_pii_is_masked_for_the_provider_and_restored_in_the_answer(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    upstreams["a"].script(Act(text="Dear <PERSON_1>, I wrote to <EMAIL_ADDRESS_1> and <PERSON_2> (<PHONE_NUMBER_1>)."))
    r = gw.client().chat.completions.create(model="m", messages=ask(PROMPT))
    sent = upstreams["a"].seen[-1].body["messages"][0]["content"]
    for value in ("John Smith", "john.smith@acme-corp.com", "김민수", "010-2345-6789"):
        assert value not in sent
    assert sent == ("Please write to <PERSON_1> (<EMAIL_ADDRESS_1>) about the refund, and copy <PERSON_2> 고객님 "
                    "at <PHONE_NUMBER_1>.")
    assert r.choices[0].message.content == ("[a] Dear John Smith, I wrote to john.smith@acme-corp.com and 김민수 "
                                            "(010-2345-6789).")


def test_placeholders_split_across_stream_chunks_are_restored(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams, stream_window=8))
    upstreams["a"].script(Act(pieces=["Dear <PER", "SON_1>", ", mail <", "EMAIL_ADD", "RESS_1> today. <b>ok</b> ",
                                      "x < y and <PERSON_9> stays."]))
    chunks = gw.client().chat.completions.create(model="m", messages=ask(PROMPT), stream=True)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "[a] Dear John Smith, mail john.smith@acme-corp.com today. <b>ok</b> x < y and <PERSON_9> stays."


def test_restorer_never_depends_on_chunk_boundaries() -> None:
    masker = Masker({"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_12>": "ada@example.org"})
    text = "Hi <PERSON_1>! Reply to <EMAIL_ADDRESS_12>, not <EMAIL_ADDRESS_2> or <person_1> or a<b. <PERSON_1>"
    expected = masker.restore(text)
    assert expected == ("Hi Ada Lovelace! Reply to ada@example.org, not <EMAIL_ADDRESS_2> or <person_1> or a<b. "
                        "Ada Lovelace")
    for size in range(1, 12):
        r = Restorer(masker)
        out = "".join(r.feed(text[i:i + size]) for i in range(0, len(text), size)) + r.finish()
        assert out == expected


def test_placeholders_in_tool_call_arguments_are_restored(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    tools = [{"type": "function", "function": {"name": "send", "parameters": {"type": "object"}}}]
    args = '{"to": "<EMAIL_ADDRESS_1>", "name": "<PERSON_1>"}'
    expected = '{"to": "john.smith@acme-corp.com", "name": "John Smith"}'
    for stream in (False, True):
        upstreams["a"].script(Act(arguments=args))
        r = gw.client().chat.completions.create(model="m", messages=ask(PROMPT), tools=tools,  # type: ignore[arg-type]
                                                tool_choice="required", stream=stream)
        if stream:
            got = "".join(c.choices[0].delta.tool_calls[0].function.arguments or ""  # type: ignore[union-attr, index]
                          for c in r if c.choices and c.choices[0].delta.tool_calls)  # type: ignore[union-attr]
        else:
            got = r.choices[0].message.tool_calls[0].function.arguments  # type: ignore[union-attr]
        assert got == expected


def test_tool_call_arguments_are_masked_on_the_way_in(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    history = [*ask(PROMPT), {"role": "assistant", "content": None, "tool_calls": [
        {"id": "c1", "type": "function",
         "function": {"name": "send", "arguments": '{"to": "john.smith@acme-corp.com", "name": "John Smith"}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "sent"}]
    gw.client().chat.completions.create(model="m", messages=history)  # type: ignore[arg-type]
    sent = upstreams["a"].seen[-1].body["messages"][1]["tool_calls"][0]["function"]["arguments"]
    assert sent == '{"to": "<EMAIL_ADDRESS_1>", "name": "<PERSON_1>"}'  # the same placeholders as the prompt


def test_a_conversation_keeps_its_placeholders_across_replicas(make_gateway, upstreams, redis_prefix) -> None:  # type: ignore[no-untyped-def]
    key = base64.b64encode(b"k" * 32).decode()
    cfg = config(upstreams, vault={"key": key, "ttl_seconds": 60})
    one = make_gateway(cfg, redis_url="redis://127.0.0.1:6379/0", redis_prefix=redis_prefix)
    two = make_gateway(cfg, redis_url="redis://127.0.0.1:6379/0", redis_prefix=redis_prefix)
    headers = {"x-bastion-conversation": "conv-42"}
    one.client().chat.completions.create(model="m", messages=ask("Email John Smith please."), extra_headers=headers)
    upstreams["a"].script(Act(text="<PERSON_1> and <PERSON_2> are cc'd."))
    r = two.client().chat.completions.create(
        model="m", messages=ask("Add Mary Jones, and remind John Smith."), extra_headers=headers)
    assert upstreams["a"].seen[-1].body["messages"][0]["content"] == "Add <PERSON_2>, and remind <PERSON_1>."
    assert r.choices[0].message.content == "[a] John Smith and Mary Jones are cc'd."
    client = redis.Redis(host="127.0.0.1", port=6379)
    stored = [client.get(k) for k in client.scan_iter(f"{redis_prefix}vault:default:*conv-42")]
    assert len(stored) == 1 and b"John" not in stored[0] and b"Mary" not in stored[0]  # encrypted at rest
    client.close()

    other = httpx.post(f"{one.url}/admin/keys", json={}, headers={"authorization": f"Bearer {ADMIN_KEY}"}).json()
    upstreams["a"].script(Act(text="It was <PERSON_1>."))
    r = one.client(other["key"]).chat.completions.create(model="m", messages=ask("Who was it?"), extra_headers=headers)
    assert r.choices[0].message.content == "[a] It was <PERSON_1>."  # another key naming the conversation gets nothing


def test_tenant_allow_list_stops_known_false_positives(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    admin = {"authorization": f"Bearer {ADMIN_KEY}"}
    policy = {"allow_list": ["Jordan Peel", "re:acme-\\d+@example\\.com"]}
    assert httpx.put(f"{gw.url}/admin/policies/acme", json=policy, headers=admin).status_code == 201
    assert httpx.patch(f"{gw.url}/admin/tenants/default", json={"policy": "acme"}, headers=admin).status_code == 200
    gw.client().chat.completions.create(
        model="m", messages=ask("Ask Jordan Peel and Sam Carter; mail acme-7@example.com and sam@example.com"))
    assert upstreams["a"].seen[-1].body["messages"][0]["content"] == (
        "Ask Jordan Peel and <PERSON_1>; mail acme-7@example.com and <EMAIL_ADDRESS_1>")


def test_table_cells_are_not_names_and_remasking_restores_placeholders(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    table = "| City | Per diem |\n| --- | --- |\n| Busan | KRW 60,000 |\n| Tokyo | JPY 9,000 |\nAsk Mary Jones."
    gw.client().chat.completions.create(model="m", messages=ask(table))
    sent = upstreams["a"].seen[-1].body["messages"][0]["content"]
    assert "| Busan | KRW 60,000 |" in sent and "Ask <PERSON_1>." in sent  # the name still goes, the cells stay
    masker = Masker({"<PERSON_1>": "Mary Jones", "<PERSON_2>": "Mary Jones-Park"})
    assert masker.remask("Mary Jones-Park and Mary Jones") == "<PERSON_2> and <PERSON_1>"


def test_names_alone_in_table_columns_are_masked(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    text = ("id,customer_name,city,owner\n1,Ngozi Adeyemi,Lagos,Ops team\n2,N/A,Seoul,Ops team\n3,\"Wrobel, Tomasz\","
            "Gdansk,Ops team\n\n| 이름 | 부서 |\n|---|---|\n| 지수 | 인사팀 |\n| 박민혁 | 재무팀 |\n"
            '{"contact_name": "Olivia Brandt", "team": "Sales"}')
    gw.client().chat.completions.create(model="m", messages=ask(text))
    sent = upstreams["a"].seen[-1].body["messages"][0]["content"]
    for name in ("Ngozi Adeyemi", "Wrobel, Tomasz", "지수", "박민혁", "Olivia Brandt"):
        assert name not in sent
    for kept in ("2,N/A,Seoul,Ops team", "Lagos", "| 인사팀 |", '"team": "Sales"'):  # not names: left alone
        assert kept in sent


def test_romanised_place_names_are_not_people(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    text = "For a business trip to Busan, then Daegu and Jeju, book hotels in Gwangju. Ask Minji Park."
    gw.client().chat.completions.create(model="m", messages=ask(text))
    assert upstreams["a"].seen[-1].body["messages"][0]["content"] == (
        "For a business trip to Busan, then Daegu and Jeju, book hotels in Gwangju. Ask <PERSON_1>.")


def test_names_from_chat_logs_lists_and_korean_address_forms_are_masked(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    text = ("[09:58] Priya: did the vendor file go out?\n[2026-11-24 10:02:11] Connection: refused\n"
            "To: Alejandro Ruiz <a.ruiz@corp.local>\nCc: Camila Restrepo, Finance Team\n"
            "[오전 10:05] 김지훈: 민혁이랑 검토할게요. 하은아, 점심 뭐 먹을래? 박대리한테 전달했어요.\n"
            "프리야 씨와 라훌 샤르마 씨가 출근합니다. 하늘이 맑고 주차장이 넓어요. 재현이 안 돼요.\n"
            "upgrading the SDK from 4.12.0.3 to 4.13.0.1; the server at 10.2.0.14 is fine")
    gw.client().chat.completions.create(model="m", messages=ask(text))
    sent = upstreams["a"].seen[-1].body["messages"][0]["content"]
    for name in ("Priya", "Alejandro Ruiz", "a.ruiz@corp.local", "Camila Restrepo", "김지훈", "민혁", "하은", "박대리",
                 "프리야", "라훌 샤르마", "10.2.0.14"):
        assert name not in sent, name
    # log fields, teams, everyday words and version numbers are not people or hosts
    for kept in ("Connection: refused", "Finance Team", "하늘이 맑고 주차장이 넓어요.", "재현이 안 돼요.",
                 "4.12.0.3 to 4.13.0.1"):
        assert kept in sent, kept


def test_business_text_that_only_looks_like_names_or_hosts_is_left_alone(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    text = ('{"name": "Quarterly Report", "service_name": "Billing Gateway"}\n'
            "09:00 Registration: main lobby\n12:30 Lunch: canteen\nName,Price\nWidget,9.99\nTotal,100\n\n"
            "배송 지연이 발생해 위원장님과 조교수, 여사원에게 알렸다.\n참조: 계약서\n명단: 첨부\n"
            "디자이너 님 확인 부탁\n| 담당 | 업무 |\n|---|---|\n| 운영팀 | 견적 |\n"
            "Upgrading the SDK from 4.12.0.3 to 4.13.0.1. Offsite in Hong Kong.\nFrom: Incheon\nTo: Frankfurt\n")
    gw.client().chat.completions.create(model="m", messages=ask(text))
    assert upstreams["a"].seen[-1].body["messages"][0]["content"] == text
    upstreams["a"].script(Act(text="ok"))
    text = "We updated the config to point at 10.2.3.4; mail Mr. Hong; phone 020 7946 0958, 020 7946 0959."
    gw.client().chat.completions.create(model="m", messages=ask(text))
    sent = upstreams["a"].seen[-1].body["messages"][0]["content"]
    for value in ("10.2.3.4", "Hong", "0958", "0959"):  # a real address, a surname, numbers written close together
        assert value not in sent, value


def test_given_names_alone_in_prose_and_lower_case_chat_are_masked(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    text = ("Run the numbers past Tomasz and loop in Adaeze from legal; Oluwaseun will send the form.\n"
            "can you ask bence about it? thanks ifeoma\nJae-won thinks the cap is too low. Anne-Marie Okafor will "
            "review Adaeze's draft.")
    gw.client().chat.completions.create(model="m", messages=ask(text))
    sent = upstreams["a"].seen[-1].body["messages"][0]["content"]
    for name in ("Tomasz", "Adaeze", "Oluwaseun", "bence", "ifeoma", "Jae-won", "Marie", "Okafor"):
        assert name not in sent, name
    upstreams["a"].script(Act(text="ok"))
    # names that are also words, places or products stay when nothing says they are people
    text = ("Will do. The Lisbon offsite is in March; ask python about it and tell me whether Julia suits the data "
            "team. Grace period: 30 days. Hope so. Replace missing values with nan and train it with adam.")
    gw.client().chat.completions.create(model="m", messages=ask(text))
    assert upstreams["a"].seen[-1].body["messages"][0]["content"] == text


def test_local_numbers_by_a_phone_word_and_korean_names_after_role_words_are_masked(make_gateway, upstreams) -> None:  # type: ignore[no-untyped-def]
    gw = make_gateway(config(upstreams))
    text = ("his cell 555-0164, or call me at 555-0177. Phone: 01632 960418\n"
            "렌터카 예약: 운전자 이민혁. 보호자: 변소윤 (딸). 명단: 서지안, 오세린, 이바다")
    gw.client().chat.completions.create(model="m", messages=ask(text))
    sent = upstreams["a"].seen[-1].body["messages"][0]["content"]
    for value in ("555-0164", "555-0177", "960418", "이민혁", "변소윤", "서지안", "오세린", "이바다"):
        assert value not in sent, value
    upstreams["a"].script(Act(text="ok"))
    text = ("Order 555-0164 shipped; see section 123-4567.\n"
            "장보기 목록: 오렌지, 고구마, 감자. 보호자 연락처를 적어 주세요.")
    gw.client().chat.completions.create(model="m", messages=ask(text))
    assert upstreams["a"].seen[-1].body["messages"][0]["content"] == text
