"""The per-user preference model: features, the Bayesian update, and what it says it learned."""

import random

import pytest

from optimizer.preferences import (
    BIAS,
    PRIOR_ACCEPTANCE,
    Candidate,
    PreferenceModel,
    features_of,
)

BULLET = "Built the reporting pipeline for the sales team."


def test_features_name_the_check_kind_section_and_source():
    candidate = Candidate(
        BULLET,
        "Led the reporting pipeline for the sales team.",
        "work",
        "strong_verb",
        "impact.weak_verb",
        "impact",
        "rules",
    )
    features = features_of(candidate)
    assert {
        BIAS,
        "check:impact.weak_verb",
        "category:impact",
        "kind:strong_verb",
        "section:work",
        "source:rules",
        "length:same",
    } <= set(features)


def test_features_see_longer_shorter_numbers_pronouns_and_tone():
    longer = features_of(
        Candidate(BULLET, BULLET[:-1] + " with Python, Celery and Redis in three regions.")
    )
    shorter = features_of(Candidate(BULLET, "Built the sales pipeline."))
    figure = features_of(Candidate(BULLET, "Built the reporting pipeline for 40 sales staff."))
    first_person = features_of(
        Candidate(BULLET, "I built the reporting pipeline for my sales team.")
    )
    formal = features_of(Candidate(BULLET, "Spearheaded and facilitated the reporting pipeline."))
    casual = features_of(Candidate(BULLET, "Built really cool stuff for the sales guys!"))
    assert "length:longer" in longer and "length:shorter" in shorter
    assert "numbers:adds" in figure and "numbers:adds" not in longer
    assert "pronouns:adds" in first_person
    assert "tone:more_formal" in formal and "tone:more_casual" in casual


def test_new_model_predicts_the_population_prior_for_anything():
    model = PreferenceModel()
    assert model.predict([BIAS]) == pytest.approx(PRIOR_ACCEPTANCE, abs=0.01)
    assert model.predict([BIAS, "kind:expand", "length:longer"]) == pytest.approx(
        PRIOR_ACCEPTANCE, abs=0.01
    )


def test_a_rejection_lowers_the_prediction_and_shrinks_uncertainty():
    model = PreferenceModel()
    features = [BIAS, "length:longer", "kind:expand"]
    before = model.predict(features)
    model.update(features, accepted=False)
    assert model.predict(features) < before
    assert model.beliefs["length:longer"].variance < 1.0
    assert model.beliefs["length:longer"].mean < 0
    assert model.decisions == 1
    assert model.evidence["length:longer"].rejected == 1


def test_an_acceptance_raises_the_prediction():
    model = PreferenceModel()
    features = [BIAS, "numbers:adds"]
    model.update(features, accepted=True)
    assert model.predict(features) > PRIOR_ACCEPTANCE


def test_features_not_involved_in_a_decision_keep_their_prior():
    model = PreferenceModel()
    model.update([BIAS, "length:longer"], accepted=False)
    assert "numbers:adds" not in model.beliefs
    assert model.belief("numbers:adds").mean == 0


def test_repeated_evidence_separates_what_the_user_takes_from_what_they_refuse():
    rng = random.Random(3)
    model = PreferenceModel()
    for _ in range(40):
        longer = rng.random() < 0.5
        features = [BIAS, "length:longer" if longer else "length:same", "source:model"]
        model.update(features, accepted=not longer)
    assert model.predict([BIAS, "length:longer", "source:model"]) < 0.2
    assert model.predict([BIAS, "length:same", "source:model"]) > 0.8


def test_rank_puts_likely_suggestions_first_and_keeps_ties_in_order():
    model = PreferenceModel()
    for _ in range(10):
        model.update([BIAS, "length:longer"], accepted=False)
    items = ["a", "b", "c"]
    features = {
        "a": [BIAS, "length:longer"],
        "b": [BIAS, "length:same"],
        "c": [BIAS, "length:same"],
    }
    ranked = model.rank(items, features.__getitem__)
    assert [item for item, _ in ranked] == ["b", "c", "a"]


def test_hiding_waits_for_enough_decisions():
    model = PreferenceModel()
    model.update([BIAS, "length:longer"], accepted=False)
    assert not model.hides(0.0), "one decision is not enough to hide anything"
    for _ in range(10):
        model.update([BIAS, "length:longer"], accepted=False)
    assert model.hides(model.predict([BIAS, "length:longer"]))
    assert not model.hides(model.predict([BIAS, "length:same"]))


def test_learned_preferences_need_evidence_and_say_it():
    model = PreferenceModel()
    model.update([BIAS, "numbers:adds"], accepted=True)
    assert model.learned() == []
    for _ in range(5):
        model.update([BIAS, "numbers:adds"], accepted=True)
        model.update([BIAS, "length:longer"], accepted=False)
    sentences = {p.feature: p for p in model.learned()}
    assert sentences["numbers:adds"].accepts
    assert sentences["numbers:adds"].evidence.accepted == 6
    assert sentences["numbers:adds"].sentence == "Usually accepts suggestions that add figures"
    assert not sentences["length:longer"].accepts
    assert sentences["length:longer"].evidence.rejected == 5


def test_prompt_summary_is_factual_and_empty_without_evidence():
    model = PreferenceModel()
    assert model.prompt_summary() == ""
    for _ in range(6):
        model.update([BIAS, "length:longer"], accepted=False, length=30)
        model.update([BIAS, "length:shorter", "numbers:adds"], accepted=True, length=14)
    model.update([BIAS, "length:same", "numbers:adds"], accepted=True, length=14)
    summary = model.prompt_summary()
    assert summary.startswith("From 13 past decisions, this user")
    assert "prefers concise text (the edits they kept average about 14 words)" in summary
    assert "rejects suggestions that make the text longer (0 of 6 accepted)" in summary
    assert "accepts suggestions that add figures (7 of 7 accepted)" in summary


def test_state_round_trips_through_json_and_an_old_version_starts_fresh():
    model = PreferenceModel()
    for accepted in (True, False, True):
        model.update([BIAS, "numbers:adds", "check:impact.quantify"], accepted, length=12)
    restored = PreferenceModel.from_dict(model.to_dict())
    assert restored.decisions == 3
    assert restored.predict([BIAS, "numbers:adds"]) == pytest.approx(
        model.predict([BIAS, "numbers:adds"]), abs=1e-5
    )
    assert restored.accepted_lengths == [12, 12]
    assert PreferenceModel.from_dict({"version": 0, "decisions": 9}).decisions == 0
    assert PreferenceModel.from_dict(None).decisions == 0


def test_extreme_evidence_keeps_the_model_finite():
    model = PreferenceModel()
    for _ in range(500):
        model.update([BIAS, "length:longer"], accepted=False)
    probability = model.predict([BIAS, "length:longer"])
    assert 0 <= probability < 0.05
    assert all(b.variance > 0 for b in model.beliefs.values())


def test_features_that_always_came_together_are_stated_once():
    model = PreferenceModel()
    for _ in range(6):
        model.update(
            [BIAS, "kind:remove_pronoun", "check:impact.first_person", "section:basics"], True
        )
    features = [p.feature for p in model.learned()]
    assert features == ["kind:remove_pronoun"]


def test_dropping_one_pronoun_from_a_short_line_is_not_a_change_of_tone():
    features = features_of(Candidate("I wrote the tests.", "Wrote the tests."))
    assert "tone:more_formal" not in features
