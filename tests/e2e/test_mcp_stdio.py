"""`manage.py mcp` as an MCP client starts it: a child process speaking the protocol over stdio."""

import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from resumeopt.accounts.tokens import create_token
from resumeopt.resumes import create_resume
from tests.e2e.live_server import database_url

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resumeopt" / "sample" / "sample.resume.json"


@pytest.mark.django_db(transaction=True)
def test_an_mcp_client_lists_and_reads_resumes_over_stdio(django_user_model):
    user = django_user_model.objects.create_user("casey", "casey@example.com")
    resume = create_resume(user, "Casey's resume", json.loads(SAMPLE.read_text()))
    _, secret = create_token(user, "desktop", "read")
    environment = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DATABASE_URL": database_url(),
        "RESUMEOPT_TOKEN": secret,
    }
    parameters = StdioServerParameters(
        command=sys.executable, args=[str(ROOT / "manage.py"), "mcp"], env=environment, cwd=ROOT
    )

    async def session() -> tuple:
        with anyio.fail_after(60):
            return await _calls()

    async def _calls() -> tuple:
        async with stdio_client(parameters) as (read, write), ClientSession(read, write) as client:
            await client.initialize()
            listed = await client.call_tool("list_resumes", {})
            section = await client.call_tool(
                "read_section", {"resume_id": resume.pk, "path": "basics/name"}
            )
            return listed, section

    # Playwright's sync API keeps an event loop running on this thread once any browser
    # test has run in the session, so the client gets a thread (and a loop) of its own.
    with ThreadPoolExecutor(max_workers=1) as pool:
        listed, section = pool.submit(anyio.run, session).result()
    assert not listed.isError and f'"id": {resume.pk}' in listed.content[0].text
    assert json.loads(section.content[0].text)["value"] == "Alex Morgan"
