"""Columns flattened into rows of single-spaced pieces under a row of their headings, as a
PDF's three-column page reads once copied or converted to Word
(`resumeopt.importers.parsing.flat_columns`)."""

from resumeopt.importers import import_text

# Contact and skills | experience | education, each printed row one line, the columns'
# pieces joined by one space, the last column running on alone below the others.
THREE_COLUMNS = """\
Joanna Smith
Data Engineer
CONTACT EXPERIENCE EDUCATION
Leeds, UK Senior Data Engineer MSc Data Science
+44 7700 900 123 Northwind Traders Ltd University of Leeds
joanna.smith@example.com Mar 2021 - Present 2014 - 2015
SKILLS Built the nightly billing BSc Mathematics
Python, SQL pipeline in Spark and cut University of York
Airflow, dbt its run to forty minutes. 2011 - 2014
Junior Data Engineer
Contoso Analytics
Jun 2016 - Feb 2021
Kept the reporting stack
running for six regions.
LANGUAGES
English (native)
"""


def _jobs(document: dict) -> list[tuple[str, str, str]]:
    return [
        (job.get("position"), job.get("name"), job.get("startDate"))
        for job in document.get("work", [])
    ]


def test_each_column_of_a_flattened_page_is_read_under_its_own_heading():
    document = import_text(THREE_COLUMNS).document
    assert _jobs(document) == [
        ("Senior Data Engineer", "Northwind Traders Ltd", "2021-03"),
        ("Junior Data Engineer", "Contoso Analytics", "2016-06"),
    ]
    assert [entry.get("institution") for entry in document["education"]] == [
        "University of Leeds",
        "University of York",
    ]
    assert document["basics"]["email"] == "joanna.smith@example.com"


def test_a_job_description_wrapped_over_rows_stays_with_its_job():
    job = import_text(THREE_COLUMNS).document["work"][0]
    text = " ".join([job.get("summary", ""), *job.get("highlights", [])])
    assert "Built the nightly billing pipeline in Spark and cut its run to forty minutes." in text


def test_a_name_wrapped_over_two_rows_is_read_whole():
    page = """\
Priya Nair
PROFILE EDUCATION EXPERIENCE
Test engineer with seven Bachelor of Technology in Infosys
years of experience in Computer Science Senior Test Engineer
automating web tests. Anna University June 2020 - present
2013 - 2017 Wipro Technologies
Test Engineer
July 2017 - May 2020
"""
    document = import_text(page).document
    assert _jobs(document) == [
        ("Senior Test Engineer", "Infosys", "2020-06"),
        ("Test Engineer", "Wipro Technologies", "2017-07"),
    ]
    assert document["education"][0]["institution"] == "Anna University"


def test_a_row_of_headings_over_one_column_of_text_is_left_as_written():
    page = """\
Sam Lee
SUMMARY EXPERIENCE EDUCATION
Project manager with ten years in construction.
"""
    document = import_text(page).document
    assert "work" not in document
