"""Section, entry and word level differences between two documents."""

import copy

from versions.diff import compare


def test_identical_documents_have_no_changed_sections(sample_document):
    result = compare(sample_document, copy.deepcopy(sample_document))
    assert result.changed == [] and len(result.unchanged) >= 6


def test_a_changed_bullet_shows_word_level_insertions_and_deletions(sample_document):
    new = copy.deepcopy(sample_document)
    new["work"][0]["highlights"][1] = "Owned the public REST API used by 450 customers."
    [section] = compare(sample_document, new).changed
    entry = next(e for e in section.entries if e.status == "changed")
    line = next(line for f in entry.fields for line in f.lines if line.status == "changed")
    assert ("delete", "Responsible for") in line.words and ("insert", "Owned") in line.words
    assert ("delete", "300") in line.words and ("insert", "450") in line.words


def test_entries_are_matched_by_what_they_are_not_by_position(sample_document):
    new = copy.deepcopy(sample_document)
    new["work"].insert(0, {"name": "Newco", "position": "Staff Engineer", "startDate": "2024-01"})
    section = next(s for s in compare(sample_document, new).sections if s.key == "work")
    statuses = [(e.title, e.status) for e in section.entries]
    assert statuses[0] == ("Staff Engineer at Newco", "added")
    assert (
        "Senior Software Engineer at Brightwave Analytics",
        "changed",
    ) in statuses  # it moved down one place
    assert [s for t, s in statuses[2:]] == ["changed", "changed"]


def test_removed_section_and_removed_entry(sample_document):
    new = copy.deepcopy(sample_document)
    del new["projects"]
    new["work"].pop(2)
    sections = {s.key: s for s in compare(sample_document, new).changed}
    assert sections["projects"].status == "removed"
    assert ("Junior Developer at Cobalt Labs", "removed") in [
        (e.title, e.status) for e in sections["work"].entries
    ]
