"""The admin console at /admin in a real browser (Debian's chromium through Playwright): an admin logs in; the
dashboards plot real traffic with Chart.js; a document uploaded with progress is listed and found by the test
search (the packaged e5 embedder); the audit log shows a request and its verdicts; a new key is shown once and
revoked; a user created with a password signs in until the password is removed; an ended session returns to the
login form; an assistant edit makes a new version; the page holds at 360 px and speaks Korean; a user key is refused.
Screenshots are kept under test-artifacts/screenshots."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import openai
import pytest

from bastion.resources import Resources
from tests.conftest import ADMIN_KEY, Gateway, LoopThread, remote, start_gateway, stop_gateway
from tests.fakes.upstream import Act, FakeUpstream
from tests.test_knowledge import TRAVEL, new_kb, upload
from tests.web_fixtures import browser, new_page, page, screenshot  # noqa: F401

E5 = {"provider": "local-embedding", "kind": "embedding", "model": "multilingual-e5-small"}
LEAVE = b"""# Leave policy

## Annual leave

Full-time employees receive 15 days of paid annual leave per year. Unused days carry over until March.

## Sick leave

Up to 10 days of paid sick leave per year, with a doctor's note after three consecutive days.
"""
CHARTS = ["traffic", "latency", "cache", "cost", "guardrails", "abusers", "feedback", "refusals"]
BLOCKED_ID = "req-web-admin-blocked-0001"


def config(ups: dict[str, FakeUpstream]) -> dict[str, Any]:
    return {"deployments": {"a": remote("a", ups["a"]), "e5": E5},
            "routes": {"up-a": {"targets": ["a"]}, "multilingual-e5-small": {"targets": ["e5"]}},
            "prices": {"up-a": {"input": 1.0, "output": 2.0}}, "cache": {"enabled": True},
            "assistants": {
                "helpdesk": {"route": "up-a", "role": "You are the IT help desk.", "intro": "I fix laptops.",
                             "starters": ["My VPN drops"]},
                "hr": {"route": "up-a", "role": "You are the HR help desk.", "cache": {"enabled": False},
                       "retrieval": {"knowledge_bases": ["policies"], "min_relevance": 0.79}}},
            "guardrails": {"policies": {"default": {"actions": {"secrets": "block"}}}},
            "quotas": {"key_cache_seconds": 0},  # a revoked key stops at once
            "web": {"login_per_minute": 200}}  # this module signs in more often than a person would


def api(gw: Gateway, method: str, path: str, key: str = ADMIN_KEY, **kw: Any) -> httpx.Response:
    return httpx.request(method, f"{gw.url}{path}", headers={"authorization": f"Bearer {key}"}, timeout=60, **kw)


def user_key(gw: Gateway, name: str, role: str = "user") -> str:
    r = api(gw, "POST", "/admin/keys", json={"name": name, "role": role})
    assert r.status_code == 201, r.text
    return r.json()["key"]  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def gw(servers: LoopThread, tmp_path_factory: pytest.TempPathFactory, scanner_models: Resources,
       upstreams: dict[str, FakeUpstream]) -> Iterator[Gateway]:
    g = start_gateway(servers, tmp_path_factory.mktemp("web-admin"), config(upstreams), scanner_models)
    yield g
    stop_gateway(servers, g)


@pytest.fixture(scope="module")
def traffic(gw: Gateway, upstreams: dict[str, FakeUpstream]) -> dict[str, Any]:
    """Real requests before any page opens: a cache miss and hit, a raw call, a blocked request, a refusal, votes."""
    new_kb(gw)
    upload(gw, "policies", [("travel.md", TRAVEL.encode())])
    alice, bob = user_key(gw, "alice"), user_key(gw, "bob")
    ask = lambda key, text, model="assistant/helpdesk", **kw: gw.client(key).chat.completions.create(  # noqa: E731
        model=model, messages=[{"role": "user", "content": text}], **kw)
    upstreams["a"].script(Act(text="Restart the VPN client."))
    first = ask(alice, "How do I reconnect to the VPN?")
    ask(bob, "How do I reconnect to the VPN?")  # the cache's hit
    ask(alice, "Hello", model="up-a")
    with pytest.raises(openai.BadRequestError):
        ask(bob, "store AKIAIOSFODNN7EXAMPLE for me", model="up-a", extra_headers={"x-request-id": BLOCKED_ID})
    refused = ask(alice, "What is the capital of Australia?", model="assistant/hr")
    assert refused.model_extra["bastion"]["refused"] is True
    for key, rating in ((alice, "up"), (bob, "down")):
        r = api(gw, "POST", "/v1/feedback", key, json={"response_id": first.id, "rating": rating})
        assert r.status_code == 200, r.text
    return {"alice": alice, "bob": bob, "requests": 5}


def login(p: Any, gw: Gateway, key: str = ADMIN_KEY, tab: str = "") -> None:
    p.goto(f"{gw.url}/admin{'#' + tab if tab else ''}")
    p.locator("input[name=api_key]").fill(key)
    p.get_by_role("button", name="Sign in").click()
    p.locator("#who").wait_for()


def page_errors(p: Any) -> list[str]:
    """Script errors, not the failed loads the page expects (the 401 of /web/session before the login)."""
    return [e for e in p.bastion.errors if "Failed to load resource" not in e]


def chart_data(p: Any, name: str) -> dict[str, Any]:
    return p.evaluate("""(id) => {
        const c = document.getElementById(id);
        const chart = Chart.getChart(c);
        const box = c.getBoundingClientRect();
        return {width: box.width, height: box.height, labels: chart.data.labels,
                datasets: chart.data.datasets.map(d => ({label: d.label, data: d.data}))};
    }""", f"chart-{name}")


def x_title(p: Any, name: str = "traffic") -> str:
    return p.evaluate("(id) => Chart.getChart(document.getElementById(id)).options.scales.x.title.text",  # type: ignore[no-any-return]
                      f"chart-{name}")


def test_an_admin_logs_in_and_the_dashboards_plot_real_traffic(gw: Gateway, traffic: dict[str, Any],
                                                               page: Any) -> None:  # noqa: F811
    login(page, gw)
    assert page.locator("#login").is_hidden() and page.locator("#console").is_visible()
    assert "admin" in page.locator("#who").inner_text()
    page.wait_for_function("() => window.Chart && Chart.getChart(document.getElementById('chart-refusals'))")
    charts = {name: chart_data(page, name) for name in CHARTS}
    for name, c in charts.items():
        assert c["width"] > 100 and c["height"] > 100, (name, c)
        assert c["datasets"] and c["labels"], (name, c)
    traffic_sets = {d["label"]: d["data"] for d in charts["traffic"]["datasets"]}
    assert sum(traffic_sets["Requests"]) == traffic["requests"] and sum(traffic_sets["Errors"]) == 1
    assert sum(traffic_sets["Completion tokens"]) == 2 * 7  # the two calls that reached the fake upstream
    assert any(v is not None and v > 0 for v in charts["latency"]["datasets"][1]["data"])  # p95
    assert any(charts["cache"]["datasets"][0]["data"])  # the helpdesk's hit
    assert "1 hits, 2 misses" in page.locator("#sum-cache").inner_text()  # its first question and hr's missed
    assert charts["guardrails"]["labels"] == ["secrets"] and charts["guardrails"]["datasets"][0]["data"] == [1]
    assert charts["abusers"]["labels"] == ["bob"] and charts["abusers"]["datasets"][0]["data"] == [1]
    assert charts["feedback"]["labels"] == ["helpdesk"]
    assert [d["data"] for d in charts["feedback"]["datasets"]] == [[1], [1]]
    assert "default · up-a" in charts["cost"]["labels"] and max(charts["cost"]["datasets"][0]["data"]) > 0
    assert any(charts["refusals"]["datasets"][0]["data"])
    assert "(1 of 3)" in page.locator("#sum-refusals").inner_text()  # hr refused; the helpdesk answered twice
    assert page.locator("#dash-tiles").inner_text().count("\n") >= 8
    assert "bob" in page.locator("#abusers-table").inner_text()
    screenshot(page, "desktop")

    page.select_option("#dash-range", "3600")  # the last hour: 60 one-minute buckets, the same totals
    page.wait_for_function("() => Chart.getChart(document.getElementById('chart-traffic')).data.labels.length >= 60")
    assert sum(chart_data(page, "traffic")["datasets"][0]["data"]) == traffic["requests"]
    assert x_title(page) == "Local time"

    # Buckets of a day or more start at midnight UTC: they are named by their UTC date, whatever the browser's zone
    page.context.new_cdp_session(page).send("Emulation.setTimezoneOverride", {"timezoneId": "Pacific/Honolulu"})
    page.select_option("#dash-range", "7776000")  # the last 90 days: two-day buckets
    page.wait_for_function("() => Chart.getChart(document.getElementById('chart-traffic'))"
                           ".options.scales.x.title.text === 'Day (UTC)'")
    stats = api(gw, "GET", "/admin/stats", params={"since": str(int(time.time()) - 7776000)}).json()
    last = datetime.fromisoformat(stats["buckets"][-1])
    assert stats["bucket"] >= 86400 and (last.hour, last.minute) == (0, 0)
    assert chart_data(page, "traffic")["labels"][-1] == f"{last:%b} {last.day}"  # Honolulu's date is the day before
    assert sum(chart_data(page, "traffic")["datasets"][0]["data"]) == traffic["requests"]

    page.set_viewport_size({"width": 360, "height": 800})
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.scrollWidth") <= 362, "no sideways scrolling at 360 px"
    assert chart_data(page, "traffic")["width"] < 360
    screenshot(page, "360px")
    page.get_by_label("Language").select_option("ko")
    assert page.get_by_role("tab", name="대시보드").is_visible()
    page.wait_for_function("() => Chart.getChart(document.getElementById('chart-traffic')).data.datasets[0]"
                           ".label === '요청'")
    screenshot(page, "ko")
    assert page_errors(page) == []


def test_an_admin_uploads_a_document_and_finds_it_by_test_search(gw: Gateway, traffic: dict[str, Any],
                                                                page: Any) -> None:  # noqa: F811
    login(page, gw, tab="knowledge")
    page.get_by_role("tab", name="Knowledge").wait_for()
    assert page.get_by_role("tab", name="Knowledge").get_attribute("aria-selected") == "true"
    page.locator("#kb-name").fill("handbook")
    page.locator("#kb-description").fill("the staff handbook")
    page.get_by_role("button", name="Create", exact=True).click()
    page.locator("#kb-title", has_text="handbook").wait_for()
    page.locator("#kb-files").set_input_files(files=[{"name": "leave.md", "mimeType": "text/markdown",
                                                      "buffer": LEAVE}])
    page.get_by_role("button", name="Upload", exact=True).click()
    page.locator("#kb-docs td", has_text="leave.md").wait_for(timeout=60_000)
    assert page.locator("#kb-progress").get_attribute("value") == "100"
    assert "1 of 1 files indexed" in page.locator("#kb-upload-status").inner_text()
    assert "handbook" in page.locator("#kb-list").inner_text()
    page.locator("#kb-query").fill("How many days of paid vacation do employees get?")
    page.get_by_role("button", name="Search", exact=True).click()
    first = page.locator("#kb-results li").first
    first.wait_for()
    assert "leave.md" in first.inner_text() and "15 days" in first.inner_text()
    found = api(gw, "POST", "/v1/knowledge/handbook/search", json={"query": "sick leave doctor's note"}).json()
    assert found["data"][0]["document"] == "leave.md"  # what the page showed is what the API has
    assert page_errors(page) == []


def test_the_audit_log_shows_a_request_with_its_verdicts(gw: Gateway, traffic: dict[str, Any], page: Any) -> None:  # noqa: F811
    login(page, gw, tab="audit")
    page.select_option("#audit-kind", "request")
    page.locator("#audit-action").fill("chat")
    page.get_by_role("button", name="Search", exact=True).click()
    page.locator("#audit-status", has_text=f"{traffic['requests']} entries").wait_for()  # the filtered search
    kinds = page.locator("#audit-list tbody td:nth-child(3)").all_inner_texts()
    assert kinds == ["request"] * traffic["requests"]
    view = page.get_by_role("button", name=f"View request {BLOCKED_ID}")
    view.click()
    detail = page.locator("#audit-detail")
    detail.wait_for()
    assert BLOCKED_ID in page.locator("#audit-fields").inner_text()
    verdicts = page.locator("#audit-verdicts").inner_text()
    assert "secrets" in verdicts and "block" in verdicts and "aws_access_key" in verdicts
    assert "AKIAIOSFODNN7EXAMPLE" not in detail.inner_text()  # the matched text is never shown
    assert page.locator("#audit-nobody").is_visible() and page.locator("#audit-body").is_hidden()
    assert "content_policy_violation" in page.locator("#audit-json").inner_text()
    page.get_by_role("button", name="Close").click()

    # The filters are the API's: each goes into the request, and the page shows what the API answered
    def search(field: str, value: str, param: str) -> Any:
        page.locator(field).fill(value)
        with page.expect_request(lambda r: "/admin/audit?" in r.url) as req:
            page.get_by_role("button", name="Search", exact=True).click()
        assert f"{param}={value}" in req.value.url, req.value.url
        return req.value.url

    page.select_option("#audit-kind", "")
    page.locator("#audit-action").fill("")
    up_a = api(gw, "GET", "/admin/audit", params={"route": "up-a"}).json()["data"]
    assert 0 < len(up_a) < len(api(gw, "GET", "/admin/audit").json()["data"])  # logins, admin changes: no route
    search("#audit-route", "up-a", "route")
    page.locator("#audit-status", has_text=f"{len(up_a)} entries").wait_for()
    assert set(page.locator("#audit-list tbody td:nth-child(5)").all_inner_texts()) == {"up-a"}
    search("#audit-http-status", "400", "status")
    page.locator("#audit-status", has_text="1 entries").wait_for()
    assert page.get_by_role("button", name=f"View request {BLOCKED_ID}").is_visible()
    page.locator("#audit-route").fill("")
    page.locator("#audit-http-status").fill("")
    url = search("#audit-request", BLOCKED_ID, "request_id")
    assert "route=" not in url and "status=" not in url
    page.locator("#audit-status", has_text="1 entries").wait_for()
    assert page.get_by_role("button", name=f"View request {BLOCKED_ID}").is_visible()
    page.locator("#audit-request").fill("")
    search("#audit-route", "no-such-route", "route")
    page.locator("#audit-list", has_text="No entries match").wait_for()
    assert page_errors(page) == []


def test_a_new_key_is_shown_once_and_can_be_revoked(gw: Gateway, traffic: dict[str, Any], page: Any) -> None:  # noqa: F811
    login(page, gw, tab="keys")
    page.on("dialog", lambda d: d.accept())
    page.locator("#key-name").fill("ci-bot")
    page.select_option("#key-role", "user")
    page.get_by_role("button", name="Create key").click()
    shown = page.locator("#key-new-value")
    shown.wait_for()
    key = shown.inner_text()
    assert key.startswith("bst_") and "shown only once" in page.locator("#key-new").inner_text()
    assert api(gw, "GET", "/v1/models", key).status_code == 200, "the key shown works"
    page.locator("#key-list td", has_text="ci-bot").wait_for()
    page.get_by_role("button", name="Done").click()
    assert page.locator("#key-new").is_hidden() and key not in page.content()
    page.reload()
    page.locator("#key-list td", has_text="ci-bot").wait_for()
    assert key not in page.content(), "the key is never shown again"
    page.get_by_role("button", name="Revoke ci-bot").click()
    page.locator("#key-list tr", has_text="ci-bot").filter(has_text="revoked").wait_for()
    assert api(gw, "GET", "/v1/models", key).status_code == 401
    assert page_errors(page) == []


PASSWORD = "correct horse battery"
NEW_PASSWORD = "staple paper clip 42"


def password_login(p: Any, gw: Gateway, username: str, password: str) -> None:
    if p.locator("#login form").count() == 0:
        p.goto(f"{gw.url}/admin")
    p.get_by_label("Username + password").check()
    p.locator("input[name=username]").fill(username)
    p.locator("input[name=password]").fill(password)
    p.get_by_role("button", name="Sign in").click()


def test_a_user_created_with_a_password_signs_in_until_it_is_removed(gw: Gateway, traffic: dict[str, Any],
                                                                     page: Any, browser: Any) -> None:  # noqa: F811
    login(page, gw, tab="keys")
    page.on("dialog", lambda d: d.accept())
    page.locator("#user-name").fill("dana")
    page.locator("#user-email").fill("dana@example.com")
    page.select_option("#user-role", "tenant-admin")
    page.locator("#user-password").fill(PASSWORD)
    page.get_by_role("button", name="Create user").click()
    row = page.locator("#user-list tr", has_text="dana@example.com")
    row.filter(has_text="password set").wait_for()
    assert "tenant-admin" in row.inner_text()
    assert page.locator("#user-password").input_value() == "" and PASSWORD not in page.content()
    root = api(gw, "POST", "/admin/users", json={"name": "root", "role": "admin"})
    assert root.status_code == 201, root.text

    dana = new_page(browser, "test_a_user_created_with_a_password-dana")
    try:
        password_login(dana, gw, "dana@example.com", PASSWORD)  # the e-mail works as the username
        dana.locator("#console").wait_for()
        assert "tenant-admin" in dana.locator("#who").inner_text() and "dana" in dana.locator("#who").inner_text()
        # a tenant-admin may not set an admin's password: the API's 403 is shown, the password is not kept
        dana.get_by_role("tab", name="Keys & tenants").click()
        dana.get_by_role("button", name="Set password for root").click()
        dana.get_by_label("New password for root").fill(NEW_PASSWORD)
        dana.get_by_role("button", name="Save password").click()
        dana.locator("#user-pw-error", has_text="only an admin may").wait_for()
        assert dana.locator("#user-pw").input_value() == ""
        [root_now] = [u for u in api(gw, "GET", "/admin/users").json()["data"] if u["name"] == "root"]
        assert root_now["has_password"] is False

        # the admin removes dana's password: her session ends, and the password no longer signs in
        page.get_by_role("button", name="Remove password for dana").click()
        page.locator("#user-list tr", has_text="dana@example.com").filter(has_text="no password").wait_for()
        dana.get_by_role("tab", name="Dashboards").click()
        dana.get_by_role("button", name="Refresh").click()
        dana.locator("#login form").wait_for()
        assert dana.locator("#console").is_hidden() and dana.locator("#expired").is_visible()
        password_login(dana, gw, "dana", PASSWORD)
        dana.locator("#login .form-error", has_text="wrong username or password").wait_for()
        assert dana.locator("#console").is_hidden()

        # a new password set in the console signs her in again, back where she was
        page.get_by_role("button", name="Set password for dana").click()
        page.get_by_label("New password for dana").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Save password").click()
        page.locator("#user-list tr", has_text="dana@example.com").filter(has_text="password set").wait_for()
        assert page.locator("#user-pw-form").is_hidden() and NEW_PASSWORD not in page.content()
        assert "Password set for dana" in page.locator("#user-status").inner_text()
        password_login(dana, gw, "dana", NEW_PASSWORD)
        dana.locator("#console").wait_for()
        assert dana.locator("#login").is_hidden() and dana.locator("#expired").is_hidden()
        assert dana.get_by_role("tab", name="Dashboards").get_attribute("aria-selected") == "true"
        screenshot(dana)
        assert page_errors(dana) == []
    finally:
        outside = dana.bastion.outside
        dana.context.close()
    assert not outside
    assert page_errors(page) == []


def test_an_ended_session_returns_to_the_login_form(gw: Gateway, traffic: dict[str, Any], page: Any) -> None:  # noqa: F811
    login(page, gw)
    page.wait_for_function("() => window.Chart && Chart.getChart(document.getElementById('chart-traffic'))")
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    ended = httpx.post(f"{gw.url}/web/logout", cookies=cookies, headers={"x-csrf-token": cookies["bastion_csrf"]})
    assert ended.status_code == 204, ended.text
    page.get_by_role("button", name="Refresh").click()
    page.locator("#login form").wait_for()
    assert page.locator("#console").is_hidden() and page.locator("#who").is_hidden()
    assert "session has ended" in page.locator("#expired").inner_text()
    page.locator("input[name=api_key]").fill(ADMIN_KEY)
    page.get_by_role("button", name="Sign in").click()
    page.locator("#console").wait_for()
    assert page.locator("#expired").is_hidden() and "admin" in page.locator("#who").inner_text()
    page.locator("#dash-status", has_text="Updated").wait_for()  # the tab it was on loads again
    assert page_errors(page) == []


def test_an_assistant_edit_makes_a_new_version(gw: Gateway, traffic: dict[str, Any], page: Any) -> None:  # noqa: F811
    login(page, gw, tab="assistants")
    page.get_by_role("button", name="helpdesk").click()
    page.locator("#asst-editor-title", has_text="helpdesk").wait_for()  # filled in once its versions loaded
    assert page.locator("#asst-intro").input_value() == "I fix laptops."
    page.locator("#asst-intro").fill("I fix laptops and printers.")
    page.locator("#asst-starters").fill("My VPN drops\nThe printer jams")
    page.select_option("#asst-strategy", "cot")
    page.get_by_role("button", name="Save as a new version").click()
    page.locator("#asst-status", has_text="Saved as version 2").wait_for()
    assert page.locator("#asst-versions tbody tr").count() == 2
    [a] = [a for a in api(gw, "GET", "/v1/assistants").json()["data"] if a["name"] == "helpdesk"]
    assert a["intro"] == "I fix laptops and printers." and a["starters"] == ["My VPN drops", "The printer jams"]
    assert a["strategy"] == "cot" and a["version"] == 2 and a["route"] == "up-a"
    page.get_by_role("tab", name="Assistants").focus()  # the tabs work from the keyboard: arrows move along
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    assert page.get_by_role("tab", name="Policies").get_attribute("aria-selected") == "true"
    assert page.evaluate("document.activeElement.id") == "tab-policies" and page.url.endswith("#policies")
    page.get_by_role("button", name="default").click()
    assert '"secrets": "block"' in page.locator("#pol-config").input_value()
    assert page.locator("#pol-readonly").is_visible() and page.locator("#pol-save").is_hidden()
    page.get_by_role("tab", name="Memory & review").click()
    page.locator("#promo-list", has_text="No candidates are waiting").wait_for()
    page.locator("#mem-assistant option", has_text="helpdesk").wait_for(state="attached")
    assert page_errors(page) == []


def test_a_user_key_sees_admins_only(gw: Gateway, browser: Any) -> None:  # noqa: F811
    key = user_key(gw, "carol")
    p = new_page(browser, "test_a_user_key_sees_admins_only", width=360, height=740)
    try:
        login(p, gw, key)
        p.locator("#denied").wait_for()
        assert "Admins only" in p.locator("#denied").inner_text() and p.locator("#console").is_hidden()
        screenshot(p)
        assert api(gw, "GET", "/admin/stats", key).status_code == 403
    finally:
        outside = p.bastion.outside
        p.context.close()
    assert not outside
