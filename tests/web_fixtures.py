"""Browser fixtures: Debian's chromium driven by Playwright (DESIGN §4), a page that fails its test on any
request leaving loopback, and a screenshot of every page kept under ``test-artifacts/screenshots``.

Test modules import the fixtures they use: ``from tests.web_fixtures import browser, page  # noqa: F401``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"


def _needs_browser() -> None:
    why = None
    if not Path(CHROMIUM).exists():
        why = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium chromium-driver)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            why = "the playwright package is missing: run make setup"
    if why is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {why}")
        pytest.skip(why)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One chromium per test module. Not per session: sync Playwright keeps its event loop marked as running
    in this thread while it is open, so a later test's ``asyncio.run`` (the PostgreSQL fixtures) would fail."""
    _needs_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


class Page:
    """A browser page plus what it tried to reach: ``outside`` lists every request that left loopback."""

    def __init__(self, page: Any, outside: list[str], errors: list[str]) -> None:
        self.page = page
        self.outside = outside
        self.errors = errors


def new_page(browser: Any, name: str, *, locale: str = "en-US", width: int = 1280, height: int = 900) -> Any:
    """A page in a fresh context (its own cookies); the caller closes the context."""
    ctx = browser.new_context(locale=locale, viewport={"width": width, "height": height})
    outside: list[str] = []

    def guard(route: Any) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    ctx.route("**/*", guard)
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.bastion = Page(page, outside, errors)  # type: ignore[attr-defined]
    page.bastion_name = name  # type: ignore[attr-defined]
    return page


def screenshot(page: Any, suffix: str = "") -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", page.bastion_name + (f"-{suffix}" if suffix else ""))
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A desktop-sized page; its last state is saved as a screenshot, and a request beyond loopback fails
    the test."""
    p = new_page(browser, request.node.name)
    yield p
    try:
        screenshot(p)
    finally:
        outside = p.bastion.outside
        p.context.close()
    assert not outside, f"the page made requests beyond Bastion itself: {outside}"
