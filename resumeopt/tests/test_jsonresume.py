import pytest

from resumeopt import jsonresume
from resumeopt.models import Resume
from resumeopt.resumes import ChangeReason, create_resume, save_document


def test_sample_resume_follows_the_schema(sample_document):
    assert jsonresume.schema_problems(sample_document) == []


def test_empty_document_follows_the_schema():
    assert jsonresume.schema_problems(jsonresume.empty_document()) == []


def test_schema_problem_names_the_path_and_the_date_format():
    problems = jsonresume.schema_problems({"work": [{"name": "Acme", "startDate": "March 2020"}]})
    assert [problem.path for problem in problems] == ["work/0/startDate"]
    assert "YYYY-MM" in problems[0].message


@pytest.mark.django_db
def test_unknown_keys_are_valid_and_kept(sample_document, user):
    sample_document["x-custom"] = {"anything": [1, 2]}
    sample_document["work"][0]["teamSize"] = 8
    jsonresume.validate(sample_document)
    resume = create_resume(user, "Custom keys")
    save_document(resume, sample_document, user=user, reason=ChangeReason.EDIT)

    stored = Resume.objects.get(pk=resume.pk).content
    assert stored["x-custom"] == {"anything": [1, 2]}
    assert stored["work"][0]["teamSize"] == 8


def test_a_list_is_not_a_resume():
    with pytest.raises(jsonresume.InvalidResume) as error:
        jsonresume.validate([1, 2])
    assert "JSON object" in str(error.value)


def test_get_at_reads_nested_paths(sample_document):
    assert jsonresume.get_at(sample_document, "work/0/name") == "Brightwave Analytics"
    assert jsonresume.get_at(sample_document, "work/9/name") is None
    assert jsonresume.get_at(sample_document, "basics/location/city") == "San Francisco"


def test_set_at_returns_a_copy_and_leaves_the_original(sample_document):
    changed = jsonresume.set_at(sample_document, "work/0/highlights/1", "Owned the public API.")
    assert changed["work"][0]["highlights"][1] == "Owned the public API."
    assert sample_document["work"][0]["highlights"][1].startswith("Responsible")


def test_set_at_appends_one_past_the_end_only(sample_document):
    appended = jsonresume.set_at(sample_document, "work/3", {"name": "New"})
    assert appended["work"][3] == {"name": "New"}
    with pytest.raises(KeyError):
        jsonresume.set_at(sample_document, "work/5", {"name": "Too far"})


def test_remove_at_deletes_one_entry(sample_document):
    shorter = jsonresume.remove_at(sample_document, "work/1")
    assert [entry["name"] for entry in shorter["work"]] == ["Brightwave Analytics", "Cobalt Labs"]


def test_fingerprint_changes_with_content_not_key_order():
    assert jsonresume.fingerprint({"a": 1, "b": 2}) == jsonresume.fingerprint({"b": 2, "a": 1})
    assert jsonresume.fingerprint({"a": 1}) != jsonresume.fingerprint({"a": 2})


def test_section_label_names_the_entry(sample_document):
    label = jsonresume.section_label(sample_document, "work/1")
    assert label == "Work experience: Software Engineer at Parcelly"
    assert jsonresume.section_label(sample_document, "basics/summary") == "Summary"
