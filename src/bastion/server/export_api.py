"""Fine-tuning and evaluation exports over HTTP: ``GET /admin/export/{sft|dpo|eval}`` (admins and tenant-admins).

The body is the documented JSONL format itself (``application/x-ndjson``), so it can be uploaded as it is.
``?part=provenance`` returns the provenance sidecar instead: one ``{"line", "response_ids", "source"}`` per data
line, in the same order. Both carry ``x-bastion-export-digest`` (the data's sha256: equal digests, same export) and
the counts ``x-bastion-export-lines``, ``x-bastion-skipped-no-body`` and ``x-bastion-skipped-unsupported``.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.errors import InvalidRequest
from bastion.feedback.export import KINDS, RATINGS, export
from bastion.server.admin import _admin, _audit, _when
from bastion.server.feedback_api import tenant_scope
from bastion.storage.feedback_export import ExportFilter


async def get_export(request: Request) -> Response:
    s, p = await _admin(request)
    kind = request.path_params["kind"]
    if kind not in KINDS:
        raise InvalidRequest(f"export kind is one of {', '.join(KINDS)}", param="kind")
    rating = request.query_params.get("rating") or None
    if rating is not None and rating not in RATINGS:
        raise InvalidRequest(f"rating is one of {', '.join(RATINGS)}", param="rating")
    part = request.query_params.get("part") or "data"
    if part not in ("data", "provenance"):
        raise InvalidRequest("part is data (the JSONL) or provenance (its sidecar)", param="part")
    tenant = tenant_scope(request, p)
    flt = ExportFilter(tenant, request.query_params.get("assistant") or None, _when(request, "since"),
                       _when(request, "until"))
    await s.responses.flush()  # this replica's buffered responses (e.g. regenerations nobody voted on yet)
    out = await export(s.db.engine, kind, flt, rating, s.feedback.scrubber)
    if part == "data":
        _audit(s, p, f"export.{kind}", tenant or p.tenant_id,
               {"tenant_id": tenant, "assistant": flt.assistant, "since": flt.since, "until": flt.until,
                "rating": rating, "lines": len(out.lines), "skipped_no_body": out.skipped_no_body})
    headers = {"x-bastion-export-lines": str(len(out.lines)), "x-bastion-export-digest": out.digest,
               "x-bastion-skipped-no-body": str(out.skipped_no_body),
               "x-bastion-skipped-unsupported": str(out.skipped_unsupported)}
    body = out.ndjson() if part == "data" else out.provenance_ndjson()
    return Response(body, media_type="application/x-ndjson", headers=headers)


ROUTES = [Route("/admin/export/{kind}", get_export, methods=["GET"])]
