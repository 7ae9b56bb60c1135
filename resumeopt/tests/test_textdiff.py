"""One word diff for version diffs and proposal cards: each side reads as its own text,
kept words stay kept, and a rewrite shows as a rewrite."""

from hypothesis import given
from hypothesis import strategies as st

from resumeopt.textdiff import word_diff

WORDS = st.sampled_from(
    [
        "Led",
        "a",
        "team",
        "of",
        "five",
        "engineers",
        "300",
        "customers",
        "cut",
        "costs",
        "by",
        "40%",
        "Go",
        "don't",
        "résumé",
        "API",
        ",",
        ".",
        "-",
        "(",
        ")",
    ]
)  # a vocabulary small enough that texts share words
TEXTS = st.lists(st.tuples(WORDS, st.sampled_from([" ", "  ", "\n", ""])), max_size=25).map(
    lambda pairs: "".join(word + space for word, space in pairs)
)


def _side(words, op):
    return "".join(text for kind, text in words if kind in ("equal", op))


def test_each_side_reads_as_its_own_text(sample_document):
    before = (
        "Led the migration of the reporting pipeline, cutting delivery time from 40 to 6 minutes."
    )
    after = (
        "Directed the migration of our reporting pipeline to Celery, cutting delivery time to 6 "
        "minutes."
    )
    words = word_diff(before, after)
    assert _side(words, "delete") == before and _side(words, "insert") == after


def test_punctuation_does_not_hide_a_kept_word():
    words = word_diff("used by 300 customers.", "used by 300 customers, adding OAuth.")
    assert words == [
        ("equal", "used by 300 customers"),
        ("insert", ", adding OAuth"),
        ("equal", "."),
    ]


def test_small_words_between_two_changes_join_them_instead_of_confetti():
    words = word_diff("Led a team of five engineers.", "Directed a group of five engineers.")
    assert words == [
        ("delete", "Led a team"),
        ("insert", "Directed a group"),
        ("equal", " of five engineers."),
    ]


def test_a_rewritten_text_shows_as_replaced_whole():
    before = "Led a team of five engineers building the billing system."
    after = "Managed eight engineers who rebuilt payments in Go."
    assert word_diff(before, after) == [("delete", before), ("insert", after)]


def test_the_same_text_is_all_kept():
    assert word_diff("Led a team.", "Led a team.") == [("equal", "Led a team.")]


def test_an_empty_side_is_one_insertion_or_one_deletion():
    assert word_diff("", "Shipped OAuth.") == [("insert", "Shipped OAuth.")]
    assert word_diff("Shipped OAuth.", "") == [("delete", "Shipped OAuth.")]
    assert word_diff("", "") == []


@given(TEXTS, TEXTS)
def test_any_two_texts_each_side_rebuilds_its_own_text_from_non_empty_parts(before, after):
    words = word_diff(before, after)
    assert _side(words, "delete") == before and _side(words, "insert") == after
    assert all(op in {"equal", "delete", "insert"} and text for op, text in words)


@given(TEXTS, TEXTS)
def test_no_two_neighbouring_parts_are_both_kept(before, after):
    ops = [op for op, _ in word_diff(before, after)]
    assert all(not (a == b == "equal") for a, b in zip(ops, ops[1:], strict=False))
