"""Insights count what happened and say when there is too little to tell."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from applications import tracking
from applications.insights import MIN_SAMPLE, Outcome, band_of, summarize
from applications.models import StageKind

TODAY = date(2026, 12, 5)
START = datetime(2026, 11, 2, 9, tzinfo=UTC)


def sent(
    days_ago: int, *, answered_after: int | None = None, interviewed=False, **fields
) -> Outcome:
    applied = datetime(2026, 12, 5, 9, tzinfo=UTC) - timedelta(days=days_ago)
    responded = applied + timedelta(days=answered_after) if answered_after is not None else None
    return Outcome(applied, responded, interviewed, **fields)


def test_rates_medians_and_weeks():
    outcomes = [
        sent(1, answered_after=2, interviewed=True, version="A", match_score=90),
        sent(2, answered_after=4, version="A", match_score=72),
        sent(9, version="B", match_score=40),
        sent(10, version="B"),
        Outcome(None, None, False),  # saved, never sent
    ]
    found = summarize(outcomes, TODAY)
    assert (found.tracked, found.sent) == (5, 4)
    assert (found.responses.hits, found.responses.total, found.responses.percent) == (2, 4, 50)
    assert found.interviews.percent == 25
    assert found.median_days_to_response == 3
    assert sum(count for _, count in found.per_week) == 4
    assert found.per_week[-1] == (date(2026, 11, 30), 2)
    assert [(g.label, g.sent, g.interviews.hits) for g in found.by_version] == [
        ("A", 2, 1),
        ("B", 2, 0),
    ]
    assert [g.label for g in found.by_score] == ["85–100", "70–84", "0–49", "No score"]


def test_small_groups_are_marked_as_too_few():
    found = summarize(
        [sent(n, interviewed=True, version="Tiny") for n in range(MIN_SAMPLE - 1)], TODAY
    )
    assert found.by_version[0].interviews.percent == 100
    assert not found.by_version[0].interviews.enough


@given(
    st.lists(
        st.tuples(
            st.integers(0, 200),
            st.one_of(st.none(), st.integers(0, 60)),
            st.booleans(),
            st.one_of(st.none(), st.integers(0, 100)),
        ),
        max_size=40,
    )
)
def test_groups_always_add_up_to_the_applications_sent(rows):
    outcomes = [
        sent(days, answered_after=wait, interviewed=hit, match_score=score)
        for days, wait, hit, score in rows
    ]
    found = summarize(outcomes, TODAY)
    for groups in (found.by_version, found.by_template, found.by_score):
        assert sum(group.sent for group in groups) == found.sent
        assert sum(group.interviews.hits for group in groups) == found.interviews.hits
    assert all(0 <= (rate.percent or 0) <= 100 for rate in (found.responses, found.interviews))


def test_bands_cover_every_score():
    assert [band_of(score) for score in (0, 49, 50, 84, 85, 100, None)] == [
        "0–49",
        "0–49",
        "50–69",
        "70–84",
        "85–100",
        "85–100",
        "No score",
    ]


@pytest.mark.django_db
def test_the_insights_page_counts_an_interview_for_the_version_sent(user_client, user, resume, job):
    application, _ = tracking.track_job(user, job, resume=resume)
    for kind in (StageKind.APPLIED, StageKind.INTERVIEW, StageKind.REJECTED):
        tracking.move(application, tracking.stage_of_kind(user, kind), user=user)
    page = user_client.get(reverse("applications:insights")).content.decode()
    application.refresh_from_db()
    assert application.version.name in page
    assert "1 of 1" in page and "too few to tell" in page
