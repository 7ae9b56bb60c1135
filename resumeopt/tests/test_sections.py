"""Section forms: what the form shows, and the entry a saved form makes."""

from django.http import QueryDict

from resumeopt import sections


def _post(prefix: str, **values) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, value in values.items():
        data[f"{prefix}-{name}"] = value
    return data


def test_form_shows_bullets_one_per_line(sample_document):
    form = sections.unit_form("work", sample_document["work"][0])
    assert form.initial["highlights"].count("\n") == 4
    assert form.initial["startDate"] == "Mar 2021"


def test_saved_form_keeps_keys_the_form_does_not_show(sample_document):
    entry = dict(sample_document["work"][0], teamSize=8)
    form = sections.unit_form(
        "work",
        entry,
        data=_post(
            "p",
            position="Lead",
            name="Brightwave",
            startDate="March 2021",
            highlights="• One\n- Two\n\n",
        ),
        prefix="p",
    )
    assert form.is_valid(), form.errors
    saved = sections.entry_from_form("work", form.cleaned_data, entry)
    assert saved["teamSize"] == 8
    assert saved["position"] == "Lead"
    assert saved["startDate"] == "2021-03"
    assert saved["highlights"] == ["One", "Two"]


def test_untouched_form_changes_nothing(sample_document):
    entry = sample_document["work"][1]
    initial = sections.unit_form("work", entry).initial
    data = _post("p", **{k: v for k, v in initial.items() if v is not None})
    form = sections.unit_form("work", entry, data=data, prefix="p")
    assert form.is_valid(), form.errors
    assert sections.entry_from_form("work", form.cleaned_data, entry) == entry


def test_clearing_the_end_date_marks_a_current_role(sample_document):
    entry = sample_document["work"][1]
    form = sections.unit_form(
        "work", entry, data=_post("p", position="Engineer", endDate="Present"), prefix="p"
    )
    assert form.is_valid()
    assert "endDate" not in sections.entry_from_form("work", form.cleaned_data, entry)


def test_unreadable_date_is_a_field_error():
    form = sections.unit_form("work", {}, data=_post("p", startDate="the other day"), prefix="p")
    assert not form.is_valid()
    assert "Mar 2021" in form.errors["startDate"][0]


def test_profiles_from_links():
    form = sections.unit_form(
        "basics",
        {},
        data=_post("p", name="Jane", profiles="linkedin.com/in/jane\nhttps://github.com/jdoe"),
        prefix="p",
    )
    assert form.is_valid(), form.errors
    saved = sections.entry_from_form("basics", form.cleaned_data, {})
    assert saved["profiles"] == [
        {"network": "LinkedIn", "url": "https://linkedin.com/in/jane", "username": "jane"},
        {"network": "GitHub", "url": "https://github.com/jdoe", "username": "jdoe"},
    ]


def test_draft_document_follows_the_typing_and_keeps_invalid_dates(sample_document):
    data = _post(
        "p", position="Staff Engineer", name="Brightwave", startDate="Ma", highlights="Shipped it"
    )
    document, form = sections.draft_document(sample_document, "work/0", data, prefix="p")
    assert document["work"][0]["position"] == "Staff Engineer"
    assert document["work"][0]["startDate"] == "2021-03"
    assert document["work"][0]["highlights"] == ["Shipped it"]
    assert "startDate" in form.errors


def test_unit_paths():
    assert sections.is_unit_path("basics")
    assert sections.is_unit_path("work/3")
    assert not sections.is_unit_path("work")
    assert not sections.is_unit_path("meta/0")


def test_wrapped_and_malformed_profile_links_are_read_without_crashing():
    lines = "[jane.dev]\n<https://github.com/jdoe>\nhttp://jane[.dev"
    form = sections.unit_form(
        "basics", {}, data=_post("p", name="Jane", profiles=lines), prefix="p"
    )
    assert form.is_valid(), form.errors
    saved = sections.entry_from_form("basics", form.cleaned_data, {})
    assert saved["profiles"][0] == {"network": "jane.dev", "url": "https://jane.dev"}
    assert saved["profiles"][1]["username"] == "jdoe"
    assert saved["profiles"][2] == {"network": "Website", "url": "http://jane[.dev"}
