"""Rewritten openings are sentences: the verb keeps the bullet's tense and person, a gerund
becomes the verb, filler goes, and nothing that would be a fragment is offered."""

import json
from pathlib import Path

import pytest

from conversations.guard import check_claims
from optimizer import inflection
from optimizer.analysis import language
from optimizer.suggestions import suggest

DATA = json.loads(
    (Path(__file__).parent / "data" / "weak_bullets.json").read_text(encoding="utf-8")
)
FILLER = ("and stuff", "etc", "and so on")


def past_form(word):
    """ "Set" and "Led" are past forms; "Onboarded" too, though the dictionary lacks "onboard"."""
    lemma = inflection.verb_lemma(word) or word
    return (
        inflection.inflect(lemma, "past") == word.lower()
        or language.is_past(word)
        or word.endswith("ed")
    )


def document(bullets, *, current):
    return {
        "work": [
            {
                "name": "Acme",
                "position": "Coordinator",
                "startDate": "2019-01",
                **({} if current else {"endDate": "2022-06"}),
                "highlights": bullets,
            }
        ]
    }


def strong_verb_rewrites(bullets, *, current):
    doc = document(bullets, current=current)
    return doc, [s for s in suggest(doc, "work/0") if s.kind == "strong_verb"]


@pytest.mark.parametrize(
    "bullet, current, expected",
    [
        (
            "was responsible for helping the team with various tasks and stuff",
            True,
            "Helped the team with various tasks",
        ),
        ("Responsible for managing the front desk", False, "Managed the front desk"),
        ("Responsible for managing the front desk", True, "Manage the front desk"),
        ("Helped to build the billing API", True, "Contributed to building the billing API"),
        ("Assisted in onboarding new hires", False, "Contributed to onboarding new hires"),
        ("Tried to reduce churn", False, "Worked to reduce churn"),
    ],
)
def test_the_new_opening_is_grammatical_and_keeps_the_tense(bullet, current, expected):
    _, found = strong_verb_rewrites([bullet], current=current)
    assert expected in [s.replacement for s in found]


def test_a_rewrite_that_would_not_be_a_sentence_is_not_offered():
    _, found = strong_verb_rewrites(["Helped customers resolve billing issues."], current=False)
    assert found == []


def test_inflection_reads_only_real_verb_forms():
    assert [
        inflection.form_of(w)
        for w in ("Helped", "was", "Manages", "Lead", "building", "customers", "morning")
    ] == ["past", "past", "third", "base", "gerund", None, None]
    assert (
        inflection.inflect("lead", "past") == "led"
        and inflection.inflect("contribute to", "past") == "contributed to"
    )


@pytest.mark.parametrize("current", [False, True])
def test_hundreds_of_weak_bullets_get_grammatical_faithful_rewrites(current):
    bullets = [f"{opener} {rest}." for opener in DATA["openers"] for rest in DATA["rests"]]
    assert len(bullets) >= 400
    rewritten = 0
    for start in range(0, len(bullets), 40):  # one entry per batch keeps each analysis small
        doc, found = strong_verb_rewrites(bullets[start : start + 40], current=current)
        for suggestion in found:
            original, new = suggestion.original, suggestion.replacement
            words = new.split()
            assert inflection.form_of(words[0]) is not None or language.opens_like_a_verb(
                words[0]
            ), new
            opener_form = inflection.form_of(original.split()[0])
            if opener_form == "past":
                assert past_form(words[0]), (original, new)
            assert not any(filler in new.lower() for filler in FILLER), new
            assert check_claims(original, new, doc) == [], (original, new)  # a rewrite adds no fact
            rewritten += 1
    assert rewritten >= 300
