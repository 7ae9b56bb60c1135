"""Proposals: parsed and validated, guarded against invented facts, applied and undone."""

import json

import pytest

from conversations.proposals import check_edit, parse_reply, visible_prefix


def _reply(items, before="Here is what I would change."):
    return f"{before}\n<proposals>{json.dumps(items)}</proposals>"


def test_valid_proposals_are_parsed_and_the_block_is_not_shown(sample_document):
    original = sample_document["work"][0]["highlights"][1]
    parsed = parse_reply(
        _reply(
            [
                {
                    "path": "work/0/highlights/1",
                    "original": original,
                    "replacement": "Owned the public REST API.",
                    "rationale": "Ownership",
                }
            ]
        ),
        sample_document,
        "work/0",
    )
    assert parsed.text == "Here is what I would change."
    assert [(e.path, e.replacement) for e in parsed.edits] == [
        ("work/0/highlights/1", "Owned the public REST API.")
    ]
    assert parsed.problems == []


def test_malformed_json_is_shown_as_text_and_nothing_is_offered(sample_document):
    parsed = parse_reply(
        'Try this.\n<proposals>[{"path": "work/0", oops</proposals>', sample_document, "work/0"
    )
    assert parsed.edits == []
    assert "oops" in parsed.text and "not valid JSON" in parsed.problems[0]


def test_proposals_breaking_the_schema_are_refused(sample_document):
    parsed = parse_reply(
        _reply([{"path": "work/0/highlights/1", "replacement": "x"}]), sample_document, "work/0"
    )
    assert parsed.edits == [] and "expected format" in parsed.problems[0]


def test_proposals_outside_the_section_or_with_invented_originals_are_left_out(sample_document):
    assert "outside this section" in check_edit(
        "work/1/highlights/0",
        sample_document["work"][1]["highlights"][0],
        sample_document,
        "work/0",
    )
    assert "not in the resume" in check_edit(
        "work/0/highlights/0", "Something I never wrote", sample_document, "work/0"
    )
    assert "not a text" in check_edit("work/0/highlights", "x", sample_document, "work/0")


def test_visible_prefix_hides_the_block_and_a_half_written_marker():
    assert visible_prefix("Advice here <prop") == "Advice here "
    assert visible_prefix("Advice <proposals>[{") == "Advice "
    assert visible_prefix("a < b") == "a < b"


@pytest.mark.django_db
def test_apply_undo_and_alternatives(user, resume):
    from conversations.models import Proposal
    from conversations.proposals import apply_proposal, undo_proposal
    from resumeopt.resumes import EditConflict

    original = resume.content["work"][0]["highlights"][1]
    chosen, other = (
        Proposal.objects.create(
            owner=user,
            resume=resume,
            path="work/0/highlights/1",
            original=original,
            replacement=text,
        )
        for text in ("Owned the public REST API.", "Led the public REST API.")
    )
    apply_proposal(
        chosen, user=user, replacement="Owned the public REST API used by 300 customers."
    )
    resume.refresh_from_db()
    assert (
        resume.content["work"][0]["highlights"][1]
        == "Owned the public REST API used by 300 customers."
    )
    assert resume.history.first().history_change_reason == "AI suggestion"
    other.refresh_from_db()
    assert other.status == "superseded"
    undo_proposal(chosen, user=user)
    resume.refresh_from_db()
    assert resume.content["work"][0]["highlights"][1] == original
    assert chosen.status == "undone" and resume.history.first().history_change_reason == "undo"
    other.refresh_from_db()
    assert other.status == "pending"  # the other choice can be applied again
    with pytest.raises(EditConflict):
        undo_proposal(chosen, user=user)


def _item(document, index=1, **changes):
    return {
        "path": f"work/0/highlights/{index}",
        "original": document["work"][0]["highlights"][index],
        "replacement": "Owned the public REST API.",
        **changes,
    }


def test_a_block_in_json_fences_is_accepted_and_text_after_it_is_kept(sample_document):
    fenced = f"Try this:\n```json\n{json.dumps([_item(sample_document)])}\n```\nWant more?"
    parsed = parse_reply(fenced, sample_document, "work/0")
    assert [e.replacement for e in parsed.edits] == ["Owned the public REST API."]
    assert parsed.text == "Try this:\n\nWant more?"
    tagged = (
        "Try "
        f"this:\n<proposals>```json\n{json.dumps([_item(sample_document)])}\n```</proposals>\nWant "
        "more?"
    )
    parsed = parse_reply(tagged, sample_document, "work/0")
    assert len(parsed.edits) == 1 and parsed.text.endswith("Want more?")


def test_a_fenced_example_that_is_not_a_list_of_edits_stays_text(sample_document):
    reply = 'A skills list could look like:\n```json\n["Python", "Go"]\n```'
    assert parse_reply(reply, sample_document, "work/0").text == reply


def test_more_than_ten_proposals_keep_the_first_ten_and_say_so(sample_document):
    items = [
        _item(sample_document, replacement=f"Owned the public REST API, take {i}.")
        for i in range(13)
    ]
    parsed = parse_reply(_reply(items), sample_document, "work/0")
    assert len(parsed.edits) == 10 and parsed.edits[0].replacement.endswith("take 0.")
    assert parsed.problems == ["The assistant proposed 13 changes; the first 10 are shown."]


def test_a_paraphrased_original_is_matched_to_the_closest_text(sample_document):
    paraphrase = "Responsible for the public REST API that 300 customers use."
    parsed = parse_reply(
        _reply([_item(sample_document, original=paraphrase)]), sample_document, "work/0"
    )
    [edit] = parsed.edits
    assert (
        edit.original == sample_document["work"][0]["highlights"][1]
        and edit.path == "work/0/highlights/1"
    )
    wrong_index = _item(sample_document, index=1)
    wrong_index["path"] = "work/0/highlights/3"
    [edit] = parse_reply(_reply([wrong_index]), sample_document, "work/0").edits
    assert edit.path == "work/0/highlights/1"
    unrelated = _item(sample_document, original="Won the company hackathon twice.")
    parsed = parse_reply(_reply([unrelated]), sample_document, "work/0")
    assert parsed.edits == [] and "not in the resume" in parsed.problems[0]
