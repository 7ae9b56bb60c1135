"""The rule-based parser on a corpus of resumes written the ways people write them."""

from pathlib import Path

import pytest

from resumeopt import jsonresume
from resumeopt.importers import import_path, import_text

CORPUS = Path(__file__).parent / "data" / "resumes"


def _parsed(name: str) -> dict:
    document = import_path(CORPUS / name).document
    jsonresume.validate(document)
    return document


def _work(document: dict) -> list[tuple]:
    return [
        (
            e.get("position"),
            e.get("name"),
            e.get("startDate"),
            e.get("endDate"),
            len(e.get("highlights", [])),
        )
        for e in document["work"]
    ]


def test_caps_headings_with_one_line_entries():
    document = _parsed("caps_headings.txt")
    basics = document["basics"]
    assert (basics["name"], basics["label"], basics["email"], basics["phone"]) == (
        "Maria Gonzalez",
        "Product Manager",
        "maria.gonzalez@example.com",
        "(212) 555-0147",
    )
    assert basics["location"] == {"city": "New York", "region": "NY"}
    assert basics["profiles"][0]["network"] == "LinkedIn"
    assert basics["summary"].startswith("Product manager with 7 years")
    assert _work(document) == [
        ("Senior Product Manager", "Ledgerly Inc.", "2020-03", None, 3),
        ("Product Manager", "Brightline Health", "2016-07", "2020-02", 2),
    ]
    assert [(e["studyType"], e["institution"]) for e in document["education"]] == [
        ("Master of Business Administration", "Columbia Business School"),
        ("Bachelor of Arts", "Boston University"),
    ]
    assert document["education"][1]["area"] == "Economics"
    assert "A/B testing" in document["skills"][0]["keywords"]
    assert document["languages"] == [
        {"language": "English", "fluency": "native"},
        {"language": "Spanish", "fluency": "fluent"},
    ]
    assert "meta" not in document


def test_markdown_with_entry_subheadings_and_projects():
    document = _parsed("markdown.md")
    assert document["basics"]["name"] == "Sam Patel"
    assert document["basics"]["location"] == {"city": "London", "countryCode": "GB"}
    assert document["basics"]["profiles"][0]["url"] == "https://github.com/sampatel"
    assert _work(document) == [
        ("Frontend Engineer", "Monzo", "2019-09", None, 3),
        ("Web Developer", "Freelance", "2017-01", "2019-08", 2),
    ]
    assert document["skills"][1] == {"name": "Frameworks", "keywords": ["React", "Next.js", "Vue"]}
    project = document["projects"][0]
    assert (project["name"], project["keywords"]) == ("a11y-lint", ["TypeScript", "ESLint"])


def test_two_line_headers_and_wrapped_bullets():
    document = _parsed("two_line_headers.txt")
    first = document["work"][0]
    assert (first["position"], first["name"], first["location"], first["startDate"]) == (
        "Charge Nurse",
        "Memorial Hermann Hospital",
        "Houston, TX",
        "2019-06",
    )
    assert first["highlights"][0].endswith("that treats over 90,000 patients a year.")
    assert len(first["highlights"]) == 3
    assert document["basics"]["summary"].endswith("calm leadership during high-volume shifts.")
    assert [c["name"] for c in document["certificates"]] == [
        "Basic Life Support (BLS)",
        "Advanced Cardiovascular Life Support (ACLS)",
    ]
    assert document["certificates"][0] == {
        "name": "Basic Life Support (BLS)",
        "issuer": "American Heart Association",
        "date": "2023",
    }


def test_title_at_company_and_labelled_headings():
    document = _parsed("at_style.txt")
    assert document["basics"]["url"] == "https://priyaraman.ai"
    assert document["basics"]["phone"] == "+91 98765 43210"
    assert _work(document) == [
        ("Senior ML Engineer", "Flipkart", "2021", None, 2),
        ("ML Engineer", "Swiggy", "2018", "2021", 2),
    ]
    assert document["education"][0]["studyType"] == "M.Tech"
    assert document["education"][0]["area"] == "Computer Science"
    assert document["skills"][0]["keywords"] == [
        "Python",
        "PyTorch",
        "TensorFlow",
        "Spark",
        "Kubernetes",
        "SQL",
    ]
    assert document["awards"] == [
        {"title": "Best Paper Award", "awarder": "KDD Applied Data Science Track", "date": "2022"}
    ]


