"""Reading postings from uploads, and refusing the bad ones with a clear message."""

import gc
import gzip
import io
import zipfile

import pytest

from jobs.extraction import PostingError
from jobs.postings import (
    MAX_FILE_BYTES,
    Posting,
    PostingInputError,
    batch_postings,
    check_zip,
    html_to_text,
    postings_from_csv,
    postings_from_jsonl,
    postings_from_pasted,
    postings_from_zip,
    text_from_file,
)
from jobs.ranking import bundle_files
from resumeopt.tests.resume_files import make_docx, make_pdf, make_zip


def test_pasted_postings_are_split_on_dashes_and_empty_ones_reported():
    postings = postings_from_pasted(
        "Python developer\nWe need Django.\n---\n   \n---\nData analyst\nSQL and Excel."
    )
    assert [p.text.splitlines()[0] for p in postings] == ["Python developer", "Data analyst"]
    with pytest.raises(PostingInputError, match="at least one posting"):
        postings_from_pasted(" \n---\n ")


def test_text_from_pdf_docx_and_html_files():
    assert "Northwind Traders" in text_from_file(make_pdf("classic"), "posting.pdf")
    assert "Northwind Traders" in text_from_file(make_docx("styles"), "posting.docx")
    html = (
        b"<html><head><script>alert('x')</script><style>p{}</style></head>"
        b"<body><h1>Engineer</h1><ul><li>Python</li><li>SQL</li></ul></body></html>"
    )
    text = text_from_file(html, "posting.html")
    assert "alert" not in text and "p{}" not in text
    assert text.splitlines() == ["Engineer", "", "- Python", "- SQL"] or "- Python" in text


def test_html_to_text_keeps_blocks_apart():
    assert html_to_text("<p>One</p><p>Two &amp; three</p>") == "One\n\nTwo & three"


def test_an_html_file_reads_table_cells_and_definitions_as_lines_like_a_paste():
    html = (
        "<table><tr><th>Requirements</th></tr><tr><td>5+ years of Java</td>"
        "<td>AWS</td></tr></table><dl><dt>Location</dt><dd>Austin, TX</dd></dl>"
    )
    lines = [line for line in html_to_text(html).splitlines() if line.strip()]
    assert lines == ["Requirements", "5+ years of Java", "AWS", "Location", "Austin, TX"]


def test_binary_and_empty_files_are_refused():
    with pytest.raises(PostingError, match="not a text, PDF, Word or HTML file"):
        text_from_file(bytes(range(256)) * 10, "blob.bin")
    with pytest.raises(PostingError, match="empty"):
        text_from_file(b"   ", "blank.txt")


def test_zip_with_nested_archive_is_refused():
    with pytest.raises(PostingInputError, match="another archive"):
        postings_from_zip(make_zip({"a.txt": b"Python job", "more.zip": make_zip({"b.txt": b"x"})}))


def test_zip_with_more_than_500_files_is_refused():
    with pytest.raises(PostingInputError, match="501 files; the limit is 500"):
        postings_from_zip(make_zip({f"{i}.txt": b"Python job" for i in range(501)}))


def test_zip_that_unpacks_to_over_50_megabytes_is_refused():
    bomb = make_zip({"huge.txt": b"a" * (51 * 1024 * 1024)})
    assert len(bomb) < 1024 * 1024
    with pytest.raises(PostingInputError, match="more than 50 MB"):
        postings_from_zip(bomb)


def test_zip_with_path_traversal_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../etc/evil.txt", "Python job")
    with pytest.raises(PostingInputError, match="unsafe path"):
        postings_from_zip(buffer.getvalue())


def test_zip_reports_unreadable_postings_and_keeps_the_rest():
    postings = postings_from_zip(
        make_zip(
            {"good.txt": b"We need Python.", "bad.bin": bytes(range(256)) * 10, "empty.txt": b" "}
        )
    )
    assert {p.name: bool(p.error) for p in postings} == {
        "good.txt": False,
        "bad.bin": True,
        "empty.txt": True,
    }


def test_csv_needs_a_text_column():
    with pytest.raises(PostingInputError, match="no text column"):
        postings_from_csv(b"id,summary\n1,We need Python\n")
    rows = postings_from_csv(
        b"id,job_title,job_description\n7,Engineer,We need Python.\n8,Analyst,\n"
    )
    assert (rows[0].name, rows[0].title, rows[0].error) == ("7", "Engineer", "")
    assert "empty" in rows[1].error


def test_jsonl_lines_and_a_broken_line():
    postings = postings_from_jsonl(
        b'{"id": "a", "text": "We need Go."}\nnot json\n{"id": "c", "text": ""}\n'
    )
    assert [(p.name, bool(p.error)) for p in postings] == [
        ("a", False),
        ("Line 2", True),
        ("c", True),
    ]


def test_a_posting_over_100000_characters_is_reported():
    [posting] = postings_from_pasted("x" * 100_001)
    assert "limit is 100,000" in posting.error


def test_an_archive_renamed_as_text_is_still_refused():
    disguised = make_zip({"notes.txt": make_zip({"b.txt": b"Python job"})})
    with pytest.raises(PostingInputError, match=r"another archive \(notes.txt\)"):
        check_zip(disguised)
    gzip_inside = make_zip({"a.txt": b"Python job", "b.txt": gzip.compress(b"Python job")})
    with pytest.raises(PostingInputError, match="another archive"):
        postings_from_zip(gzip_inside)


