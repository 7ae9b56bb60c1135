"""Section, entry and word level differences between two documents, as a reader needs them."""

import copy

from versions.diff import compare


def _section(old, new, key):
    return next(s for s in compare(old, new).sections if s.key == key)


def _lines(entry):
    return [line for f in entry.fields for line in f.lines if line.status != "unchanged"]


def test_identical_documents_have_no_changed_sections(sample_document):
    result = compare(sample_document, copy.deepcopy(sample_document))
    assert result.changed == [] and len(result.unchanged) >= 6


def test_a_changed_bullet_shows_word_level_insertions_and_deletions(sample_document):
    new = copy.deepcopy(sample_document)
    new["work"][0]["highlights"][1] = "Owned the public REST API used by 450 customers."
    [section] = compare(sample_document, new).changed
    [entry] = section.shown_entries
    [line] = _lines(entry)
    assert line.words == [
        ("delete", "Responsible for"),
        ("insert", "Owned"),
        ("equal", " the public REST API used by "),
        ("delete", "300"),
        ("insert", "450"),
        ("equal", " customers."),
    ]


def test_inserting_an_entry_marks_only_that_entry(sample_document):
    new = copy.deepcopy(sample_document)
    new["work"].insert(0, {"name": "Newco", "position": "Staff Engineer", "startDate": "2024-01"})
    section = _section(sample_document, new, "work")
    assert [(e.title, e.status) for e in section.entries] == [
        ("Staff Engineer at Newco", "added"),
        ("Senior Software Engineer at Brightwave Analytics", "unchanged"),
        ("Software Engineer at Parcelly", "unchanged"),
        ("Junior Developer at Cobalt Labs", "unchanged"),
    ]


def test_reordered_entries_show_as_moved_not_changed(sample_document):
    new = copy.deepcopy(sample_document)
    new["work"][1], new["work"][2] = new["work"][2], new["work"][1]
    section = _section(sample_document, new, "work")
    assert section.status == "changed"
    statuses = {e.title: e.status for e in section.entries}
    assert sorted(statuses.values()) == ["moved", "unchanged", "unchanged"]
    moved = next(e for e in section.entries if e.status == "moved")
    assert _lines(moved) == []


def test_an_entry_edited_in_place_is_paired_with_its_old_self(sample_document):
    new = copy.deepcopy(sample_document)
    new["work"][2]["position"] = "Software Developer"
    section = _section(sample_document, new, "work")
    [entry] = section.shown_entries
    assert (entry.title, entry.status, entry.old_index, entry.new_index) == (
        "Software Developer at Cobalt Labs",
        "changed",
        2,
        2,
    )
    assert _lines(entry)[0].words == [
        ("delete", "Junior"),
        ("insert", "Software"),
        ("equal", " Developer"),
    ]


def test_a_new_bullet_before_a_changed_one_does_not_shift_the_pairing(sample_document):
    new = copy.deepcopy(sample_document)
    bullets = new["work"][0]["highlights"]
    bullets.insert(1, "Cut cloud costs by 30% by moving batch jobs to spot instances.")
    bullets[2] = "Owned the public REST API used by 450 customers."
    [entry] = _section(sample_document, new, "work").shown_entries
    changed = [(line.status, line.before, line.after) for line in _lines(entry)]
    assert changed == [
        ("added", "", "Cut cloud costs by 30% by moving batch jobs to spot instances."),
        (
            "changed",
            "Responsible for the public REST API used by 300 customers.",
            "Owned the public REST API used by 450 customers.",
        ),
    ]


def test_keywords_read_as_one_line_and_a_location_as_a_place(sample_document):
    new = copy.deepcopy(sample_document)
    new["skills"][0]["keywords"].append("Rust")
    new["basics"]["location"]["city"] = "Oakland"
    [languages] = _section(sample_document, new, "skills").shown_entries
    assert _lines(languages)[0].words == [
        ("equal", "Python, Go, SQL, JavaScript"),
        ("insert", ", Rust"),
    ]
    [basics] = _section(sample_document, new, "basics").shown_entries
    location = next(f for f in basics.fields if f.name == "location")
    assert location.lines[0].after == "Oakland, CA, US"


def test_removed_section_and_removed_entry(sample_document):
    new = copy.deepcopy(sample_document)
    del new["projects"]
    new["work"].pop(1)
    sections = {s.key: s for s in compare(sample_document, new).changed}
    assert sections["projects"].status == "removed"
    # The removed role stays where it was, between the two that remain.
    assert [(e.title, e.status) for e in sections["work"].entries] == [
        ("Senior Software Engineer at Brightwave Analytics", "unchanged"),
        ("Software Engineer at Parcelly", "removed"),
        ("Junior Developer at Cobalt Labs", "unchanged"),
    ]


def test_an_added_section(sample_document):
    new = copy.deepcopy(sample_document)
    new["awards"] = [{"title": "Engineer of the year", "awarder": "Brightwave", "date": "2023-12"}]
    section = _section(sample_document, new, "awards")
    assert section.status == "added"
    assert [f.name for f in section.entries[0].changed_fields] == ["title", "awarder", "date"]
