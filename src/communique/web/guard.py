"""Cross-site protection of the dashboard's one write path (the judging sheet, ``/audit``).

A write (``POST /audit/ROW``, ``POST /api/audit/ROW``) is carried out only when both hold:

* it carries this server's token: a random value made when the server starts, given on
  the ``/audit`` pages as a hidden form field and by ``GET /api/audit``. Another web site
  cannot read it: the browser keeps other origins from reading this server's answers (no
  CORS headers are sent), and requests addressed to a host name the server is not bound
  to are refused (``app.py``), so a DNS-rebinding page cannot read them either;
* its ``Origin`` header (or, when the browser sends none or ``null``, its ``Referer``)
  is this server as the request addresses it: the ``Host`` header's host and port.

Anything else is refused with 403 and a sentence saying why. A server bound to every
interface (``--host 0.0.0.0``) answers any host name, which would let a DNS-rebinding
page be "this server"; it then takes writes only when addressed by an IP address or as
localhost. The pages that hold the form send ``Referrer-Policy: same-origin`` (the
others send ``no-referrer``), so the browser names their origin when posting it.
"""

from __future__ import annotations

import ipaddress
import secrets
from urllib.parse import urlsplit

from fastapi import Request
from starlette.exceptions import HTTPException


def _addressed_by_ip(host: str) -> bool:
    name = urlsplit(f"//{host}").hostname or ""
    if name == "localhost":
        return True
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def check_write(request: Request, token: str | None, expected: str) -> None:
    """Refuse (403) a write that is not from this server's own pages; see the module
    docstring. ``token`` is what the request carried, ``expected`` the server's."""
    host = request.headers.get("host", "").lower()
    claimed = request.headers.get("origin")
    if claimed in (None, "", "null"):
        claimed = request.headers.get("referer")
    if not claimed:
        raise HTTPException(
            403,
            "refused: a write must come from this server's own pages, and this request "
            f"names no Origin or Referer (from a script, send Origin: http://{host})",
        )
    parts = urlsplit(claimed)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != host:
        came = f"{parts.scheme}://{parts.netloc}" if parts.netloc else repr(claimed[:60])
        raise HTTPException(
            403,
            f"refused a write from {came}: this server takes verdicts only from its own "
            f"pages at http://{host}/audit",
        )
    if getattr(request.app.state, "any_host", False) and not _addressed_by_ip(host):
        raise HTTPException(
            403,
            f"refused: the server listens on every interface, so it takes writes only when "
            f"addressed by IP address, not as {host!r} (a guard against DNS rebinding)",
        )
    if not token or not secrets.compare_digest(token.encode(), expected.encode()):
        raise HTTPException(
            403,
            "refused: the form's token is not this server's (a page from an earlier run of "
            "the server?): reload the page and judge again",
        )
