"""JSON Resume files: identical round trip, and errors that name the path."""

import json

import pytest

from resumeopt.importers import ResumeImportError, import_bytes, jsonfile


def test_json_resume_round_trips_identically_with_extra_keys(sample_document):
    sample_document["x-tracking"] = {"source": "linkedin", "tags": ["a", "b"]}
    sample_document["work"][0]["teamSize"] = 12
    sample_document["basics"] = {"zFirst": True, **sample_document["basics"]}
    data = json.dumps(sample_document, ensure_ascii=False).encode()
    result = import_bytes(data, "sample.resume.json")
    assert result.source_format == "json"
    assert result.document == sample_document
    assert list(result.document) == list(sample_document)
    assert list(result.document["basics"]) == list(sample_document["basics"])


def test_invalid_json_says_where_it_breaks():
    with pytest.raises(ResumeImportError, match=r"not valid JSON: .* line 2, column"):
        import_bytes(b'{"basics": {}\n "work": }', "resume.json")


def test_json_that_is_not_a_json_resume_names_the_path():
    document = {"basics": {"name": "Jane"}, "work": [{"name": "Acme", "startDate": "March 2020"}]}
    with pytest.raises(ResumeImportError, match="work/0/startDate: 'March 2020' is not a date"):
        import_bytes(json.dumps(document).encode(), "resume.json")


def test_json_without_any_resume_section_is_refused():
    with pytest.raises(ResumeImportError, match="not a JSON Resume"):
        import_bytes(b'{"foo": 1}', "data.json")
    with pytest.raises(ResumeImportError, match="not a JSON Resume"):
        import_bytes(b"[1, 2, 3]", "data.json")


def test_a_json_resume_with_a_number_of_5000_digits_is_refused_with_a_message():
    data = b'{"basics": {"name": "Jane Roe", "phone": ' + b"9" * 5000 + b"}}"
    with pytest.raises(ResumeImportError, match="number too long"):
        jsonfile.document_from_json(data)


def test_a_jsonl_posting_with_a_number_of_5000_digits_is_reported_and_the_rest_read():
    from jobs.postings import postings_from_jsonl

    data = b'{"text": "Python developer", "id": ' + b"9" * 5000 + b'}\n{"text": "Go developer"}\n'
    first, second = postings_from_jsonl(data)
    assert "number too long" in first.error
    assert second.text == "Go developer" and not second.error
