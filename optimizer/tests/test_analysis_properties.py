"""Analysis never raises, whatever the document: empty, huge, odd Unicode, wrong types."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optimizer.analysis import analyze
from optimizer.suggestions import suggest

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
odd_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
dates = (
    st.sampled_from(["", "2020", "2020-02", "2020-02-29", "1900-13", "9999-99-99", "Present"])
    | odd_text
)

entry = st.fixed_dictionaries(
    {},
    optional={
        "name": odd_text,
        "position": odd_text,
        "startDate": dates,
        "endDate": dates,
        "summary": odd_text,
        "highlights": st.lists(odd_text, max_size=8) | json_values,
        "keywords": st.lists(odd_text, max_size=5),
        "institution": odd_text,
        "date": dates,
    },
)
resume_like = st.fixed_dictionaries(
    {},
    optional={
        "basics": st.fixed_dictionaries(
            {},
            optional={
                "name": odd_text,
                "email": odd_text,
                "summary": odd_text,
                "location": json_values,
                "profiles": json_values,
            },
        )
        | json_values,
        "work": st.lists(entry | json_values, max_size=6),
        "education": st.lists(entry, max_size=3),
        "skills": st.lists(entry, max_size=3),
        "projects": st.lists(entry, max_size=3),
        "volunteer": st.lists(entry, max_size=2),
        "certificates": st.lists(entry, max_size=2),
        "x-custom": json_values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resume_like)
def test_analysis_never_raises_on_resume_shaped_documents(document):
    report = analyze(document)
    assert 0 <= report.score <= 100
    assert all(0 <= value <= 100 for value in report.categories.values())
    suggest(document)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_analysis_never_raises_on_any_json_value(value):
    assert 0 <= analyze(value).score <= 100


def test_empty_document():
    report = analyze({})
    assert {f.check for f in report.findings} >= {"ats.missing_name", "content.missing_experience"}


def test_huge_document_with_200_entries(sample_document):
    sample_document["work"] = [dict(sample_document["work"][i % 3]) for i in range(200)]
    report = analyze(sample_document)
    assert report.score >= 0
    assert any(f.check == "length.page_estimate" for f in report.findings)
    assert suggest(sample_document)
