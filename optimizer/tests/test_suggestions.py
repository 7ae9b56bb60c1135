"""Section suggestions: concrete rewrites that apply in one click and never overwrite newer text."""

import pytest

from optimizer.suggestions import apply_suggestion, suggest
from resumeopt.resumes import ChangeReason, EditConflict, save_at


def _by_kind(document, kind, path=None):
    return [s for s in suggest(document, path) if s.kind == kind]


def test_responsible_for_becomes_a_choice_of_strong_verbs_in_the_right_tense(sample_document):
    current_role = _by_kind(sample_document, "strong_verb", "work/0/highlights/1")
    assert [s.replacement for s in current_role] == [
        "Own the public REST API used by 300 customers.",
        "Lead the public REST API used by 300 customers.",
        "Manage the public REST API used by 300 customers.",
    ]
    past_role = _by_kind(sample_document, "strong_verb", "work/1/highlights/1")
    assert past_role[0].replacement == "Migrated the monolith's database from MySQL to Postgres."


def test_first_person_is_removed_from_the_summary(sample_document):
    [suggestion] = _by_kind(sample_document, "remove_pronoun")
    assert suggestion.replacement.startswith("Backend engineer with 8 years")


def test_tense_is_fixed_for_a_past_role(sample_document):
    sample_document["work"][1]["highlights"][0] = "Build the shipment tracking service in Go."
    [suggestion] = _by_kind(sample_document, "fix_tense", "work/1")
    assert suggestion.replacement == "Built the shipment tracking service in Go."


def test_technology_spelling_is_normalised(sample_document):
    [suggestion] = _by_kind(sample_document, "normalise_term", "work/1/highlights/3")
    assert suggestion.replacement == "Improved the JavaScript checkout widget."


def test_a_date_written_in_words_is_rewritten_as_one_every_parser_reads(sample_document):
    sample_document["work"][2]["startDate"] = "September 2015"
    sample_document["work"][1]["startDate"] = "Summer 2017"
    [suggestion] = _by_kind(sample_document, "normalise_date")
    assert (suggestion.path, suggestion.replacement) == ("work/2/startDate", "2015-09")
    assert "Sep 2015" in suggestion.rationale  # a season is not turned into an invented month


def test_an_adverb_before_the_verb_is_dropped(sample_document):
    sample_document["work"][1]["highlights"][2] = (
        "Successfully wrote integration tests for the carrier APIs."
    )
    [suggestion] = _by_kind(sample_document, "strong_verb", "work/1/highlights/2")
    assert suggestion.replacement == "Wrote integration tests for the carrier APIs."
    assert suggestion.check == "impact.weak_verb"


def test_a_member_of_opening_becomes_served_on(sample_document):
    sample_document["work"][1]["highlights"][2] = "Member of the incident review board."
    [suggestion, *_] = _by_kind(sample_document, "strong_verb", "work/1/highlights/2")
    assert suggestion.replacement == "Served on the incident review board."


def test_over_long_bullet_is_split_at_a_natural_joint(sample_document):
    sample_document["work"][2]["highlights"][0] = (
        "Developed internal dashboards with Django and JavaScript for the sales, support and "
        "finance teams across three offices; automated the weekly data exports that fed "
        "those dashboards, saving the sales team five hours of manual work every single week."
    )
    [suggestion] = _by_kind(sample_document, "split_bullet")
    assert suggestion.path == "work/2/highlights"
    assert len(suggestion.replacement) == len(suggestion.original) + 1
    assert suggestion.replacement[1].startswith("Automated the weekly data exports")


def test_rewrites_never_add_numbers(sample_document):
    assert not any(s.adds_numbers for s in suggest(sample_document))


def test_suggestion_ids_are_stable(sample_document):
    assert [s.id for s in suggest(sample_document)] == [s.id for s in suggest(sample_document)]


@pytest.mark.django_db
def test_applying_saves_a_history_change_with_reason_suggestion(resume, user):
    [suggestion] = _by_kind(resume.content, "normalise_term", "work/1/highlights/3")
    apply_suggestion(resume, suggestion, user=user)
    resume.refresh_from_db()
    assert resume.content["work"][1]["highlights"][3] == "Improved the JavaScript checkout widget."
    record = resume.history.first()
    assert (record.history_change_reason, record.history_user) == (ChangeReason.SUGGESTION, user)


@pytest.mark.django_db
def test_suggestion_is_refused_when_the_text_changed_since(resume, user):
    [suggestion] = _by_kind(resume.content, "normalise_term", "work/1/highlights/3")
    save_at(
        resume,
        "work/1/highlights/3",
        "Rebuilt the checkout widget in React.",
        user=user,
        reason=ChangeReason.EDIT,
    )
    with pytest.raises(EditConflict, match="changed since the suggestion"):
        apply_suggestion(resume, suggestion, user=user)
    resume.refresh_from_db()
    assert resume.content["work"][1]["highlights"][3] == "Rebuilt the checkout widget in React."
