"""The skills taxonomy: aliases, context-aware ambiguous words, and describing adjectives."""

import pytest

from jobs.taxonomy import taxonomy


def _names(text: str) -> list[str]:
    return [match.term.canonical for match in taxonomy().find(text)]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("JS", "JavaScript"), ("k8s", "Kubernetes"), ("Postgres", "PostgreSQL"), ("C#", "C#"), (".NET", ".NET"),
        ("Node.js", "Node.js"), ("NodeJS", "Node.js"), ("CI/CD", "CI/CD"), ("golang", "Go"), ("sklearn", "scikit-learn"),
        ("Amazon Web Services", "AWS"), ("ReactJS", "React"), ("PowerBI", "Power BI"),
    ],
)  # fmt: skip
def test_aliases_map_to_one_canonical_name(written, canonical):
    assert _names(f"Experience with {written} and Docker.") == [canonical, "Docker"]


def test_matches_keep_exact_offsets():
    text = "Strong knowledge of Postgres, k8s and C++."
    for match in taxonomy().find(text):
        assert text[match.start : match.end] == match.text


def test_c_and_cpp_are_both_found_in_c_slash_cpp():
    assert _names("Proficient in C/C++ programming.") == ["C", "C++"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Services in Go and Python.", ["Go", "Python"]),
        ("We go the extra mile for customers.", []),
        ("Go to our website to apply.", []),
        ("Statistics in R and Python.", ["Statistics", "R", "Python"]),
        ("R&D budget approval.", []),
        ("iOS apps in Swift and SwiftUI.", ["iOS", "Swift", "SwiftUI"]),
        ("Swift delivery of orders.", []),
        ("Java and Spring Boot microservices.", ["Java", "Spring", "Microservices"]),
        ("Starting in Spring 2025.", []),
        ("Fluent German and English.", ["German", "English"]),
        ("We are a German company.", []),
    ],
)
def test_ambiguous_words_need_a_technical_or_language_context(text, expected):
    assert _names(text) == expected


def test_person_adjectives_do_not_count_before_a_noun():
    assert _names("You are flexible, curious and proactive.") == [
        "Adaptability",
        "Curiosity",
        "Initiative",
    ]
    assert _names("We offer flexible hours and a creative office.") == []


def test_lookup_names_a_whole_phrase_without_context():
    assert taxonomy().lookup("Go").canonical == "Go"
    assert taxonomy().lookup("Postgres").canonical == "PostgreSQL"
    assert taxonomy().lookup("not a skill at all") is None


def test_esco_labels_are_part_of_the_taxonomy():
    assert "supply chain management" in [
        name.lower() for name in _names("Knowledge of supply chain management.")
    ]
    assert any(term.source == "esco" for term in taxonomy().terms)
