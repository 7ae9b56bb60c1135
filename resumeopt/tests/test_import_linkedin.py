"""LinkedIn data-export archives: every variant to
the same facts, bounded, reviewed before saving."""

import io
import json
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from resumeopt import jsonresume
from resumeopt.importers import ResumeImportError, import_bytes
from resumeopt.importers.linkedin import (
    MAX_MEMBER_BYTES,
    MAX_ROWS,
    document_from_archive,
    parse_linkedin_date,
)
from resumeopt.models import Resume
from resumeopt.tests.linkedin_archives import (
    PERSON,
    VARIANTS,
    linkedin_files,
    make_linkedin_zip,
    make_zip,
)


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_export_variant_imports_the_same_facts(variant):
    result = import_bytes(make_linkedin_zip(variant), "linkedin.zip")
    document = result.document
    assert result.source_format == "linkedin"
    jsonresume.validate(document)
    basics = document["basics"]
    assert basics["name"] == PERSON["name"]
    assert basics["label"] == PERSON["headline"]
    assert basics["email"] == PERSON["email"]  # the primary address, not the first
    assert basics["url"] == "https://priya.dev"
    assert basics["location"]["city"] == "Leeds"
    work = document["work"]
    assert [(job["name"], job["position"]) for job in work] == [
        (company, title) for company, title, _, _ in PERSON["work"]
    ]
    bare_years = variant == "en-old"
    assert work[0]["startDate"] == ("2021" if bare_years else "2021-03")
    assert "endDate" not in work[0]  # a current role
    assert work[1]["endDate"] == ("2021" if bare_years else "2021-02")
    assert work[0]["summary"] == "Runs the deploy platform."
    assert work[0]["highlights"] == [
        "Cut deploy time from 40 to 6 minutes.",
        "Led the move to Kubernetes.",
    ]
    education = document["education"][0]
    assert education["institution"] == PERSON["school"]
    assert education["studyType"] == "BSc Computer Science"
    assert (education["startDate"], education["endDate"]) == ("2010", "2013")
    assert document["skills"] == [{"name": "Skills", "keywords": PERSON["skills"]}]
    assert "unsorted" not in document.get("meta", {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Mar 2019", "2019-03"),
        ("2019", "2019"),
        ("March 2019", "2019-03"),
        ("mars 2019", "2019-03"),
        ("déc. 2020", "2020-12"),
        ("Okt. 2020", "2020-10"),
        ("März 2019", "2019-03"),
        ("ene. de 2019", "2019-01"),
        ("março de 2019", "2019-03"),
        ("Sep-19", "2019-09"),
        ("03/2019", "2019-03"),
        ("2019-03", "2019-03"),
        ("15 Mar 2019", "2019-03-15"),
        ("Mar 15, 2019", "2019-03-15"),
        ("", None),
        ("soon", None),
        ("Present", None),
    ],
)
def test_dates_as_exports_write_them(written, expected):
    assert parse_linkedin_date(written) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_date_text_reads_as_a_valid_iso_date_or_nothing(text):
    found = parse_linkedin_date(text)
    if found is not None:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", found)
        jsonresume.validate({"work": [{"name": "x", "startDate": found}]})


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["Profile.csv", "Positions.csv", "Education.csv", "Skills.csv", "Languages.csv"]
        ),
        st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
        min_size=1,
    )
)
def test_any_csv_content_gives_a_valid_document_or_a_clear_error(files):
    try:
        document, _warnings = document_from_archive(make_zip(files))
    except ResumeImportError as error:
        assert str(error)
    else:
        jsonresume.validate(document)


def test_optional_files_fill_their_sections():
    files = linkedin_files("en")
    files["Certifications.csv"] = (
        b"Name,Url,Authority,Started On,Finished On,License Number\n"
        b"CKA,https://cncf.io/cka,CNCF,Jun 2022,Jun 2025,LF-123\n"
    )
    files["Languages.csv"] = b"Name,Proficiency\nTamil,Native or bilingual proficiency\n"
    files["Projects.csv"] = (
        b"Title,Description,Url,Started On,Finished On\n"
        b"Paved road,Golden path templates,https://priya.dev/road,Jan 2023,\n"
    )
    files["Honors.csv"] = (
        b"Title,Description,Issued On\nEngineer of the year,For the platform,Dec 2023\n"
    )
    files["PhoneNumbers.csv"] = b"Extension,Number,Type\n,+44 113 496 0000,Mobile\n"
    document = import_bytes(make_zip(files), "export.zip").document
    jsonresume.validate(document)
    assert document["certificates"] == [
        {"name": "CKA", "issuer": "CNCF", "date": "2022-06", "url": "https://cncf.io/cka"}
    ]
    assert document["languages"] == [
        {"language": "Tamil", "fluency": "Native or bilingual proficiency"}
    ]
    assert document["projects"][0]["name"] == "Paved road"
    assert document["projects"][0]["startDate"] == "2023-01"
    assert document["awards"][0] == {
        "title": "Engineer of the year",
        "date": "2023-12",
        "summary": "For the platform",
    }
    assert document["basics"]["phone"] == "+44 113 496 0000"


