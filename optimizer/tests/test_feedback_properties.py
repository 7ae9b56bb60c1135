"""Live feedback never fails on what a browser (or anyone with a socket) can send."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optimizer.feedback import draft_feedback

SAMPLE = json.loads(
    (Path(__file__).resolve().parents[2] / "resumeopt" / "sample" / "sample.resume.json").read_text(
        encoding="utf-8"
    )
)
FIELDS = [
    "position",
    "name",
    "startDate",
    "endDate",
    "summary",
    "highlights",
    "keywords",
    "email",
    "profiles",
    "location__city",
    "url",
    "base",
]
# Lists are not sent: the consumer keeps the last value of a repeated field, as Django does.
characters = st.characters(blacklist_categories=("Cs",))
values = st.text(characters, max_size=300) | st.none() | st.integers()
units = st.sampled_from(
    ["basics", "work/0", "work/2", "work/7", "skills/1", "projects/0", "awards/0"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(units, st.dictionaries(st.sampled_from(FIELDS), values, max_size=8))
def test_any_form_data_for_an_editable_unit_gets_feedback(path, fields):
    prefix = "unit-" + path.replace("/", "-")
    data = {f"{prefix}-{name}": value for name, value in fields.items()}
    feedback = draft_feedback(SAMPLE, path, data)
    assert 0 <= feedback.report.score <= 100
    assert all(item.finding.path.startswith(feedback.path) for item in feedback.items)


@pytest.mark.parametrize("path", ["meta", "work", "work/0/highlights/1", "../etc", ""])
def test_a_path_that_is_not_an_editable_unit_is_refused(path):
    with pytest.raises(ValueError):
        draft_feedback(SAMPLE, path, {})


def test_a_bracketed_profile_line_gets_feedback():
    feedback = draft_feedback(SAMPLE, "basics", {"unit-basics-profiles": "[jane.dev]"})
    assert 0 <= feedback.report.score <= 100