def test_a_word_file_inside_a_zip_is_a_posting_not_an_archive():
    assert check_zip(make_zip({"posting.docx": make_docx("styles")})) == 1


def test_a_password_protected_file_in_a_zip_is_reported_and_the_rest_read():
    data = bytearray(make_zip({"good.txt": b"We need Python.", "locked.txt": b"secret"}))
    # Python cannot write encrypted zips: set the "encrypted" flag of locked.txt by hand.
    central = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 4)
    data[central + 8] |= 0x1
    postings = {p.name: p.error for p in postings_from_zip(bytes(data))}
    assert postings["good.txt"] == "" and "password-protected" in postings["locked.txt"]


def test_damaged_or_empty_zips_are_refused_as_a_whole():
    with pytest.raises(PostingInputError, match="damaged"):
        check_zip(b"PK\x03\x04 not really a zip")
    with pytest.raises(PostingInputError, match="no posting files"):
        check_zip(make_zip({".DS_Store": b"x", "__MACOSX/a.txt": b"x"}))


def test_a_spreadsheet_saved_as_csv_is_refused():
    with pytest.raises(PostingInputError, match="not text"):
        postings_from_csv(make_docx("styles"))


def test_a_csv_posting_over_the_limit_is_a_row_error_and_a_huge_field_a_clear_message():
    rows = postings_from_csv(b'id,text\n1,"' + b"x" * 150_000 + b'"\n2,We need Python.\n')
    assert "limit is 100,000" in rows[0].error and rows[1].error == ""
    with pytest.raises(PostingInputError, match="could not be read"):
        postings_from_csv(b'id,text\n1,"' + b"x" * (MAX_FILE_BYTES + 10) + b'"\n')


def test_a_csv_batch_counts_its_rows_first_and_reads_each_posting_when_it_is_ranked():
    """The batch reports progress from its first rows: a CSV of thousands is not read
    whole into postings before the first is ranked (issue #22)."""
    rows = "".join(
        f'{index},Engineer {index},"We need Python, item {index}."\n' for index in range(3000)
    )
    total, read = batch_postings("postings.csv", f"id,title,text\n{rows}".encode())
    postings = read(0, total)
    # type(), not isinstance(): the latter asks lazy objects left by other tests for
    # their class, which evaluates them.
    alive_before = sum(type(item) is Posting for item in gc.get_objects())

    first = next(postings)

    assert total == 3000 and (first.name, first.title) == ("0", "Engineer 0")
    made = sum(type(item) is Posting for item in gc.get_objects()) - alive_before
    assert made < 10, f"{made} postings made to give the first"
    assert sum(1 for _ in postings) == 2999


def test_a_csv_batch_goes_on_from_where_it_got_to_and_blank_rows_are_not_postings():
    data = b"text\nWe need Python.\n\nWe need SQL.\nWe need Go.\n\n"
    total, read = batch_postings("postings.csv", data)

    assert total == 3
    assert [(posting.name, posting.text) for posting in read(1, total)] == [
        ("Row 2", "We need SQL."),
        ("Row 3", "We need Go."),
    ]
    # Stretches read out of order, as runners take them, give the same rows.
    assert [posting.text for posting in read(2, 3)] == ["We need Go."]
    assert [posting.text for posting in read(0, 1)] == ["We need Python."]


def test_a_jsonl_batch_counts_its_lines_first_and_reads_a_stretch_of_them():
    data = (
        b'{"id": "a", "text": "We need Go."}\n\nnot json\n{"id": "c", "text": "SQL."}\n'
        b'{"id": "d", "text": "Rust."}\n'
    )
    total, read = batch_postings("postings.jsonl", data)

    assert total == 4
    assert [(posting.name, bool(posting.error)) for posting in read(1, 3)] == [
        ("Line 3", True),
        ("c", False),
    ]
    assert [posting.name for posting in read(0, 1)] == ["a"]  # an earlier stretch: read again


def test_a_stored_csv_over_the_ceiling_is_refused():
    data = b"text\n" + b"We need Python.\n" * 5_001
    with pytest.raises(PostingInputError, match="at most 5,000"):
        batch_postings("postings.csv", data)


def test_jsonl_keeps_each_id_as_given():
    postings = postings_from_jsonl(b'{"id": 7, "text": "We need Go."}\n{"text": "SQL."}\n')
    assert [(p.key, p.name) for p in postings] == [(7, "7"), (None, "Line 2")]


def test_a_web_batch_has_a_ceiling():
    with pytest.raises(PostingInputError, match="at most 5,000"):
        postings_from_pasted("\n---\n".join(["We need Python."] * 5_001))


def test_several_files_are_bundled_but_an_archive_among_them_is_refused():
    name, data = bundle_files([("a.txt", b"We need Python."), ("b.html", b"<p>We need SQL.</p>")])
    assert name == "postings.zip" and check_zip(data) == 2
    with pytest.raises(PostingInputError, match="is an archive"):
        bundle_files([("a.txt", b"We need Python."), ("b.txt", make_zip({"c.txt": b"x"}))])
    with pytest.raises(PostingInputError, match="on its own"):
        bundle_files([("a.txt", b"We need Python."), ("b.csv", b"id,text\n1,x\n")])