def test_a_date_that_cannot_be_read_is_kept_under_unsorted():
    files = linkedin_files("en")
    files["Positions.csv"] = (
        b"Company Name,Title,Description,Location,Started On,Finished On\n"
        b"Fabrikam,Engineer,,,sometime in spring,\n"
    )
    result = import_bytes(make_zip(files), "export.zip")
    assert "startDate" not in result.document["work"][0]
    assert result.document["meta"]["unsorted"] == [
        "Engineer at Fabrikam, start date as written: sometime in spring"
    ]


def test_a_file_with_unknown_columns_is_kept_under_unsorted_and_named():
    files = linkedin_files("en")
    files["Positions.csv"] = b"Gibberish,Nonsense\nFabrikam,Wrote code\n"
    result = import_bytes(make_zip(files), "export.zip")
    assert "work" not in result.document
    assert "Fabrikam · Wrote code" in result.document["meta"]["unsorted"]
    assert any("Positions.csv has columns we do not recognise" in w for w in result.warnings)


def test_the_review_warnings_say_which_files_were_read():
    result = import_bytes(make_linkedin_zip("en"), "export.zip")
    assert result.warnings[0].startswith("Read from your LinkedIn export: Profile.csv")


def test_a_zip_bomb_member_is_skipped_not_inflated():
    files = linkedin_files("en")
    files["Skills.csv"] = b"Name\n" + b"a" * (MAX_MEMBER_BYTES * 20)
    data = make_zip(files)
    assert len(data) < 1024 * 1024
    result = import_bytes(data, "export.zip")
    assert "skills" not in result.document
    assert any("Skills.csv is larger than" in warning for warning in result.warnings)


def test_a_member_whose_stated_size_lies_is_still_bounded():
    files = linkedin_files("en")
    files["Skills.csv"] = b"Name\n" + b"b\n" * MAX_MEMBER_BYTES
    data = bytearray(make_zip(files))
    # Rewrite the central directory's uncompressed size for Skills.csv to 10 bytes.
    entry = data.find(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(b"Skills.csv")] != b"Skills.csv":
        entry = data.find(b"PK\x01\x02", entry + 4)
        assert entry != -1
    data[entry + 24 : entry + 28] = (10).to_bytes(4, "little")
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        assert archive.getinfo("Skills.csv").file_size == 10
    result = import_bytes(bytes(data), "export.zip")
    assert "skills" not in result.document


def test_only_the_first_rows_of_a_huge_file_are_read():
    files = linkedin_files("en")
    files["Skills.csv"] = b"Name\n" + b"".join(b"Skill %d\n" % i for i in range(MAX_ROWS + 50))
    result = import_bytes(make_zip(files), "export.zip")
    assert len(result.document["skills"][0]["keywords"]) == MAX_ROWS
    assert any(f"more than {MAX_ROWS} rows" in warning for warning in result.warnings)


def test_a_zip_without_linkedin_files_is_refused_with_a_message():
    with pytest.raises(ResumeImportError, match="neither a Word document nor a LinkedIn"):
        import_bytes(make_zip({"photo.txt": b"hello"}), "export.zip")


def test_a_damaged_linkedin_zip_is_refused_with_a_message():
    data = make_linkedin_zip("en")
    with pytest.raises(ResumeImportError):
        import_bytes(data[: len(data) // 2], "export.zip")


def test_an_archive_over_the_upload_limit_is_refused():
    from resumeopt.importers import MAX_UPLOAD_BYTES

    with pytest.raises(ResumeImportError, match="the limit is"):
        import_bytes(b"PK\x03\x04" + b"\0" * MAX_UPLOAD_BYTES, "export.zip")


@pytest.mark.django_db
def test_the_export_goes_through_the_review_screen_and_saves_on_confirm(user_client, user):
    upload = SimpleUploadedFile("Basic_LinkedInDataExport.zip", make_linkedin_zip("de"))
    review = user_client.post(reverse("resume_import"), {"file": upload}).content.decode()
    assert "Check what we read" in review
    assert "Fabrikam" in review and "Read from your LinkedIn export" in review
    assert not Resume.objects.filter(owner=user).exists()
    payload = re.search(r'name="payload" value="([^"]+)"', review)[1]
    user_client.post(reverse("resume_import_confirm"), {"payload": payload})
    resume = Resume.objects.get(owner=user)
    assert resume.title == "Priya Raman – resume"
    assert resume.content["work"][0]["name"] == "Fabrikam"
    assert resume.history.get().history_change_reason == "import"


@pytest.mark.django_db
def test_the_import_page_offers_the_zip(user_client):
    page = user_client.get(reverse("resume_import")).content.decode()
    assert ".zip" in page and "LinkedIn" in page


def test_import_resume_reads_the_zip(tmp_path, capsys):
    path = tmp_path / "linkedin.zip"
    path.write_bytes(make_linkedin_zip("fr"))
    call_command("import_resume", str(path))
    document = json.loads(capsys.readouterr().out)
    assert document["basics"]["name"] == PERSON["name"]
    assert document["work"][1]["name"] == "Tailspin Toys"
