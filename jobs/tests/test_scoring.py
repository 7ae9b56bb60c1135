"""Scoring many postings against one resume: the same outcomes however the work is spread."""

import pytest

from jobs.extraction import PostingError, extract_requirements
from jobs.matching import match_profile, profile_of
from jobs.postings import Posting
from jobs.scoring import PostingScorer, Scored, scored_in_order
from tests.generated_postings import posting
from tests.generated_resumes import resume

DOCUMENT = resume(3)


def test_postings_are_scored_in_the_order_given_on_one_processor_or_several():
    postings = [Posting(f"p{n}", posting(n)) for n in range(70)]
    postings[5] = Posting("unreadable", error="The file is empty.")
    postings[40] = Posting("too long", "word " * 25_000)
    postings[60] = Posting("titled", posting(3), title="Platform Engineer", company="Acme")
    profile = profile_of(DOCUMENT)

    alone = list(scored_in_order(profile, postings, processes=1))
    spread = list(scored_in_order(profile, postings, processes=2))

    assert [p.name for p, _ in spread] == [p.name for p in postings]
    for (_, one), (_, other) in zip(alone, spread, strict=True):
        if isinstance(one, PostingError):
            assert type(other) is PostingError and str(other) == str(one)
        else:
            assert other == one
    assert str(spread[5][1]) == "The file is empty."
    assert isinstance(spread[40][1], PostingError)
    assert (spread[60][1].title, spread[60][1].company) == ("Platform Engineer", "Acme")
    requirements = extract_requirements(posting(7))
    expected = match_profile(profile, requirements, advice=False)
    assert spread[7][1] == Scored.of(requirements.title, requirements.company, expected)
    assert spread[7][1].score == expected.score
    assert spread[7][1].missing == [item["name"] for item in expected.missing]


def test_a_repeated_posting_is_scored_once_and_one_with_another_title_again():
    scorer = PostingScorer(profile_of(DOCUMENT), remembered=2)
    first = scorer.score(Posting("a", posting(1)))
    assert scorer.score(Posting("b", posting(1))) is first
    retitled = scorer.score(Posting("c", posting(1), title="Platform Engineer"))
    assert retitled is not first and retitled.title == "Platform Engineer"
    scorer.score(Posting("d", posting(2)))  # the oldest of two remembered is forgotten
    again = scorer.score(Posting("e", posting(1)))
    assert again is not first and again == first


def test_a_posting_that_cannot_be_read_fails_each_time_it_comes():
    scorer = PostingScorer(profile_of(DOCUMENT))
    for _ in range(2):
        with pytest.raises(PostingError):
            scorer.score(Posting("long", "word " * 25_000))
