"""Entries as converted and hand-made resumes write them."""

import io

from resumeopt.importers import import_text, read_upload


def _docx_with_breaks(lines: list[str]) -> bytes:
    """One paragraph whose lines are joined by breaks, as PDF-to-Word converters write them."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph()
    for index, text in enumerate(lines):
        run = paragraph.add_run(text)
        if index < len(lines) - 1:
            run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_date_range_that_lost_its_dash_still_dates_the_entry():
    work = import_text(
        "Jane Roe\n\nEXPERIENCE\n2019  2021 Java Backend Developer, Miratorg (Belgorod, Russia)\n"
        "• Built reports\n2021  now Full-Stack Developer, Inetex (Rehovot, Israel)\n• Built "
        "services\n"
    ).document["work"]
    assert [(entry["position"], entry["name"]) for entry in work] == [
        ("Java Backend Developer", "Miratorg"),
        ("Full-Stack Developer", "Inetex"),
    ]
    assert work[0]["startDate"] == "2019" and work[0]["endDate"] == "2021"
    assert work[1]["location"] == "Rehovot, Israel"


def test_lines_that_lost_their_bullet_glyph_stay_bullets_not_entries():
    data = _docx_with_breaks(
        [
            "Jane Roe",
            "EXPERIENCE",
            "2019 – 2021 Java Developer, Miratorg (Belgorod, Russia)",
            " Installing and maintaining database",
            " Populating a database with new information",
            "EDUCATION",
            "Baikal State University, 2008 – 2013",
        ]
    )
    work = read_upload(data, "resume.docx")["document"]["work"]
    assert len(work) == 1
    assert work[0]["highlights"] == [
        "Installing and maintaining database",
        "Populating a database with new information",
    ]


def test_schools_listed_as_bullets_become_one_entry_each():
    education = import_text(
        "Jane Roe\n\nEDUCATION\n"
        "• 2018 Hillel IT school, php development\n"
        "• Dnipro Polytechnic National Technical University. Computer engineering\n"
        "• B.Sc. in Computer Science, Tel Aviv University, 2015 - 2019\n"
    ).document["education"]
    assert len(education) == 3
    assert education[2]["studyType"] == "B.Sc."
    assert education[2]["institution"] == "Tel Aviv University"


def test_header_segments_that_are_sentences_or_durations_are_not_title_or_employer():
    work = import_text(
        "Jane Roe\n\nWork experience:\nPHP Developer     (9 month)\n"
        "Unique Technologies LLC - Dnipro, Ukraine\n• Developed the server side\n\n"
        "FULL STACK JAVA DEVELOPER INETEX LTD, REHOVOT, ISRAEL  2017-PRESENT\n"
        "• Built a car sharing service\n"
    ).document["work"]
    assert (work[0]["position"], work[0]["name"]) == ("PHP Developer", "Unique Technologies LLC")
    assert (work[1]["position"], work[1]["name"]) == ("FULL STACK JAVA DEVELOPER", "INETEX LTD")


def test_a_role_line_gives_the_position():
    work = import_text(
        "Jane Roe\n\nEmployment History\n2009 – 2016 Subaru Russia\nRole: Car dealership "
        "director.\n"
        "Achievements: more sales.\n"
    ).document["work"]
    assert work[0]["position"] == "Car dealership director"


def test_page_markers_are_dropped():
    document = import_text(
        "Jane Roe\n\nEXPERIENCE\nEngineer, Acme\n2019 - 2021\n• Built things\nPage 2 of 3\n"
    ).document
    assert "Page 2 of 3" not in str(document)


def test_a_dated_job_under_an_education_heading_is_read_as_a_job():
    document = import_text(
        "Jane Roe\n\nEducation\nUlyanovsk State Technical University, 2009 - 2012\n\n"
        "Web-developer at Digital Dream LLC, Ulyanovsk\nAugust 2012 – August 2013\n"
        "Website development on the 1C-Bitrix platform.\n"
    ).document
    assert document["education"][0]["institution"] == "Ulyanovsk State Technical University"
    assert document["work"][0]["position"] == "Web-developer"
    assert document["work"][0]["name"].startswith("Digital Dream LLC")
    assert document["work"][0]["startDate"] == "2012-08"


def test_side_column_words_before_a_job_under_education_do_not_hide_the_job():
    # A flattened two-column page: the skills column's lines land between the jobs the
    # main column lists under Education, with no heading of their own.
    data = _docx_with_breaks(
        [
            "Maria Petrova",
            "Education",
            "Master of Science, Kazan Federal University, Kazan",
            "2008 – 2012",
            "Python",
            "Kotlin",
            "Gradle",
            "Jira",
            "SQL",
            "Android developer at Northwind Apps, Kazan",
            "March 2013 – May 2016",
            "Docker",
            "Built the mobile banking app used by two million customers.",
            "Team lead at Bluefield Labs, Moscow",
            "June 2016 – Present",
            "Led a team of six engineers.",
        ]
    )
    document = read_upload(data, "resume.docx")["document"]
    jobs = [(job["position"], job["name"], job["startDate"]) for job in document["work"]]
    assert jobs == [
        ("Android developer", "Northwind Apps", "2013-03"),
        ("Team lead", "Bluefield Labs", "2016-06"),
    ]
    assert document["education"][0]["institution"] == "Kazan Federal University"


def test_dates_written_year_first_or_run_together_still_date_the_entry():
    work = import_text(
        "Jane Roe\n\nExperience:\n2019 october - now: Mobile Developer in Key-Group, Moscow\n"
        "• Built the app\n\nEXPERIENCE TWO\nApr 2020Jun 2020 Full stack Developer at Samson Logic\n"
        "• Built modules\n"
    ).document["work"]
    assert (work[0]["position"], work[0]["name"], work[0]["startDate"]) == (
        "Mobile Developer",
        "Key-Group",
        "2019-10",
    )
    assert work[1]["startDate"] == "2020-04" and work[1]["endDate"] == "2020-06"


def test_fields_separated_by_full_stops_are_split():
    work = import_text(
        "Jane Roe\n\nExperience\n2021 - 2022 UniqTrip. Junior web developer. Five projects "
        "in tourism.\n"
        "• Built booking pages\n"
    ).document["work"]
    assert (work[0]["name"], work[0]["position"]) == ("UniqTrip", "Junior web developer")


def test_a_line_starting_with_a_past_tense_verb_is_body_not_header():
    work = import_text(
        "Jane Roe\n\nEXPERIENCE\nInterviewer\nIsrael Way | Sept 2018 - Feb 2020\n"
        "Conducted surveys of participants and highlighted\nissues to be fixed\n"
    ).document["work"]
    assert work[0]["position"] == "Interviewer" and work[0]["name"] == "Israel Way"


def test_a_name_is_never_a_contact_line_a_skill_word_or_a_title():
    for header in (
        "Phone: 050 Residence: Hod-Hasharon\nGit\nKubernetes\n",
        "LinkedIn: /\nCitizenship: Russia\n",
        "FULL STACK JAVA DEVELOPER\nTel: Email:\n",
    ):
        document = import_text(header + "\nEXPERIENCE\nEngineer, Acme\n2019 - 2021\n").document
        assert "name" not in document["basics"], header
    named = import_text("LISA POLOTCKAIA\nData analyst\n\nEXPERIENCE\nAnalyst, Acme\n2019 - 2021\n")
    assert named.document["basics"]["name"] == "Lisa Polotckaia"


def test_degrees_in_their_usual_abbreviations_are_found():
    education = import_text(
        "Jane Roe\n\nEDUCATION\nB.E in Computer Science Engineering\nAnna University, 2013 - "
        "2017\n\n"
        "B. Tech in Electrical and Electronics\nIIT Madras, 2009 - 2013\n"
    ).document["education"]
    assert [(entry["studyType"], entry["area"]) for entry in education] == [
        ("B.E", "Computer Science Engineering"),
        ("B. Tech", "Electrical and Electronics"),
    ]


def test_jobs_after_the_summary_without_a_heading_are_read_as_work():
    document = import_text(
        "Maria Ivanova\nmaria@example.com\nSenior system analyst with fifteen years in banking, "
        "now looking for an analyst role in Israel.\n\n"
        "Joint Stock Company ALFA-BANK\nSeptember 2019 – present Senior Team Manager\n"
        "Process management of four teams.\n\n"
        "AT Consulting\nAugust 2012 – December 2017 Senior System Analyst\n"
        "Field staff management system.\n"
    ).document
    assert [job["name"] for job in document["work"]] == [
        "Joint Stock Company ALFA-BANK",
        "AT Consulting",
    ]
    assert document["work"][1]["startDate"] == "2012-08"
    assert document["basics"]["name"] == "Maria Ivanova"


def test_present_time_is_present():
    work = import_text(
        "Jane Roe\n\nEXPERIENCE\nNetwork Engineer\nBelintech Ukraine LLC\nSep 2018 - present "
        "time\n• Ran the core network\n"
    ).document["work"]
    assert work[0]["startDate"] == "2018-09" and "endDate" not in work[0]
    assert work[0]["name"] == "Belintech Ukraine LLC"


def test_a_title_run_into_the_place_before_it_is_split_off():
    work = import_text(
        "Jane Roe\n\nEXPERIENCE\nCrazyPanda,MoscowDeveloper\nAPRIL 2017 - OCTOBER 2018\n• "
        "Built casual games\n"
    ).document["work"]
    assert work[0]["name"] == "CrazyPanda"
    assert work[0]["position"].endswith("Developer")  # a city alone is not told from the title yet


def test_a_work_history_of_one_barred_line_a_job_gives_each_job():
    work = import_text(
        "Marcus Delgado\n\nWORK HISTORY\n"
        "- Event Coordinator | Hilton Austin | 2021 – Present\n"
        "- Banquet Captain | Four Seasons Hotel Austin | 2018 – 2021\n"
        "- Server | Chuy's | 2016 – 2018\n"
    ).document["work"]
    assert [(entry["position"], entry["name"], entry["startDate"]) for entry in work] == [
        ("Event Coordinator", "Hilton Austin", "2021"),
        ("Banquet Captain", "Four Seasons Hotel Austin", "2018"),
        ("Server", "Chuy's", "2016"),
    ]


def test_a_federal_job_keeps_its_department_its_rank_and_no_street_number_as_a_date():
    work = import_text(
        "James Okonkwo\n\nPROFESSIONAL EXPERIENCE\n\n"
        "Department of the Navy, Naval Supply Systems Command\n"
        "Logistics Management Specialist (GS-0346-11)\n"
        "1968 Gilbert Street, Norfolk, VA 23511\n"
        "06/2021 - Present\n"
        "Hours per week: 40\n"
        "- Plan and coordinate material support for 14 surface ships.\n\n"
        "U.S. Navy\n"
        "Logistics Specialist First Class (E-6)\n"
        "USS Bataan (LHD-5), Norfolk, VA\n"
        "08/2013 - 05/2021\n"
        "- Supervised 12 sailors in receipt, storage and issue of repair parts.\n"
    ).document["work"]
    assert [(entry["name"], entry["position"], entry["startDate"]) for entry in work] == [
        (
            "Department of the Navy, Naval Supply Systems Command",
            "Logistics Management Specialist (GS-0346-11)",
            "2021-06",
        ),
        ("U.S. Navy", "Logistics Specialist First Class (E-6)", "2013-08"),
    ]


def test_what_a_dash_adds_to_a_title_or_an_employer_on_its_own_line_stays_with_it():
    work = import_text(
        "Ray Kowalczyk\n\nDRIVING EXPERIENCE\n"
        "Miller & Sons Freight Inc., Hammond, IN\n"
        "OTR Driver – Dry Van & Reefer\tApril 2019 – Present\n"
        "• Run 48-state routes with on-time delivery of 99%.\n\n"
        "Agente de service hospitalier\n"
        "Hospices Civils de Lyon – Hôpital Édouard Herriot\n"
        "septembre 2017 – janvier 2021\n"
        "• Bionettoyage des chambres.\n"
    ).document["work"]
    assert [(entry["name"], entry["position"]) for entry in work] == [
        ("Miller & Sons Freight Inc.", "OTR Driver – Dry Van & Reefer"),
        ("Hospices Civils de Lyon – Hôpital Édouard Herriot", "Agente de service hospitalier"),
    ]


def test_a_federal_resume_builder_job_gives_its_agency_place_and_the_title_below_its_hours():
    work = import_text(
        "Samuel Reyes\n\nWork Experience\n\n"
        "Department of Homeland Security, U.S. Customs and Border Protection\n"
        "El Paso, TX United States\n"
        "10/2019 - Present\n"
        "Salary: $72,553 USD Per Year\n"
        "Hours per week: 40\n"
        "Border Patrol Agent\n"
        "Series: 1896    Pay Grade: GL-11\n"
        "Duties, Accomplishments and Related Skills:\n"
        "Patrol assigned areas, make arrests and write case reports.\n"
    ).document["work"]
    assert [(entry["name"], entry["position"], entry["location"]) for entry in work] == [
        (
            "Department of Homeland Security, U.S. Customs and Border Protection",
            "Border Patrol Agent",
            "El Paso, TX United States",
        )
    ]


def test_a_unit_after_the_title_and_the_employer_after_a_dash_and_trade_titles_first():
    work = import_text(
        "Grace Adeyemi\n\nEXPERIENCE\n\n"
        "Registered Nurse, Med-Surg — Methodist Richardson Medical Center\n"
        "2021 – 2019\n\n"
        "Ambev – Jovem Aprendiz\n"
        "fev. de 2015 a fev. de 2017\n"
    ).document["work"]
    assert [(e["name"], e["position"], e["startDate"], e["endDate"]) for e in work] == [
        ("Methodist Richardson Medical Center", "Registered Nurse, Med-Surg", "2019", "2021"),
        ("Ambev", "Jovem Aprendiz", "2015-02", "2017-02"),
    ]


def test_an_academic_post_in_its_field_then_the_university_and_a_french_cv_from_to():
    work = import_text(
        "Siobhán Kelly\n\nPOSITIONS HELD\n"
        "2019–present\tAssociate Professor in Human Geography, University of Leeds\n"
        "2015–2019\tLecturer in Geography, Maynooth University\n\n"
        "EXPÉRIENCES PROFESSIONNELLES\n"
        "De sept. 2016 à déc. 2019 : Électricien apprenti puis ouvrier – SARL Bretagne Élec\n"
    ).document["work"]
    assert [(e["name"], e["position"], e["startDate"]) for e in work] == [
        ("University of Leeds", "Associate Professor in Human Geography", "2019"),
        ("Maynooth University", "Lecturer in Geography", "2015"),
        ("SARL Bretagne Élec", "Électricien apprenti puis ouvrier", "2016-09"),
    ]


def test_a_career_break_among_the_jobs_is_no_job_and_its_lines_stay_to_review():
    result = import_text(
        "Hannah O'Rourke\n\nTEACHING EXPERIENCE\n\n"
        "5th Grade Teacher, Lyman Moore Middle School\nAug 2019 – Jun 2021\n\n"
        "Career Break, Family caregiving\nJul 2021 – Aug 2023\n"
        "- Full-time caregiver for a parent after a stroke.\n\n"
        "Substitute Teacher, Portland Public Schools\nSep 2023 – Present\n"
    )
    assert [job["name"] for job in result.document["work"]] == [
        "Lyman Moore Middle School",
        "Portland Public Schools",
    ]
    assert "Career Break, Family caregiving" in result.document["meta"]["unsorted"]


def test_headers_written_employer_title_dates_with_no_body_between_are_one_job_each():
    work = import_text(
        "Maria Lopez\n\nEXPERIENCE\nGreenleaf Foods\nWarehouse Supervisor\n"
        "April 2019 - present\nHarbor Freight Lines\nForklift Operator\n"
        "June 2015 - March 2019\n\nEDUCATION\nCentral High School\n"
    ).document["work"]
    assert [(job["name"], job["position"], job["startDate"]) for job in work] == [
        ("Greenleaf Foods", "Warehouse Supervisor", "2019-04"),
        ("Harbor Freight Lines", "Forklift Operator", "2015-06"),
    ]
