"""The MCP server, driven by the MCP SDK's own client: tools, token auth, owner scoping."""

import json

import pytest
from mcp.shared.memory import create_connected_server_and_client_session

from api.mcp_server import build_server
from conversations.models import Proposal
from jobs.extraction import extract_requirements
from jobs.models import JobDescription
from resumeopt.accounts.tokens import create_token, revoke_token
from resumeopt.models import AuditEntry

pytestmark = pytest.mark.django_db(transaction=True)

POSTING = "Data Engineer at Fabrikam\nRequirements\n- Python, SQL and Airflow, 3+ years."


def _payload(result):
    assert not result.isError, result.content
    return (
        json.loads(result.content[0].text)
        if len(result.content) == 1
        else [json.loads(item.text) for item in result.content]
    )


async def _call(secret, tool, **arguments):
    async with create_connected_server_and_client_session(build_server(secret)) as client:
        return await client.call_tool(tool, arguments)


@pytest.fixture
def write_secret(user):
    return create_token(user, "agent", "read_write")[1]


@pytest.fixture
def read_secret(user):
    return create_token(user, "reader", "read")[1]


async def test_the_client_lists_every_tool(read_secret):
    async with create_connected_server_and_client_session(build_server(read_secret)) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
    assert names == {
        "list_resumes",
        "read_section",
        "analyze_resume",
        "analyze_posting",
        "match_resume",
        "rank_jobs",
        "list_versions",
        "compare_versions",
        "propose_edit",
        "export_resume",
    }


async def test_read_tools_see_the_users_resumes(read_secret, resume, other_resume):
    listed = _payload(await _call(read_secret, "list_resumes"))
    ids = {row["id"] for row in (listed if isinstance(listed, list) else [listed])}
    assert ids == {resume.pk}
    section = _payload(await _call(read_secret, "read_section", resume_id=resume.pk, path="work/0"))
    assert section["value"] == resume.content["work"][0]
    report = _payload(await _call(read_secret, "analyze_resume", resume_id=resume.pk))
    assert 0 <= report["score"] <= 100


async def test_another_users_resume_is_not_found(read_secret, other_resume):
    for tool in ("read_section", "analyze_resume", "list_versions"):
        result = await _call(read_secret, tool, resume_id=other_resume.pk)
        assert result.isError and "no resume" in result.content[0].text


async def test_posting_match_and_rank(read_secret, user, resume):
    requirements = _payload(await _call(read_secret, "analyze_posting", text=POSTING))
    assert "python" in json.dumps(requirements).lower()
    match = _payload(
        await _call(read_secret, "match_resume", resume_id=resume.pk, posting_text=POSTING)
    )
    assert 0 <= match["score"] <= 100
    from asgiref.sync import sync_to_async

    job = await sync_to_async(JobDescription.objects.create)(
        owner=user,
        title="Data Engineer",
        source_text=POSTING,
        requirements=extract_requirements(POSTING).to_dict(),
    )
    ranked = _payload(await _call(read_secret, "rank_jobs", resume_id=resume.pk))
    rows = ranked if isinstance(ranked, list) else [ranked]
    assert rows[0]["job_id"] == job.pk


async def test_propose_edit_stores_a_proposal_and_changes_nothing(write_secret, user, resume):
    path = "work/0/highlights/0"
    before = resume.content["work"][0]["highlights"][0]
    result = _payload(
        await _call(
            write_secret,
            "propose_edit",
            resume_id=resume.pk,
            path=path,
            replacement="Managed 12 engineers at Google.",
            rationale="Stronger verb",
        )
    )
    from asgiref.sync import sync_to_async

    proposal = await sync_to_async(Proposal.objects.select_related("resume", "message").get)(
        pk=result["proposal_id"]
    )
    assert proposal.status == "pending" and proposal.original == before
    assert proposal.resume.content["work"][0]["highlights"][0] == before
    assert proposal.message is not None and "MCP" in proposal.message.content
    assert result["warnings"]  # 12 and Google are not in the resume: flagged for the user


async def test_a_read_token_cannot_propose_or_export(read_secret, resume):
    result = await _call(
        read_secret, "propose_edit", resume_id=resume.pk, path="basics/summary", replacement="x"
    )
    assert result.isError and "read-only" in result.content[0].text
    assert (await _call(read_secret, "export_resume", resume_id=resume.pk)).isError


async def test_export_returns_text_formats_inline(write_secret, resume):
    exported = _payload(
        await _call(write_secret, "export_resume", resume_id=resume.pk, format="md")
    )
    assert resume.content["basics"]["name"] in exported["content"]


async def test_versions_and_compare(read_secret, user, resume):
    from asgiref.sync import sync_to_async

    from resumeopt.resumes import save_at

    await sync_to_async(save_at)(resume, "basics/label", "Principal", user=user, reason="edit")
    listed = _payload(await _call(read_secret, "list_versions", resume_id=resume.pk))
    first = listed["history"][-1]["history_id"]
    compared = _payload(
        await _call(read_secret, "compare_versions", resume_id=resume.pk, a=str(first))
    )
    assert "Principal" in json.dumps(compared)


async def test_a_revoked_token_stops_working_at_once_and_uses_are_audited(user, resume):
    from asgiref.sync import sync_to_async

    token, secret = await sync_to_async(create_token)(user, "agent", "read")
    assert not (await _call(secret, "list_resumes")).isError
    await sync_to_async(revoke_token)(token)
    result = await _call(secret, "list_resumes")
    assert result.isError and "revoked" in result.content[0].text
    uses = await sync_to_async(
        AuditEntry.objects.filter(user=user, action="token.use", object_id=str(token.pk)).count
    )()
    assert uses == 1


def test_the_stdio_command_refuses_to_start_without_a_valid_token(monkeypatch):
    from django.core.management import CommandError, call_command

    monkeypatch.delenv("RESUMEOPT_TOKEN", raising=False)
    with pytest.raises(CommandError, match="valid personal access token"):
        call_command("mcp", "--token", "ropat_not-a-token")


def test_over_http_a_request_needs_a_bearer_token(write_secret):
    from starlette.testclient import TestClient

    app = build_server(http=True, host="testserver", port=80).streamable_http_app()
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "tests", "version": "1"},
        },
    }
    headers = {"Accept": "application/json, text/event-stream", "Host": "testserver"}
    with TestClient(app, base_url="http://testserver") as http:
        refused = http.post("/mcp", json=initialize, headers=headers)
        assert refused.status_code == 401
        bad = http.post(
            "/mcp", json=initialize, headers={**headers, "Authorization": "Bearer ropat_x"}
        )
        assert bad.status_code == 401
        accepted = http.post(
            "/mcp", json=initialize, headers={**headers, "Authorization": f"Bearer {write_secret}"}
        )
        assert accepted.status_code == 200, accepted.text
