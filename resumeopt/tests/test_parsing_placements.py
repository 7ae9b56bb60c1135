"""Agency and contract work, promotions, achievement blocks and tables of jobs: how a job's
header and body read when the user was placed by an agency, held the job on contract, wrote
the job's achievements under a label of their own, or listed the jobs in a table."""

from resumeopt.importers import read_upload
from resumeopt.importers.parsing import Line, parse_lines


def _jobs(text: str, name: str = "resume.txt") -> list[tuple]:
    document = read_upload(text.encode(), name)["document"]
    return [
        (job.get("position"), job.get("name"), job.get("location"), job.get("startDate"))
        for job in document.get("work", [])
    ]


def test_the_terms_and_agency_in_brackets_after_a_title_are_no_part_of_it():
    text = """Dan Reid

EXPERIENCE
Business Analyst (contract via Hays) – Lloyds Banking Group, London        Mar 2022 – Dec 2023
Staff Nurse (locum through Medacs) – Royal Free Hospital, London            2019 – 2022
"""
    assert _jobs(text) == [
        ("Business Analyst", "Lloyds Banking Group", "London", "2022-03"),
        ("Staff Nurse", "Royal Free Hospital", "London", "2019"),
    ]


def test_the_agency_employs_and_the_sites_it_placed_the_user_describe_the_job():
    text = """Aoife Byrne

PROFESSIONAL EXPERIENCE
Staff Nurse
CPL Healthcare, Dublin — placements at St James's Hospital, Beaumont Hospital and the Mater
March 2022 – Present
"""
    document = read_upload(text.encode(), "resume.txt")["document"]
    [job] = document["work"]
    assert (job["position"], job["name"], job["location"]) == (
        "Staff Nurse",
        "CPL Healthcare",
        "Dublin",
    )
    assert "Beaumont Hospital" in job["description"]


def test_an_employer_with_a_titles_word_before_its_town_is_still_the_employer():
    text = """Aoife Byrne

EXPERIENCE
Healthcare Assistant
Home Instead Senior Care, Fingal
June 2015 – August 2018
"""
    assert _jobs(text) == [
        ("Healthcare Assistant", "Home Instead Senior Care", "Fingal", "2015-06")
    ]


def test_headings_that_group_jobs_by_how_they_were_held_open_work():
    text = """Dan Reid

CONTRACT HISTORY
Business Analyst (contract) – Direct Line Group, Bromley      Sep 2019 – May 2020

PERMANENT ROLES
Business Analyst
Santander UK, Milton Keynes                                   Jan 2016 – Aug 2019
"""
    assert _jobs(text) == [
        ("Business Analyst", "Direct Line Group", "Bromley", "2019-09"),
        ("Business Analyst", "Santander UK", "Milton Keynes", "2016-01"),
    ]


def test_a_key_achievements_block_without_a_colon_stays_in_its_job():
    text = """# Priya Nair

## Employment History

**Practice Manager** | Greenslopes Family Medical Centre, Greenslopes QLD | Jul 2021 – Present

**Key achievements**
- Moved the practice to cloud billing; billing errors down 40%.

**Office Administrator** | Queensland Health, Brisbane | Feb 2011 – Feb 2015

- Rosters and records for a community health centre.

## Education

Bachelor of Business, Queensland University of Technology, 2010
"""
    document = read_upload(text.encode(), "resume.md")["document"]
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Practice Manager", "Greenslopes Family Medical Centre"),
        ("Office Administrator", "Queensland Health"),
    ]
    assert "Moved the practice to cloud billing; billing errors down 40%." in str(
        document["work"][0]
    )
    assert "awards" not in document


def test_an_achievements_heading_after_the_last_job_is_still_a_section():
    lines = [
        Line(text)
        for text in (
            "Jane Roe",
            "",
            "Experience",
            "Analyst, Globex Ltd, 2019 - 2021",
            "",
            "Key Achievements",
            "Employee of the Year, 2020",
            "",
            "Education",
            "BSc Economics, University of Leeds, 2019",
        )
    ]
    document = parse_lines(lines)
    assert [job["name"] for job in document["work"]] == ["Globex Ltd"]
    assert "Employee of the Year" in str(document.get("awards"))


def test_how_a_job_was_held_as_its_label_is_no_title_and_opens_no_detail():
    text = """Sanne van der Meulen

Werkervaring

mrt. 2016 – aug. 2020
Medewerker Klantenservice, Bol.com, Utrecht

2014 – 2016
Bijbaan: Verkoopmedewerker, HEMA, Utrecht
"""
    assert _jobs(text) == [
        ("Medewerker Klantenservice", "Bol.com", "Utrecht", "2016-03"),
        ("Verkoopmedewerker", "HEMA", "Utrecht", "2014"),
    ]


def test_a_title_with_its_employer_after_a_local_at_then_a_town():
    text = """Lucía Fernández

EXPERIENCIA
Auxiliar Administrativa en Ford España, Almussafes
06/2015 – 08/2016
"""
    assert _jobs(text) == [("Auxiliar Administrativa", "Ford España", "Almussafes", "2015-06")]


