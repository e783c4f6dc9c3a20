"""A small static server for the built site: `make serve`, the tests and the benchmark.

Why not ``mkdocs serve``: it injects a live-reload script and serves from memory,
so it is not the site that is deployed. This serves ``site/`` as an intranet web
server would, with the MIME types Pyodide needs and, optionally, a strict CSP.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path

# The policy recommended in the README for intranet servers. 'unsafe-inline' is
# for Material's small inline bootstrap scripts; Pyodide needs 'wasm-unsafe-eval'.
STRICT_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)

EXTRA_TYPES = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".ics": "text/calendar",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".whl": "application/zip",
    ".zip": "application/zip",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    csp: str | None = None
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}

    def end_headers(self) -> None:
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def make_server(root: Path, port: int = 0, csp: str | None = None) -> http.server.ThreadingHTTPServer:
    handler = type("SiteHandler", (Handler,), {"csp": csp})
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(root)))


def serve_in_thread(root: Path, csp: str | None = None) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = make_server(root, 0, csp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--root", default="site")
    ap.add_argument("--port", type=int, default=8000)
    ap.add_argument("--csp", action="store_true", help="send the strict Content-Security-Policy")
    args = ap.parse_args()
    server = make_server(Path(args.root), args.port, STRICT_CSP if args.csp else None)
    print(f"Håndbogen kører på http://127.0.0.1:{args.port}/  (stop med Ctrl+C)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
