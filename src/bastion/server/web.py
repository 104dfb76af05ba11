"""The web app's pages and assets: the chat at ``/``, the admin console at ``/admin``, files under ``/static``.

The pages are static files that call the public API (docs/webapp.md); this module only serves them, with a
Content-Security-Policy that allows nothing but Bastion itself, so no page can load or send anything elsewhere.
Chart.js, the one third-party asset, is installed by ``make setup`` from the npm registry (package-lock.json)
into ``bastion/web/node_modules`` and served from there; it is not committed.
"""

from __future__ import annotations

from pathlib import Path

from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bastion.config import Settings
from bastion.errors import BastionError, NotFound

WEB = Path(__file__).resolve().parent.parent / "web"
STATIC = WEB / "static"
VENDOR = {"chart.umd.min.js": WEB / "node_modules" / "chart.js" / "dist" / "chart.umd.min.js"}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
           (b"cross-origin-opener-policy", b"same-origin")]


class AssetMissing(BastionError):
    status = 503
    type = "api_error"


class Secured:
    """Adds the security headers to every response of the wrapped app (pages and assets)."""

    def __init__(self, app: ASGIApp, cache: bytes = b"no-cache") -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *HEADERS, (b"cache-control", self.cache)]
            await send(message)

        await self.app(scope, receive, with_headers)


def _page(name: str) -> Route:
    async def page(request: Request) -> Response:
        return FileResponse(STATIC / name, media_type="text/html; charset=utf-8")

    return Route("/" if name == "chat.html" else "/admin", Secured(_endpoint(page)), methods=["GET", "HEAD"])


def _endpoint(fn: object) -> ASGIApp:
    """A request/response function as an ASGI app (so it can be wrapped)."""
    from starlette.routing import request_response

    return request_response(fn)  # type: ignore[arg-type]


async def _vendor(request: Request) -> Response:
    path = VENDOR.get(request.path_params["name"])
    if path is None:
        raise NotFound(f"no asset /static/vendor/{request.path_params['name']}", code="unknown_url")
    if not path.exists():
        raise AssetMissing("Chart.js is not installed: run `make setup` (it runs npm ci in src/bastion/web)",
                           code="asset_missing")
    return FileResponse(path, media_type="text/javascript; charset=utf-8")


def _zipped(app: ASGIApp) -> ASGIApp:
    """Assets gzipped for browsers that accept it (Chart.js: 210 kB → 70 kB); API responses are left alone."""
    return GZipMiddleware(app, minimum_size=1024)


def routes(settings: Settings) -> list[BaseRoute]:
    """The web app's routes, or none when ``web.enabled`` is false (the API alone)."""
    if not settings.web.enabled:
        return []
    return [
        _page("chat.html"),
        _page("admin.html"),
        Route("/static/vendor/{name}", _zipped(Secured(_endpoint(_vendor), b"public, max-age=86400")),
              methods=["GET", "HEAD"]),
        Mount("/static", app=_zipped(Secured(StaticFiles(directory=STATIC)))),
    ]
