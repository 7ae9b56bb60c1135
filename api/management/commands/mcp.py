"""Run the MCP server.

manage.py mcp --token ropat_...            stdio, for a local MCP client (or RESUMEOPT_TOKEN)
manage.py mcp --http [--host H] [--port P] streamable HTTP at /mcp; each request sends
                                           Authorization: Bearer <token>
"""

import os
import sys

from django.core.management.base import BaseCommand, CommandError

from api.mcp_server import build_server
from resumeopt.accounts import tokens


class Command(BaseCommand):
    help = "Serve ResumeOpt's MCP tools over stdio (one token) or HTTP (a token per request)."

    def add_arguments(self, parser):
        parser.add_argument("--token", default="", help="Personal access token (stdio).")
        parser.add_argument("--http", action="store_true", help="Serve over HTTP instead.")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--public-url", default="", help="The URL clients reach (HTTP).")

    def handle(
        self, *args, token: str, http: bool, host: str, port: int, public_url: str, **options
    ):
        if http:
            server = build_server(http=True, host=host, port=port, public_url=public_url)
            self.stderr.write(f"MCP over HTTP at http://{host}:{port}/mcp")
            server.run(transport="streamable-http")
            return
        secret = token or os.environ.get("RESUMEOPT_TOKEN", "")
        if tokens.find_token(secret) is None:
            raise CommandError(
                "Give a valid personal access token with --token or RESUMEOPT_TOKEN "
                "(create one on your account page)."
            )
        # stdout carries the protocol: nothing else may be printed there.
        sys.stdout.flush()
        build_server(secret).run(transport="stdio")
