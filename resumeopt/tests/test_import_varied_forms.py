"""Forms real resumes take that the first rules read wrong: a title with its unit, a
title's field before the employer, names in capitals, a sidebar joined to the jobs' rows."""

from resumeopt.importers import import_text


def _document(text: str) -> dict:
    return import_text(text).document


def test_name_in_capitals_keeps_the_capital_after_mc():
    document = _document(
        "BRENDAN MCALLISTER\nCleveland, OH | bmc@example.com\n\n"
        "EXPERIENCE\nWelder, Lincoln Electric Company, 2019 - 2023\n"
    )
    assert document["basics"]["name"] == "Brendan McAllister"


def test_name_in_capitals_takes_the_inner_capital_the_document_writes_elsewhere():
    document = _document(
        "MARIA DESOUZA\nNewark, NJ | maria@example.com\n\n"
        "EXPERIENCE\nPharmacist, CVS Health, 2019 - 2023\n\n"
        "Maria DeSouza | Page 2\n"
    )
    assert document["basics"]["name"] == "Maria DeSouza"


def test_name_in_capitals_without_evidence_is_capitalised_plainly():
    document = _document(
        "MARIA DESOUZA\nNewark, NJ | maria@example.com\n\n"
        "EXPERIENCE\nPharmacist, CVS Health, 2019 - 2023\n"
    )
    assert document["basics"]["name"] == "Maria Desouza"


def test_title_keeps_its_unit_written_on_the_title_line():
    document = _document(
        "Adaeze Okonkwo\nHouston, TX | a@example.com\n\n"
        "EXPERIENCE\n\n"
        "Charge Nurse, Emergency Department\n"
        "Memorial Hermann Hospital, Houston, TX\n"
        "Sept 2019 - Current\n"
        "- Lead a team of 14 nurses.\n\n"
        "Staff Nurse, Cardiac Step-Down Unit\n"
        "Houston Methodist Hospital, Houston, TX\n"
        "2016–2019\n"
    )
    work = document["work"]
    assert [job["position"] for job in work] == [
        "Charge Nurse, Emergency Department",
        "Staff Nurse, Cardiac Step-Down Unit",
    ]
    assert [job["name"] for job in work] == [
        "Memorial Hermann Hospital",
        "Houston Methodist Hospital",
    ]
    assert work[0]["startDate"] == "2019-09"


def test_a_division_of_the_employer_is_not_made_part_of_the_title():
    document = _document(
        "Kenji Watanabe\nOsaka, Japan | k@example.jp\n\n"
        "WORK EXPERIENCE\n\n"
        "Toyota Tsusho Co., Ltd., Nagoya\n"
        "Sales Coordinator, Automotive Parts Division\n"
        "2018.04 – 2021.03\n"
    )
    assert document["work"][0]["position"] == "Sales Coordinator"


def test_title_in_a_field_before_its_school_and_university():
    document = _document(
        "Rhiannon Evans\nBristol, UK | r@example.ac.uk\n\n"
        "Academic Appointments\n\n"
        "Lecturer in Physical Chemistry, School of Chemistry, University of Bristol\n"
        "2022–Present\n\n"
        "Postdoctoral Research Associate, Department of Chemistry, University of Cambridge\n"
        "Oct 2019 – Aug 2022\n"
    )
    work = document["work"]
    assert work[0]["position"] == "Lecturer in Physical Chemistry"
    assert work[0]["name"] == "University of Bristol"
    assert work[1]["name"] == "University of Cambridge"


def test_uk_integrated_masters_is_a_degree_with_its_field():
    document = _document(
        "Rhiannon Evans\nBristol, UK | r@example.ac.uk\n\n"
        "EDUCATION\nMChem, Cardiff University, 2011–2015\n"
    )
    entry = document["education"][0]
    assert entry["institution"] == "Cardiff University"
    assert entry["studyType"].startswith("MChem")
    assert entry["area"] == "Chemistry"


PASTED_TWO_COLUMNS = """Tomás Villanueva
Full-Stack Developer
CONTACT EXPERIENCE
tomas.villanueva@proton.me Senior Full-Stack Developer
+34 611 555 207 Cabify, Madrid
Madrid, Spain Jan 2021 - Present
linkedin.com/in/tvillanueva Built the driver payouts service in Go and
React, handling 1.2M transfers a month.
SKILLS Led the migration from REST to gRPC for
internal services.
PostgreSQL, Kafka Full-Stack Developer
Docker, Kubernetes Glovo, Barcelona
Jun 2018 - Dec 2020
LANGUAGES Owned the courier onboarding web app
Spanish (native) (Vue, Node.js).
English (C1) Junior Web Developer
Catalan (B2) Indra Sistemas, Madrid
Sep 2016 - May 2018
Maintained Java/Spring back-office tools
for regional utilities.
EDUCATION
B.Sc. in Computer Engineering
Universidad Politécnica de Madrid
2012 - 2016
"""