def test_key_achievements_in_capitals_inside_a_job_keep_the_jobs_after_them():
    text = """Jane Doe

PROFESSIONAL EXPERIENCE

Warehouse Associate (assigned to Amazon)
Adecco, Leeds | Mar 2016 – Dec 2017
KEY ACHIEVEMENTS
• Picker of the month four times.

Barista, Starbucks, Seattle, WA | 2014 – 2016

PROJECTS & ACTIVITIES
Treasurer, Society of Women Engineers, 2024 – present
"""
    document = read_upload(text.encode(), "resume.txt")["document"]
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Warehouse Associate", "Adecco"),
        ("Barista", "Starbucks"),
    ]
    assert "assigned to Amazon" in document["work"][0]["description"]
    assert "awards" not in document


def test_roles_under_an_employers_line_share_its_town_and_state():
    text = """Jane Doe

EXPERIENCE
Walmart, Bentonville AR | 2010 – 2016
Assistant Manager (2013 – 2016)
- Ran the night shift.
Cashier (2010 – 2013)
- Tills and returns.
"""
    assert _jobs(text) == [
        ("Assistant Manager", "Walmart", "Bentonville AR", "2013"),
        ("Cashier", "Walmart", "Bentonville AR", "2010"),
    ]


def test_a_word_table_of_jobs_with_from_and_to_columns_reads_each_range():
    import io

    from docx import Document

    document = Document()
    document.add_paragraph("Rahul Sharma")
    document.add_paragraph("WORK EXPERIENCE")
    rows = [
        ("Organisation", "Designation", "From", "To"),
        ("HCL Technologies Ltd", "Senior Software Engineer", "Jul 2019", "Present"),
        ("Wipro Limited", "Project Engineer", "Aug 2016", "Jun 2019"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    work = read_upload(buffer.getvalue(), "resume.docx")["document"]["work"]
    assert [
        (job["position"], job["name"], job["startDate"], job.get("endDate")) for job in work
    ] == [
        ("Senior Software Engineer", "HCL Technologies Ltd", "2019-07", None),
        ("Project Engineer", "Wipro Limited", "2016-08", "2019-06"),
    ]
    assert "From" not in str(work)


def test_an_office_in_brackets_after_the_employer_is_where_the_job_was():
    text = """Jane Doe

EXPERIENCE
Analyst, McKinsey & Company (Chicago office), 2010 – 2012
"""
    assert _jobs(text) == [("Analyst", "McKinsey & Company", "Chicago", "2010")]


def test_ranges_and_titles_as_italian_polish_and_spanish_resumes_write_them():
    text = """Marta Rossi

ESPERIENZA PROFESSIONALE
Dal 2018 ad oggi – Responsabile acquisti presso Barilla, Parma
Od 2015 do 2018 – Kierownik projektu, Comarch S.A., Kraków
2012 – 2015. Jefe de ventas en Telefónica (Madrid)
"""
    document = read_upload(text.encode(), "resume.txt")["document"]
    assert [
        (job["position"], job["name"], job["startDate"], job.get("endDate"))
        for job in document["work"]
    ] == [
        ("Responsabile acquisti", "Barilla", "2018", None),
        ("Kierownik projektu", "Comarch S.A.", "2015", "2018"),
        ("Jefe de ventas", "Telefónica", "2012", "2015"),
    ]
    assert "description" not in document["work"][0]


def test_military_service_reads_the_rank_or_trade_and_the_force():
    text = """Ravi Cohen

EMPLOYMENT
British Army, 1 Royal Irish Regiment — Corporal, 2009 – 2012
Israel Defense Forces — Combat Medic (mandatory service), 2006 – 2009
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("Corporal", "British Army"),
        ("Combat Medic", "Israel Defense Forces"),
    ]


def test_a_function_after_the_title_and_its_dash_then_in_and_the_employer():
    text = """Ravi Kumar

PROFESSIONAL EXPERIENCE
Working as Assistant Manager – Accounts in Larsen & Toubro Ltd., Chennai from June 2018 to date.
"""
    assert _jobs(text) == [
        ("Assistant Manager – Accounts", "Larsen & Toubro Ltd.", "Chennai", "2018-06")
    ]


def test_a_key_achievements_label_under_the_header_is_the_bodys_not_the_headers():
    text = """Jane Doe

EXPERIENCE
Operations Manager
Maersk Line, Mumbai | Jan 2018 – Present
Key Achievements
• Cut dwell time by 18%.
"""
    [job] = read_upload(text.encode(), "resume.txt")["document"]["work"]
    assert (job["position"], job["name"], job["location"]) == (
        "Operations Manager",
        "Maersk Line",
        "Mumbai",
    )
    assert "description" not in job
    assert job["highlights"] == ["Cut dwell time by 18%."]
