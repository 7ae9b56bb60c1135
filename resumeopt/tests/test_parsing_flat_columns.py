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


# Two columns pasted with their gaps under two headings on one row, a column's heading
# ("SKILLS") starting partway down, and rows where only one column has text.
TWO_COLUMNS = """\
Ciaran Sullivan
Cork, Ireland  ·  ciaran@example.com

EXPERIENCE                                   CERTIFICATIONS
Site Manager                                 SMSTS (2021)
John Sisk & Son Holdings                     Safe Pass
Cork  |  2019 - Present                      Manual Handling Instructor
Ran a hospital extension, 45 on site         OSHA 30-Hour Construction (2023)
at peak; handed over two weeks early.
Assistant Site Manager                       SKILLS
BAM Ireland Building Solutions               Procore, MS Project
Limerick  |  2015 - 2019                     Temporary works, Snagging
Foreman                                      Budget tracking
Galway  |  2011 - 2015

EDUCATION
BSc in Construction Management
Munster Technological University, 2007 - 2011
"""


def test_two_columns_under_two_headings_on_one_row_are_read_apart_at_their_gaps():
    document = import_text(TWO_COLUMNS).document
    assert _jobs(document) == [
        ("Site Manager", "John Sisk & Son Holdings", "2019"),
        ("Assistant Site Manager", "BAM Ireland Building Solutions", "2015"),
        ("Foreman", None, "2011"),
    ]
    assert [item["name"] for item in document["certificates"]] == [
        "SMSTS",
        "Safe Pass",
        "Manual Handling Instructor",
        "OSHA 30-Hour Construction",
    ]
    assert document["skills"][0]["keywords"][-1] == "Budget tracking"


def test_one_heading_of_two_words_is_not_taken_for_two_columns():
    document = import_text(
        "Jo Smith\njo@example.com\n\nEXPERIENCE SUMMARY\nTwelve years in logistics.\n\n"
        "EXPERIENCE\nShift Manager\nDHL Supply Chain\n2019 - Present\n"
    ).document
    assert _jobs(document) == [("Shift Manager", "DHL Supply Chain", "2019")]


def test_a_brand_of_several_words_is_not_cut_between_two_columns():
    # "DHL Supply Chain", "Capitec Bank Holdings": the words after the brand go on naming
    # the company; they are not the next column's.
    document = import_text(
        "Gary Whitfield\nOperations Manager\nCONTACT EXPERIENCE EDUCATION\n"
        "Leeds, UK Shift Manager BSc Logistics\n"
        "+44 7700 900 123 DHL Supply Chain University of Leeds\n"
        "gary@example.com Mar 2021 - Present 2014 - 2015\n"
        "SKILLS Built a night shift of sixty BSc Mathematics\n"
        "Forklift pickers and loaders. University of York\n"
        "Lean Team Leader 2011 - 2014\n"
        "WMS Capitec Bank Holdings\n"
        "Kaizen Jun 2016 - Feb 2021\n"
    ).document
    assert [(job.get("position"), job.get("name")) for job in document["work"]] == [
        ("Shift Manager", "DHL Supply Chain"),
        ("Team Leader", "Capitec Bank Holdings"),
    ]
    assert [school["institution"] for school in document["education"]] == [
        "University of Leeds",
        "University of York",
    ]


def test_a_countrys_or_a_skills_two_words_are_not_cut_between_columns():
    document = import_text(
        "Nomvula Dlamini\nTreasury Officer\nCONTACT EXPERIENCE EDUCATION\n"
        "Durban, South Africa Treasury Operations Officer BCom Finance\n"
        "+27 71 555 0456 Nedbank Group University of KwaZulu-Natal\n"
        "nomvula@example.com Mar 2020 - Present 2012 - 2015\n"
        "SKILLS Settled FX and money-market deals BCom Economics\n"
        "SWIFT, SAP for the corporate desk. University of Pretoria\n"
        "Excel, Power BI Payments Clerk 2016\n"
        "LANGUAGES Sanlam Investment Holdings\n"
        "isiZulu (native) Feb 2016 - Feb 2020\n"
    ).document
    assert [job["position"] for job in document["work"]] == [
        "Treasury Operations Officer",
        "Payments Clerk",
    ]
    assert document["basics"]["location"] == {"city": "Durban", "countryCode": "ZA"}
    assert "Power BI" in document["skills"][0]["keywords"]