def test_sidebar_pieces_joined_to_the_rows_of_the_jobs_are_taken_off_them():
    document = _document(PASTED_TWO_COLUMNS)
    jobs = [
        (job.get("position"), job.get("name"), job.get("startDate")) for job in document["work"]
    ]
    assert jobs == [
        ("Senior Full-Stack Developer", "Cabify", "2021-01"),
        ("Full-Stack Developer", "Glovo", "2018-06"),
        ("Junior Web Developer", "Indra Sistemas", "2016-09"),
    ]
    assert document["basics"]["email"] == "tomas.villanueva@proton.me"
    languages = [language["language"] for language in document.get("languages", [])]
    assert languages == ["Spanish", "English", "Catalan"]


def test_the_grade_a_degree_was_awarded_with_is_its_score():
    document = _document(
        "Jane Roe\nLondon | jane@example.com\n\nEDUCATION\n"
        "BA History (First Class Honours), University of Oxford, 2012\n\n"
        "MSc Data Science with Distinction, University of Edinburgh, 2019\n\n"
        "B.A. in Economics, magna cum laude, Harvard University, 2014\n\n"
        "BSc (Hons) Physics, Distinction Academy of Science, 2010\n"
    )
    read = [
        (entry.get("studyType"), entry.get("area"), entry.get("score"), entry.get("institution"))
        for entry in document["education"]
    ]
    assert read == [
        ("BA", "History", "First Class Honours", "University of Oxford"),
        ("MSc", "Data Science", "with Distinction", "University of Edinburgh"),
        ("B.A.", "Economics", "magna cum laude", "Harvard University"),
        ("BSc (Hons)", "Physics", None, "Distinction Academy of Science"),
    ]


def test_a_dutch_cv_gives_its_labelled_name_and_the_job_under_each_date():
    document = _document(
        "Curriculum Vitae\n\nPersoonlijke gegevens\nNaam: Sanne van der Meulen\n"
        "Telefoon: 06-55512384\nE-mail: sanne@example.nl\n\n"
        "Werkervaring\n\n"
        "sep. 2020 – heden\n"
        "Teamleider Klantenservice, Eneco, Rotterdam\n"
        "- Aansturen van 12 medewerkers.\n"
    )
    assert document["basics"]["name"] == "Sanne van der Meulen"
    assert document["basics"]["phone"] == "06-55512384"
    [job] = document["work"]
    assert (job["position"], job["name"], job["startDate"]) == (
        "Teamleider Klantenservice",
        "Eneco",
        "2020-09",
    )


def test_a_title_after_a_header_its_dates_closed_opens_the_next_job():
    document = _document(
        "Declan McGrath\nBelfast | declan@example.com\n\nWORK HISTORY\n"
        "Area Sales Executive\nTayto Group, Tandragee\n2014–2019\n"
        "Sales Assistant\nCurrys PC World, Belfast\nSummer 2012\n"
    )
    jobs = [(job.get("position"), job.get("name")) for job in document["work"]]
    assert jobs == [
        ("Area Sales Executive", "Tayto Group"),
        ("Sales Assistant", "Currys PC World"),
    ]


def test_a_contractors_client_is_the_employer_and_the_agency_is_kept_beside_it():
    document = _document(
        "Marcus Bell\nAustin, TX | marcus@example.com\n\nEXPERIENCE\n"
        "UX Designer (Contract) — Dell Technologies via TEKsystems\n"
        "Spring 2016 – Spring 2017\n"
    )
    [job] = document["work"]
    assert job["name"] == "Dell Technologies"
    assert "via TEKsystems" in job["description"]


def test_a_town_in_brackets_after_a_school_is_its_location():
    document = _document(
        "Jonas Birkeland\nOslo | jonas@example.com\n\nEducation\n"
        "2011 – 2016: Master of Science in Computer Science, NTNU (Trondheim)\n"
        "2007 – 2011: BSc Nursing, University of Texas (Cizik School of Nursing)\n"
    )
    first, second = document["education"]
    assert (first["institution"], first.get("location")) == ("NTNU", "Trondheim")
    assert second["institution"] == "University of Texas (Cizik School of Nursing)"


def test_dates_opening_a_row_beside_a_sidebar_stay_with_the_job():
    document = _document(
        "Ana Ruiz\nData Engineer\nCONTACT EXPERIENCE\n"
        "ana.ruiz@example.com Senior Data Engineer\n"
        "+34 611 555 208 Cabify, Madrid\n"
        "2019 - 2023 Built the payouts warehouse.\n"
        "SKILLS Moved reporting to dbt.\n"
        "Python, SQL Data Engineer\n"
        "Docker, Kubernetes Glovo, Barcelona\n"
        "2016 - 2019 Owned the courier data models.\n"
        "LANGUAGES Cut costs by a third.\n"
        "Spanish (native) English (C1)\n"
    )
    jobs = [(job.get("position"), job.get("startDate")) for job in document["work"]]
    assert jobs == [("Senior Data Engineer", "2019"), ("Data Engineer", "2016")]
    assert document["basics"]["phone"] == "+34 611 555 208"