def test_dates_on_their_own_line_and_numbered_bullets():
    document = _parsed("numbered_variants.txt")
    assert _work(document) == [
        ("Financial Analyst", "PKO Bank Polski", "2019", None, 2),
        ("Junior Accountant", "Deloitte Poland", "2016", "2019", 1),
    ]
    assert document["education"][0]["area"] == "Finance and Accounting"
    assert document["languages"][1] == {"language": "English", "fluency": "C1"}
    assert [i["name"] for i in document["interests"]] == ["Chess", "long-distance running", "jazz"]


def test_underlined_headings_and_pipe_separated_entries():
    document = _parsed("underlined.txt")
    assert document["basics"]["email"] == "elena.rossi@example.com"
    assert document["basics"]["location"] == {"city": "Milan", "countryCode": "IT"}
    assert document["work"][0]["location"] == "Milan, Italy"
    assert document["volunteer"][0]["organization"] == "Designers Italia"
    assert document["education"][0] == {
        "institution": "Politecnico di Milano",
        "studyType": "MSc",
        "area": "Communication Design",
        "startDate": "2015",
        "endDate": "2017",
    }


def test_student_resume_with_gpa_coursework_and_many_sections():
    document = _parsed("student.txt")
    education = document["education"][0]
    assert education["studyType"] == "B.S."
    assert education["score"] == "3.9/4.0 GPA"
    assert education["courses"] == [
        "Algorithms",
        "Machine Learning",
        "Computer Systems",
        "Linear Algebra",
    ]
    assert education["location"] == "Cambridge, MA"
    assert _work(document)[0] == ("Software Engineering Intern", "Stripe", "2024-06", "2024-08", 2)
    assert document["projects"][0]["keywords"] == ["React Native", "Firebase"]
    assert [a["title"] for a in document["awards"]] == ["Dean's List", "First Place"]
    assert document["references"] == [{"reference": "Available upon request"}]


def test_european_resume_with_numeric_dates_and_skill_groups():
    document = _parsed("european.txt")
    assert document["basics"]["profiles"][0]["network"] == "GitLab"
    assert _work(document) == [
        ("Senior Backend Developer", "Zalando SE", "2019-01", None, 2),
        ("Backend Developer", "N26 GmbH", "2015-03", "2018-12", 1),
    ]
    assert document["work"][0]["location"] == "Berlin"
    assert [group["name"] for group in document["skills"]] == ["Languages", "Data", "Cloud"]
    assert document["publications"][0]["name"] == "Event Sourcing at Scale"


def test_unplaced_lines_are_kept_in_unsorted_not_dropped():
    text = (
        "Jane Doe\njane@example.com\n\nCLEARANCE\nTop Secret/SCI, active since "
        "2019\n\nSKILLS\nPython, Go\n"
    )
    result = import_text(text)
    assert result.unsorted == ["CLEARANCE", "Top Secret/SCI, active since 2019"]
    assert result.document["skills"][0]["keywords"] == ["Python", "Go"]
    assert any("Unsorted" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "heading",
    [
        "EXPERIENCE",
        "Work Experience:",
        "## Employment History",
        "**Professional Experience**",
        "E X P E R I E N C E",
    ],
)
def test_heading_variants_are_recognised(heading):
    text = f"Jane Doe\n\n{heading}\nEngineer, Acme Inc. — 2019 - 2021\n- Shipped things.\n"
    document = import_text(text).document
    assert document["work"][0]["name"] == "Acme Inc."


def test_empty_paste_is_refused():
    from resumeopt.importers import ResumeImportError

    with pytest.raises(ResumeImportError, match="no text"):
        import_text("   \n ")


def test_a_campus_after_a_comma_stays_in_the_institutions_name():
    text = (
        "Jane Doe\njane@example.com\n\nEducation\n"
        "University of California, Davis — B.S. Computer Science, 2011 – 2015\n"
        "University of Texas, Austin, TX | BBA Finance | 2007 - 2011\n"
    )
    document = import_text(text).document
    first, second = document["education"]
    assert first["institution"] == "University of California, Davis"
    assert (second["institution"], second["location"]) == ("University of Texas", "Austin, TX")
    assert "unsorted" not in document.get("meta", {})
