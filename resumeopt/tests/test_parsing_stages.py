"""Each stage of the parser (`resumeopt.importers.parsing`) on its own."""

from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.contact import parse_header
from resumeopt.importers.parsing.entries import education_entries, group_entries
from resumeopt.importers.parsing.fields import header_parts, is_prose, position_and_organisation
from resumeopt.importers.parsing.lexicon import degree_in, read_location
from resumeopt.importers.parsing.lines import (
    close_split_words,
    join_cut_headers,
    mend_date_ranges,
    normalize,
    read_day_first,
    restore_case,
)
from resumeopt.importers.parsing.sections import reclaim_jobs, split_sections
from resumeopt.importers.text import read_columns


def _lines(text: str) -> list[Line]:
    return [Line(line) for line in text.split("\n")]


def test_normalize_mends_ligatures_and_odd_spaces():
    assert normalize("o\ufb03ce\u00a0work") == "office work"


def test_mend_date_ranges_restores_lost_dashes_and_month_order():
    assert mend_date_ranges("2019  2021") == "2019 – 2021"
    assert mend_date_ranges("2019 october") == "october 2019"
    assert mend_date_ranges("Apr 2020Jun 2020") == "Apr 2020 – Jun 2020"


def test_mend_date_ranges_restores_the_dash_lost_before_present():
    assert mend_date_ranges("Jan 2019Present") == "Jan 2019 – Present"
    assert mend_date_ranges("Store Manager 2019 Present | Aldi") == (
        "Store Manager 2019 – Present | Aldi"
    )
    assert mend_date_ranges("In 2019 Presented at ACM") == "In 2019 Presented at ACM"
    assert mend_date_ranges("Since 2019 present at 3 events") == "Since 2019 present at 3 events"


def test_mend_date_ranges_cuts_a_month_glued_to_an_all_caps_title_only():
    assert (
        mend_date_ranges("SENIOR ACCOUNTANTSEP 2014 – 2017") == "SENIOR ACCOUNTANT SEP 2014 – 2017"
    )
    assert mend_date_ranges("FINANCIAL CONTROLLERJULY 2020") == "FINANCIAL CONTROLLER JULY 2020"
    # A name that ends in a month's letters is no title glued to a date.
    assert mend_date_ranges("OMAR 2020 - 2021") == "OMAR 2020 - 2021"
    assert mend_date_ranges("SOUNDARAJAN 2019 - 2020") == "SOUNDARAJAN 2019 - 2020"


def test_split_sections_cuts_at_headings_and_keeps_the_header_first():
    blocks = split_sections(
        _lines("Ann Lee\nann@example.com\n\nEXPERIENCE\nEngineer, Acme\n\nEducation\nMIT")
    )
    assert [
        (section, [line.text for line in lines if line.text]) for section, _, lines in blocks
    ] == [
        ("header", ["Ann Lee", "ann@example.com"]),
        ("work", ["Engineer, Acme"]),
        ("education", ["MIT"]),
    ]


def test_group_entries_starts_an_entry_at_each_dated_header():
    entries = group_entries(
        _lines(
            "Engineer, Acme\n2019 – 2021\n• Built things\n\nDeveloper, Initech\n2016 – "
            "2019\n• Fixed things"
        )
    )
    assert [entry.header for entry in entries] == [
        ["Engineer, Acme", "2019 – 2021"],
        ["Developer, Initech", "2016 – 2019"],
    ]
    assert [entry.items for entry in entries] == [
        [("Built things", True)],
        [("Fixed things", True)],
    ]


def test_header_parts_takes_dates_out_and_splits_the_rest():
    segments, dates = header_parts(
        ["Senior Engineer | Acme Corp | Berlin, Germany", "Jan 2019 – Present"]
    )
    assert segments == ["Senior Engineer", "Acme Corp", "Berlin, Germany"]
    assert dates["start"] == "2019-01" and dates["current"]


def test_position_and_organisation_tells_the_title_from_the_employer():
    assert position_and_organisation(["Acme Corp", "Senior Engineer"]) == (
        "Senior Engineer",
        "Acme Corp",
        [],
    )


def test_read_location_knows_cities_with_states_or_countries():
    assert read_location("Austin, TX") == {"city": "Austin", "region": "TX"}
    assert read_location("Berlin, Germany") == {"city": "Berlin", "countryCode": "DE"}
    assert read_location("Tver State University, Russia") is None


def test_parse_header_never_takes_a_contact_line_for_the_name():
    basics, rest = parse_header(
        _lines("Phone: +1 555 123 4567 | ann@example.com\nAnn Lee\nData Engineer")
    )
    assert basics["name"] == "Ann Lee"
    assert basics["label"] == "Data Engineer"
    assert basics["email"] == "ann@example.com"


def test_parse_lines_puts_the_stages_together():
    document = parse_lines(
        _lines(
            "Ann Lee\n\nExperience\nEngineer, Acme\n2019 – 2021\n\nEducation\nBSc Physics, "
            "MIT, 2015"
        )
    )
    assert document["basics"]["name"] == "Ann Lee"
    assert document["work"][0]["name"] == "Acme"
    assert document["education"][0]["institution"] == "MIT"


def test_job_titles_are_told_from_employers_by_their_head_word():
    assert position_and_organisation(
        ["VERYSELL-Icontri LLC", "Moscow, Russia", "Team Lead Software Developer"]
    )[:2] == (
        "Team Lead Software Developer",
        "VERYSELL-Icontri LLC",
    )
    assert position_and_organisation(["Assistant in Department of Demand Planning", "DANONE"])[
        :2
    ] == (
        "Assistant in Department of Demand Planning",
        "DANONE",
    )


def test_header_fields_split_at_tab_stops_and_drop_date_debris():
    segments, dates = header_parts(["Jun 2019 – Oct  Front-end Developer"])
    assert segments == ["Front-end Developer"]
    assert dates["start"] == "2019-06"


def test_date_ranges_written_with_slashes_or_year_first_are_mended():
    assert mend_date_ranges("IBS LLC 1998/2004") == "IBS LLC 1998 – 2004"
    assert mend_date_ranges("2012 , November TINKOFF BANK") == "November 2012 TINKOFF BANK"


def test_a_line_opening_with_a_lower_case_date_starts_a_new_entry():
    entries = group_entries(
        _lines(
            "october 2019 - now: Mobile Developer in KeepIn Ltd.\nStack: Java, Swift\n"
            "july 2017 - october 2019: Mobile Developer in Key-Group, Moscow\nStack: Kotlin"
        )
    )
    assert len(entries) == 2


def test_degrees_in_their_usual_spellings():
    found = [
        (match[0] if (match := degree_in(text)) else None)
        for text in (
            "B.E in Computer Science Engineering",
            "B. Tech in Electrical and Electronics",
            "BSc Physics",
            "MASTER OF MATHEMATICS AND COMPUTER SCIENCE",
            "Associate degree in Nursing",
            "Cambridge, MA",
            "ASP.NET developer",
        )
    ]
    assert found == ["B.E", "B. Tech", "BSc", "MASTER", "Associate degree", None, None]


def test_a_date_split_over_two_header_lines_is_one_range():
    _, dates = header_parts(
        ["AT Consulting", "August 2012  Senior System Analyst", "December 2017"]
    )
    assert (dates["start"], dates["end"]) == ("2012-08", "2017-12")
    _, dates = header_parts(
        ["2019  Platform Engineer @ Cogent", "Automotive software / 2018 – 2019"]
    )
    assert (dates["start"], dates["end"]) == ("2018", "2019")


def test_an_employer_is_a_name_not_a_description_of_the_business():
    assert position_and_organisation(
        ["Embedded Linux Engineer", "Protei", "Telecommunications solutions"]
    )[:2] == (
        "Embedded Linux Engineer",
        "Protei",
    )


def test_a_date_column_with_start_and_end_on_two_rows_keeps_one_entry():
    entries = group_entries(
        _lines(
            "November 2012  ACME BANK, Russia\nFebruary 2022 Senior Developer\n• Kept the lights on"
        )
    )
    assert len(entries) == 1
    _, dates = header_parts(entries[0].header)
    assert (dates["start"], dates["end"]) == ("2012-11", "2022-02")


def test_bullets_under_education_describe_the_entry_above():
    entries = education_entries(
        _lines(
            "BSc Physics, University of Oslo, 2015\n• Wrote a thesis on cold atom traps in "
            "optical lattices\n  and their noise"
        )
    )
    assert [entry.header for entry in entries] == [["BSc Physics, University of Oslo, 2015"]]
    assert entries[0].items == [
        ("Wrote a thesis on cold atom traps in optical lattices and their noise", False)
    ]


def test_a_title_run_into_its_employer_is_split_when_the_other_segment_only_describes():
    document = parse_lines(
        _lines(
            "Ann Lee\n\nEXPERIENCE\nDATA ANALYST REGIONS GROUP, MOSCOW, RUSSIA\n"
            "DEVELOPMENT AND COMMERCIAL REAL ESTATE MANAGEMENT\n2015 – 2017\n• Kept the books"
        )
    )
    assert (document["work"][0]["position"], document["work"][0]["name"]) == (
        "DATA ANALYST",
        "REGIONS GROUP",
    )


def test_an_undated_header_with_no_title_and_no_company_is_not_a_job():
    document = parse_lines(
        _lines(
            "Ann Lee\n\nEXPERIENCE\nSenior Developer, Acme Ltd\n2019 – 2021\n\nVue, "
            "TypeScript, WebPack\n• SPA"
        )
    )
    assert [job.get("name") for job in document["work"]] == ["Acme Ltd"]
    assert "Vue, TypeScript, WebPack" in document["meta"]["unsorted"]


def test_an_engineer_or_specialist_qualification_is_the_degree_in_education():
    document = parse_lines(
        _lines(
            "Ann Lee\n\nEDUCATION\nEngineer Ural State University of Economics\n2003 – 2009\n\n"
            "Moscow University of Geodesy, Information Systems engineer"
        )
    )
    assert [
        (school["institution"], school.get("studyType")) for school in document["education"]
    ] == [
        ("Ural State University of Economics", "Engineer"),
        ("Moscow University of Geodesy", "Engineer"),
    ]


def test_words_that_begin_like_a_month_are_not_months():
    # "Junior", "Marketing", "Decorator" start with a month's letters but name no month.
    assert mend_date_ranges("03/2018 – 05/2020    Junior Web Developer") == (
        "03/2018 – 05/2020    Junior Web Developer"
    )
    assert mend_date_ranges("2019 june") == "june 2019"
    segments, dates = header_parts(["Decathlon | Marketing | Mar 2019 – Jun 2021"])
    assert segments == ["Decathlon", "Marketing"]
    assert dates["start"] == "2019-03"


def test_a_legal_form_after_a_comma_stays_with_its_company():
    segments, _ = header_parts(["ACME WIDGETS, INC.   Boston, MA", "Staff Engineer   2015 – 2019"])
    assert segments[0] == "ACME WIDGETS, INC."
    assert "Staff Engineer" in segments


def test_a_grade_after_the_job_title_keeps_it_the_title():
    assert position_and_organisation(["GLOBEX SYSTEMS, INC.", "Software Engineer II"])[:2] == (
        "Software Engineer II",
        "GLOBEX SYSTEMS, INC.",
    )


def test_an_end_month_wrapped_onto_the_next_header_line_ends_the_range():
    segments, dates = header_parts(["March 2018   Northwind Ltd", "October Sales Intern"])
    assert segments == ["Northwind Ltd", "Sales Intern"]
    assert (dates["start"], dates["end"]) == ("2018-03", "2018-10")
    # A company named like a month stays whole.
    segments, dates = header_parts(["Engineer   June 2019", "March Networks"])
    assert segments == ["Engineer", "March Networks"]
    assert "end" not in dates or not dates["end"]


def test_duty_lines_that_lost_their_bullets_stay_in_the_entry_body():
    entries = group_entries(
        _lines(
            "May 2019  CONTOSO, Canada\nJune Junior Developer\nBuilt the billing reports\n"
            "Made the build run on Gradle\nMarch 2016  FABRIKAM, Canada\nSeptember Intern\n"
            "Was preparing test data for the QA team\n"
        )
    )
    assert [entry.header for entry in entries] == [
        ["May 2019  CONTOSO, Canada", "June Junior Developer"],
        ["March 2016  FABRIKAM, Canada", "September Intern"],
    ]
    assert entries[0].items == [
        ("Built the billing reports", False),
        ("Made the build run on Gradle", False),
    ]


def test_an_employer_in_capitals_beside_its_country_is_the_employer():
    work = parse_lines(
        _lines("Experience\nMay 2019  CONTOSO, Canada\nJune Junior Developer\nBuilt reports\n")
    )["work"]
    assert work == [
        {
            "position": "Junior Developer",
            "name": "CONTOSO",
            "location": "Canada",
            "startDate": "2019-05",
            "endDate": "2019-06",
            "summary": "Built reports",
        }
    ]


def test_dash_lines_naming_employer_place_and_title_open_entries():
    # Dates kept in a text box were lost converting; each job line still opens an entry.
    work = parse_lines(
        _lines(
            "Experience\n - present Globex (Austin, USA) Senior Backend Developer\n"
            "• Description: payments platform for retailers.\n"
            "• Technologies used: Go, Kafka\n"
            " -  Initech (Dallas, USA) QA Engineer\n"
            "• Responsibilities: test plans, regression suites.\n"
            " - Wrote the load tests (k6, Grafana)\n"
        )
    )["work"]
    assert [(job.get("position"), job.get("name")) for job in work] == [
        ("Senior Backend Developer", "Globex"),
        ("QA Engineer", "Initech"),
    ]
    assert work[1]["highlights"][-1] == "Wrote the load tests (k6, Grafana)"


def test_words_whose_first_letter_was_split_off_are_closed_up():
    assert close_split_words("March 2 016 - p resent - P ython, D jango, K afka") == (
        "March 2016 - present - Python, Django, Kafka"
    )
    assert close_split_words("Jan 2 015 - F ebruary 2 017") == "Jan 2015 - February 2017"
    # A sound line keeps its one-letter words.
    sound = "I wrote a parser in C and R for a lab in 2 weeks"
    assert close_split_words(sound) == sound


def test_a_title_glued_to_the_other_columns_sentence_is_cut_at_its_head():
    segments, _ = header_parts(["Data Engineer the pipelines behind daily reports"])
    assert segments == ["Data Engineer", "the pipelines behind daily reports"]
    # A sentence that names a title, or a title that goes on with "of", stays whole.
    assert header_parts(["Head of product marketing"])[0] == ["Head of product marketing"]
    assert header_parts(["Developer relations engineer"])[0] == ["Developer relations engineer"]


def test_a_flattened_two_column_job_starts_at_its_employer_and_place():
    work = parse_lines(
        _lines(
            "Work experience\n"
            "Contoso (Germany, Berlin) I built the order service used by all the shops\n"
            "Backend Engineer the team of six people\n"
            "March 2020 - present - Go, Kafka\n"
            "- Docker, Jenkins\n"
            "Fabrikam (Germany, Munich) Built the internal search for the documentation.\n"
            "Java Developer - Java, Lucene\n"
            "June 2017 - February 2020\n"
        )
    )["work"]
    assert [(job["name"], job["position"], job["startDate"]) for job in work] == [
        ("Contoso", "Backend Engineer", "2020-03"),
        ("Fabrikam", "Java Developer", "2017-06"),
    ]


def test_jobs_below_a_side_columns_heading_go_back_to_the_work_section():
    # A flattened two-column page: "Profile" from the side column lands between two jobs.
    blocks = split_sections(
        _lines(
            "Experience\nSupport Lead\nZendesk | 2021 - Present\nRan the night shift.\n"
            "Profile\nI enjoy hard problems and\nclear writing.\n"
            "Support Agent\nFreshdesk | 2018 - 2021\nAnswered tickets.\n"
            "Skills\nPython, SQL, Go 2019 - 2021\n"
        )
    )
    reclaimed = reclaim_jobs(blocks)
    texts = [
        (section, [line.text for line in lines if line.text]) for section, _, lines in reclaimed
    ]
    assert texts[1:] == [
        ("work", ["Support Lead", "Zendesk | 2021 - Present", "Ran the night shift."]),
        ("summary", ["I enjoy hard problems and", "clear writing."]),
        ("work", ["Support Agent", "Freshdesk | 2018 - 2021", "Answered tickets."]),
        ("skills", ["Python, SQL, Go 2019 - 2021"]),
    ]


def test_two_roles_held_at_once_make_one_title():
    assert position_and_organisation(["Senior Data Analyst", "Team Lead", "Contoso Bank"])[:2] == (
        "Senior Data Analyst, Team Lead",
        "Contoso Bank",
    )
    # A second segment that names an employer is the employer.
    assert position_and_organisation(["Project Manager", "Lead Consulting Ltd"])[:2] == (
        "Project Manager",
        "Lead Consulting Ltd",
    )


def test_a_company_named_by_its_domain_stays_the_employer():
    header = ["Backend Developer   (6 month)", "shopfast.de - Leipzig, Germany"]
    segments, dates = header_parts(header)
    assert "shopfast.de" in segments
    assert dates["url"].endswith("shopfast.de")
    # A domain beside the name is its web address, not another field.
    segments, _ = header_parts(["Fabrikam (fabrikam.com), Canada"])
    assert segments == ["Fabrikam", "Canada"]


def test_full_stops_between_fields_after_an_open_range():
    segments, dates = header_parts(["2021 - Contoso Systems. L2 (Senior) Data Engineer. Retail"])
    assert segments[:2] == ["Contoso Systems", "L2 (Senior) Data Engineer"]
    assert position_and_organisation(segments)[:2] == (
        "L2 (Senior) Data Engineer",
        "Contoso Systems",
    )


def test_a_name_beside_descriptions_only_is_the_employer_not_the_title():
    assert position_and_organisation(["Coders Camp", "Python and Django bootcamp"]) == (
        "",
        "Coders Camp",
        ["Python and Django bootcamp"],
    )


def test_capitals_title_glued_to_employer_above_a_long_description_line():
    work = parse_lines(
        _lines(
            "EXPERIENCE\nSALES ANALYST NORTHWIND TRADERS, TORONTO, CANADA  2016-2019\n"
            "WHOLESALE AND RETAIL FOOD DISTRIBUTION\n• Built the weekly sales reports.\n"
        )
    )["work"]
    assert (work[0]["position"], work[0]["name"]) == ("SALES ANALYST", "NORTHWIND TRADERS")


def test_an_employer_glued_to_its_city_by_a_comma_then_the_title():
    segments, _ = header_parts(["Globex,Lisbon Game Developer", "MAY 2018 - JUNE 2020"])
    assert segments == ["Globex", "Lisbon", "Game Developer"]
    segments, _ = header_parts(["Globex,LisbonDeveloper"])
    assert segments == ["Globex", "Lisbon", "Developer"]


def test_body_lines_that_lost_their_bullets_go_back_to_the_job_above():
    entries = group_entries(
        _lines(
            "Support Engineer\nContoso | 2020 - 2022\nHandled escalations for enterprise clients.\n"
            "Cut the backlog by 40%\n"
            "Zendesk, Jira, Confluence, Slack\n"
            "Helpdesk Agent\nFabrikam Inc. | 2017 - 2020\n"
        )
    )
    assert [entry.header for entry in entries] == [
        ["Support Engineer", "Contoso | 2020 - 2022"],
        ["Helpdesk Agent", "Fabrikam Inc. | 2017 - 2020"],
    ]
    assert [text for text, _ in entries[0].items][-2:] == [
        "Cut the backlog by 40%",
        "Zendesk, Jira, Confluence, Slack",
    ]


def test_title_at_employer_decides_over_another_columns_words():
    work = parse_lines(
        _lines(
            "Experience\nCreative Team Player\nData Engineer at Northwind, Porto\n"
            "March 2019 – May 2021 Fluent communication\n• Built the ingestion jobs.\n\n"
            "Backend Developer, Team Lead at eShopWorld , Porto\n"
            "June 2021 – Present\n• Led four engineers.\n\n"
            "Bootcamp graduate program at Contoso Academy, Data Analyst\n"
            "January 2018 – February 2019\n"
        )
    )["work"]
    assert [(job["position"], job["name"]) for job in work] == [
        ("Data Engineer", "Northwind"),
        ("Backend Developer, Team Lead", "eShopWorld"),
        ("Data Analyst", "Contoso Academy"),
    ]


def test_a_unit_after_the_title_is_not_the_employer():
    header = ["Sous Chef, Pastry Department", "Hotel Sacher Wien    May 2015 – June 2018"]
    segments, _ = header_parts(header)
    assert position_and_organisation(segments) == (
        "Sous Chef",
        "Hotel Sacher Wien",
        ["Pastry Department"],
    )


def test_a_title_starting_with_a_lower_case_brand_is_not_prose():
    work = parse_lines(_lines("Experience\niOS Developer, Contoso — Lyon\n09/2017 – 12/2019\n"))
    assert (work["work"][0]["position"], work["work"][0]["name"]) == ("iOS Developer", "Contoso")


def test_another_columns_heading_glued_to_a_header_line_is_no_field():
    segments, dates = header_parts(["Head of IT   Jul. 2001 – Dec. 2009   EDUCATION"])
    assert segments == ["Head of IT"]
    assert dates["start"] == "2001-07"


def test_the_other_columns_sentence_before_a_title_or_employer_is_set_aside():
    # Left column: a profile sentence; right column: the job, on the same lines.
    header = [
        "I have been building web shops for years Shift Supervisor",
        "and I love clean code. I worked mostly with Bean & Leaf Coffee | Mar 2017 - Present",
    ]
    segments, _ = header_parts(header)
    position, organisation, _ = position_and_organisation(
        [segment for segment in segments if not is_prose(segment)]
    )
    assert (position, organisation) == ("Shift Supervisor", "Bean & Leaf Coffee")
    # "Worked as" and titles with "of" keep their words.
    assert header_parts(["Summer internship as Java Developer at Contoso"])[0][0] == (
        "Summer internship as Java Developer"
    )
    assert header_parts(["Director of Sales and Business Development"])[0] == [
        "Director of Sales and Business Development"
    ]


def test_a_list_of_tools_after_the_dated_header_is_body_not_header():
    entries = group_entries(
        _lines("Barista\nBean & Leaf Coffee | 2019 - 2021\nEspresso, Latte art, POS, Inventory\n")
    )
    assert entries[0].header == ["Barista", "Bean & Leaf Coffee | 2019 - 2021"]
    assert entries[0].items == [("Espresso, Latte art, POS, Inventory", False)]
    # A company name followed by its comma stays in the header.
    entries = group_entries(_lines("Barista (May 2019 – Aug 2021)\nBean & Leaf,\n• Served\n"))
    assert entries[0].header == ["Barista (May 2019 – Aug 2021)", "Bean & Leaf,"]


def test_at_employer_on_the_line_under_the_title():
    text = "Experience\nSenior Accountant\nat Contoso Bank\nMarch 2019 - Present\n• Closed books.\n"
    work = parse_lines(_lines(text))["work"]
    assert (work[0]["position"], work[0]["name"]) == ("Senior Accountant", "Contoso Bank")
    # "in Berlin, Germany" under the title is the place, not the employer.
    work = parse_lines(
        _lines("Experience\nSenior Accountant, Contoso\nin Berlin, Germany\n2019 - 2021\n")
    )["work"]
    assert (work[0]["name"], work[0]["location"]) == ("Contoso", "Berlin, Germany")


def test_an_ngo_and_a_list_of_tools_beside_the_employer():
    assert position_and_organisation(
        ["Volunteer Coordinator", "Learning Systems", "Open Doors NGO"]
    )[1] == ("Open Doors NGO")
    assert position_and_organisation(["Git / Docker / CI", "Fabrikam", "Game Developer"])[:2] == (
        "Game Developer",
        "Fabrikam",
    )


def test_undated_lines_after_a_gap_below_a_dated_job_stay_in_its_body():
    text = (
        "WORK EXPERIENCE\n\nBackend Developer\nGlobex - Pune, Maharashtra -\n"
        "May 2019 to Present\n\n"
        "Developer on the payments team\nHandled production support\n\n"
        "Intern\nInitech - Pune, Maharashtra -\nJune 2018 to April 2019\n"
    )
    work = parse_lines(_lines(text))["work"]
    assert [(job["position"], job["name"]) for job in work] == [
        ("Backend Developer", "Globex"),
        ("Intern", "Initech"),
    ]
    assert work[0]["highlights"] == [
        "Developer on the payments team",
        "Handled production support",
    ]
    # Where no job is dated, each undated job stands on its own.
    text = "Experience\nDeveloper\nGlobex\n• Built apps\n\nQA Engineer\nInitech\n• Tested apps\n"
    work = parse_lines(_lines(text))["work"]
    assert [(job["position"], job["name"]) for job in work] == [
        ("Developer", "Globex"),
        ("QA Engineer", "Initech"),
    ]


def test_text_pasted_in_two_columns_is_read_column_by_column():
    page = [
        "AMIRA HADDAD",
        "",
        "CONTACT                         EXPERIENCE",
        "amira@example.org               Data Engineer",
        "Tunis, Tunisia                  Vermeg, Tunis",
        "                                2019 - Present",
        "SKILLS                          Pipelines in Spark for the core banking suite.",
        "Python, Spark                   ",
        "                                Data Analyst",
        "                                Sofrecom, Tunis",
        "                                2016 - 2019",
    ]
    assert read_columns(page) == [
        "AMIRA HADDAD",
        "",
        "CONTACT",
        "amira@example.org",
        "Tunis, Tunisia",
        "",
        "SKILLS",
        "Python, Spark",
        "",
        "",
        "",
        "",
        "EXPERIENCE",
        "Data Engineer",
        "Vermeg, Tunis",
        "2019 - Present",
        "Pipelines in Spark for the core banking suite.",
        "",
        "Data Analyst",
        "Sofrecom, Tunis",
        "2016 - 2019",
    ]


def test_text_pasted_in_three_columns_is_read_column_by_column():
    page = [
        "AMARA OKONKWO-BELL, RN",
        "Registered Nurse | Critical Care",
        "",
        "CONTACT                     WORK EXPERIENCE                 EDUCATION",
        "Houston, TX 77030           Staff Nurse, Cardiac ICU        BSN, Nursing",
        "(713) 555-0148              Houston Methodist Hospital      University of Texas",
        "amara.okbell@gmail.com      Jun 2019 - Present              2015 - 2019",
        "                            Post-op care after CABG.",
        "SKILLS                                                      CERTIFICATIONS",
        "Impella, IABP               Travel Nurse, ICU               CCRN (AACN), 2021",
        "Epic, Cerner                Aya Healthcare",
        "                            Jan 2018 - May 2019",
        "",
        "                            Patient Care Technician",
        "                            Memorial Hermann",
        "                            Aug 2015 - Dec 2017",
    ]
    read = [text for text in read_columns(page) if text]
    assert read == [
        "AMARA OKONKWO-BELL, RN",
        "Registered Nurse | Critical Care",
        "CONTACT",
        "Houston, TX 77030",
        "(713) 555-0148",
        "amara.okbell@gmail.com",
        "SKILLS",
        "Impella, IABP",
        "Epic, Cerner",
        "WORK EXPERIENCE",
        "Staff Nurse, Cardiac ICU",
        "Houston Methodist Hospital",
        "Jun 2019 - Present",
        "Post-op care after CABG.",
        "Travel Nurse, ICU",
        "Aya Healthcare",
        "Jan 2018 - May 2019",
        "Patient Care Technician",
        "Memorial Hermann",
        "Aug 2015 - Dec 2017",
        "EDUCATION",
        "BSN, Nursing",
        "University of Texas",
        "2015 - 2019",
        "CERTIFICATIONS",
        "CCRN (AACN), 2021",
    ]


def test_dates_and_places_set_right_or_left_are_not_a_second_column():
    tab_stops = [
        "VERMEG                                  Tunis, Tunisia",
        "Data Engineer                           2019 - Present",
        "• Built pipelines.",
        "SOFRECOM                                Tunis, Tunisia",
        "Data Analyst                            2016 - 2019",
        "",
        "                                        Remote",
        "                                        2015 - 2016",
    ]
    assert read_columns(tab_stops) == tab_stops
    dates_left = [
        "06/2020 – now          Frontend Developer",
        "                       Allegro, Warsaw",
        "                       React and TypeScript.",
        "03/2018 – 05/2020      Web Developer",
        "                       Netguru, Poznan",
        "2014 – 2018            Bachelor of Engineering",
        "                       Poznan University of Technology",
    ]
    assert read_columns(dates_left) == dates_left


def test_a_long_line_without_a_full_stop_below_a_dated_header_is_body():
    entries = group_entries(
        _lines(
            "Video Editor\nContoso | Nov 2019 - Jan 2020\n"
            "Cut trailers and highlight reels for the marketing team of a streaming service\n"
            "Program Coordinator\nFabrikam | Sept 2018 - Feb 2020\n"
        )
    )
    assert [entry.header for entry in entries] == [
        ["Video Editor", "Contoso | Nov 2019 - Jan 2020"],
        ["Program Coordinator", "Fabrikam | Sept 2018 - Feb 2020"],
    ]


def test_a_date_with_no_title_or_employer_belongs_to_the_job_above():
    # The date line written below the job's first duties: no job of its own.
    text = (
        "Experience\nData Engineer, Contoso Ltd\n• Built the nightly loads\n"
        "March 2019 - present\n• Ran the on-call rota\n"
    )
    work = parse_lines(_lines(text))["work"]
    assert len(work) == 1
    assert (work[0]["name"], work[0]["position"], work[0]["startDate"]) == (
        "Contoso Ltd",
        "Data Engineer",
        "2019-03",
    )
    assert work[0]["highlights"] == ["Built the nightly loads", "Ran the on-call rota"]


def _sections(text: str) -> list[tuple[str | None, list[str]]]:
    return [
        (section, [line.text for line in lines if line.text.strip()])
        for section, _, lines in split_sections(_lines(text))
    ]


def test_labels_inside_a_job_stay_in_its_body():
    # "Responsibilities and Experience:" ends in a heading's word, "Key achievements:" and
    # "Tools and experience:" are headings' names too; under a job they divide its body.
    text = (
        "EXPERIENCE\nBackend Developer Mar 2020 - Present\nNorthwind Traders, Lisbon\n"
        "Responsibilities and Experience:\n• Designed the order service\n"
        "Key achievements:\n• Cut checkout latency by half\n"
        "Tools and experience:\nPython, PostgreSQL, Kafka\n"
        "Junior Developer Jan 2018 - Feb 2020\nContoso Ltd, Porto\n"
        "Projects:\n• Internal billing dashboard\n"
        "EDUCATION\nUniversity of Porto\n"
    )
    assert [section for section, _ in _sections(text)] == ["header", "work", "education"]
    work = parse_lines(_lines(text))["work"]
    assert [(job["name"], job["position"]) for job in work] == [
        ("Northwind Traders", "Backend Developer"),
        ("Contoso Ltd", "Junior Developer"),
    ]
    assert "Cut checkout latency by half" in work[0]["highlights"]


def test_a_heading_in_capitals_or_after_a_gap_still_opens_its_section():
    text = (
        "Experience\nAnalyst, Contoso Ltd, 2019 - 2021\n• Built reports\n"
        "PROJECTS\nInventory tracker\n\nKey Achievements:\nEmployee of the year 2020\n"
    )
    assert [section for section, _ in _sections(text)] == [
        "header",
        "work",
        "projects",
        "awards",
    ]


def test_a_side_column_heading_between_a_jobs_header_lines_keeps_the_employer():
    # A two-column page flattened to text: "Languages" from the side column lands between
    # the job's dated title and its employer; the language names come later.
    text = (
        "EXPERIENCE\nBusiness Analyst Oct 2017 - Oct 2018\nLanguages\n"
        "Fabrikam Laboratory, www.fabrikam.com\n• Remodelled the registration process\n"
        "English - fluent\n"
    )
    assert [section for section, _ in _sections(text)] == ["header", "work"]
    work = parse_lines(_lines(text))["work"]
    assert [(job["name"], job["position"]) for job in work] == [
        ("Fabrikam Laboratory", "Business Analyst")
    ]


def test_a_side_column_heading_followed_by_its_own_lines_opens_its_section():
    text = (
        "EXPERIENCE\nBusiness Analyst Oct 2017 - Oct 2018\nFabrikam Laboratory\n"
        "• Remodelled the registration process\n"
        "Senior Analyst Nov 2018 - Present\nLanguages\nEnglish - fluent\nGerman - basic\n"
    )
    sections = _sections(text)
    assert sections[-1] == ("languages", ["English - fluent", "German - basic"])
    assert parse_lines(_lines(text))["languages"] == [
        {"language": "English", "fluency": "fluent"},
        {"language": "German", "fluency": "basic"},
    ]


def test_jobs_below_two_headings_set_side_by_side_go_to_the_work_section():
    # "EXPERIENCE" and "SKILLS" were side by side; flattened, both jobs sit under Skills,
    # and the current one gives only its start ("Sep 2019").
    text = (
        "EXPERIENCE\nSKILLS\nPython, Django, PostgreSQL\n"
        "Backend Developer Sep 2019\nContoso Ltd\n• Built the payments API\n"
        "Junior Developer Jan 2017 - Aug 2019\nFabrikam Inc\n• Fixed reported bugs\n"
    )
    document = parse_lines(_lines(text))
    assert [(job["name"], job["position"], job["startDate"]) for job in document["work"]] == [
        ("Contoso Ltd", "Backend Developer", "2019-09"),
        ("Fabrikam Inc", "Junior Developer", "2017-01"),
    ]
    assert [keyword for skill in document["skills"] for keyword in skill["keywords"]] == [
        "Python",
        "Django",
        "PostgreSQL",
    ]


def test_one_certainly_day_first_date_settles_the_ambiguous_ones():
    texts = ["Analyst, Nordea  02/04/2016 - 30/06/2019", "Intern, Danske Bank 07/01/2015"]
    assert read_day_first(texts) == [
        "Analyst, Nordea  2016-04-02 - 2019-06-30",
        "Intern, Danske Bank 2015-01-07",
    ]
    # A date that can only be month-first keeps US order for the rest.
    us = ["Clerk 04/22/2017 - 05/01/2019", "Filed 13/01/2018"]
    assert read_day_first(us) == us
    assert read_day_first(["Since 03/04/2020"]) == ["Since 03/04/2020"]


def test_titles_under_one_employer_and_its_total_time_share_that_employer():
    text = (
        "Experience\nNovo Nordisk\n6 years 1 month\nSenior Scientist\n"
        "May 2021 - Present (2 years 9 months)\nBagsværd, Capital Region, Denmark\n"
        "Scientist\nJanuary 2018 - April 2021 (3 years 4 months)\n"
        "Bagsværd, Capital Region, Denmark\nLundbeck\nResearch Associate\n"
        "August 2015 - December 2017 (2 years 5 months)\nValby, Denmark\n"
        "Lab Technician\n2014 - 2015"
    )
    document = parse_lines([Line(line) for line in text.splitlines()])
    jobs = [(job.get("name"), job.get("position")) for job in document["work"]]
    assert jobs == [
        ("Novo Nordisk", "Senior Scientist"),
        ("Novo Nordisk", "Scientist"),
        ("Lundbeck", "Research Associate"),
        (None, "Lab Technician"),  # Lundbeck's line gave no total: not a group
    ]


def test_a_job_title_written_head_first_in_another_language_is_the_title():
    text = (
        "Experiencia\nBanco Sabadell — Ingeniera de Datos\nmarzo de 2020 – actualidad\n"
        "Capgemini — Desarrollador Java\n2017 – 2020"
    )
    document = parse_lines([Line(line) for line in text.splitlines()])
    jobs = [(job.get("name"), job.get("position")) for job in document["work"]]
    assert jobs == [
        ("Banco Sabadell", "Ingeniera de Datos"),
        ("Capgemini", "Desarrollador Java"),
    ]


def test_central_european_legal_forms_end_an_employer_not_a_sentence():
    # Dates above the title, the employer with its legal form and city below:
    # 'a.s.' and 's.r.o.' were read as a sentence's end, so the city became the employer.
    text = (
        "Experience\n2019 – now\nBackend Developer\nKiwi Systems s.r.o., Brno\n"
        "- Kept a payments API up for two million users\n"
        "2016 – 2019\nJunior Developer\nMoravia Soft a.s., Olomouc\n- Wrote Django services\n"
        "2014 – 2016\nIntern\nDuna Kft.\n- Tested the billing system\n"
    )
    work = parse_lines(_lines(text))["work"]
    assert [(job["position"], job["name"]) for job in work] == [
        ("Backend Developer", "Kiwi Systems s.r.o."),
        ("Junior Developer", "Moravia Soft a.s."),
        ("Intern", "Duna Kft."),
    ]


def test_a_title_written_in_lower_case_is_not_prose():
    assert not is_prose("python developer")
    assert not is_prose("senior qa engineer")
    assert is_prose("developed the billing service")
    assert is_prose("maintaining the data engineer tools")


def test_a_dated_line_after_a_full_undated_header_goes_to_its_body_as_a_line():
    entries = group_entries(
        _lines(
            "Engineer, Acme\n2019 – 2021\n• Built things\n"
            "Team Lead\nInitech\nBerlin\nRemote\nJan 2018 – Mar 2019\nmore of the same"
        )
    )
    assert all(isinstance(item, tuple) for entry in entries for item in entry.items)


def test_a_company_whose_legal_form_ends_in_a_dot_starts_the_next_entry():
    entries = group_entries(
        _lines(
            "Backend Developer, Fabrikam\n2021 – 2023\n• Wrote the ledger services.\n"
            "Contoso S.r.l.\nJava Developer\n2017 – 2020"
        )
    )
    assert [entry.header for entry in entries] == [
        ["Backend Developer, Fabrikam", "2021 – 2023"],
        ["Contoso S.r.l.", "Java Developer", "2017 – 2020"],
    ]


def test_a_rating_drawn_in_glyphs_leaves_the_name_it_rates():
    assert normalize("English\t●●●●○") == "English"
    assert normalize("Kotlin\t●●●●●\tJava\t●●●○○") == "Kotlin\tJava"
    assert normalize("Salesforce\t★ ★ ★ ★ ☆") == "Salesforce"
    assert normalize("● Led the migration") == "● Led the migration"  # a bullet, no rating


def test_a_language_level_beside_or_under_its_language_is_its_fluency():
    document = parse_lines(
        _lines("Jonas Becker\n\nSprachen\nDeutsch\tMuttersprache\tEnglisch\tC1\nSpanisch\nA2")
    )
    assert [(item["language"], item.get("fluency")) for item in document["languages"]] == [
        ("Deutsch", "Muttersprache"),
        ("Englisch", "C1"),
        ("Spanisch", "A2"),
    ]


LOWER_CASE_RESUME = """maria gonzalez
austin, tx | maria.g@fastmail.com

summary
dental assistant with six years of chairside work in busy family practices, calm with kids.

experience
lead dental assistant
bright smiles family dentistry, austin tx
may 2020 - present
- assist two dentists with restorative and pediatric procedures every day
- took digital x-rays and kept the sterilization log

dental assistant
lone star dental group, round rock, tx
2017 - 2020

education
austin community college
certificate in dental assisting, 2017
"""


def test_a_resume_written_in_lower_case_has_its_names_read_and_its_sentences_kept():
    document = parse_lines([Line(text) for text in LOWER_CASE_RESUME.splitlines()])
    assert document["basics"]["name"] == "Maria Gonzalez"
    assert [(job.get("position"), job.get("name")) for job in document["work"]] == [
        ("Lead Dental Assistant", "Bright Smiles Family Dentistry"),
        ("Dental Assistant", "Lone Star Dental Group"),
    ]
    assert document["education"][0]["institution"] == "Austin Community College"
    assert document["work"][0]["highlights"][0].startswith("assist two dentists")


def test_a_resume_in_ordinary_case_keeps_its_case():
    # Each line opened by a capital, as in a resume written with care but no title case.
    lines = [Line(line[:1].upper() + line[1:]) for line in LOWER_CASE_RESUME.splitlines()]
    assert restore_case(lines, {"TX"}) == lines


def test_a_header_cut_by_a_scanner_is_read_as_one_line():
    text = """Tyrone Banks
tbanks@gmail.com

WORK HISTORY
Warehouse Associate, XPO Logistics, Romeoville,
IL        08/2017 - 03/2020
- Loaded and unloaded 30+ trailers per shift, RF scanner

EDUCATION
Joliet Junior College, Joliet, IL - Certificate in
Logistics Management, 2016
"""
    document = parse_lines([Line(line) for line in text.splitlines()])
    job = document["work"][0]
    assert (job["position"], job["name"], job["location"], job["startDate"]) == (
        "Warehouse Associate",
        "XPO Logistics",
        "Romeoville, IL",
        "2017-08",
    )
    assert document["education"][0]["studyType"] == "Certificate in Logistics Management"


def test_a_sentence_ending_in_a_degree_does_not_swallow_the_next_line():
    lines = [
        Line("PHP developer.  BA in Ariel University in"),
        Line("Talented, with analytical mind, full of motivation and good humour"),
        Line("Aplana Development Center,"),
        Line("Responsibilities and Experience:"),
    ]
    assert join_cut_headers(lines, lambda text: True, lambda text: True) == lines


def test_a_markdown_table_of_jobs_loses_its_rule_and_column_names():
    document = parse_lines(
        _lines(
            "Lucía Fernández\nlucia@example.com\n\n## Experience\n\n"
            "| Period | Role | Company |\n|---|---|---|\n"
            "| 2021 – present | Senior Data Analyst | Banco Santander |\n"
            "| 2018 – 2021 | Data Analyst | Telefónica España |\n"
        )
    )
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Senior Data Analyst", "Banco Santander"),
        ("Data Analyst", "Telefónica España"),
    ]


def test_a_table_of_jobs_is_read_by_its_column_names():
    document = parse_lines(
        _lines(
            "Maria Keller\nmaria@example.com\n\nEmployment\n"
            "Period\tEmployer\tPosition\n"
            "2010 – 2012\tDenner AG\tCashier\n"
            "2008 – 2010\tSpar Schweiz\tShelf Stacker\n"
        )
    )
    assert [(job["name"], job["position"], job["startDate"]) for job in document["work"]] == [
        ("Denner AG", "Cashier", "2010"),
        ("Spar Schweiz", "Shelf Stacker", "2008"),
    ]


def _jobs(text: str) -> list[tuple]:
    document = parse_lines(_lines(text))
    return [(job.get("position"), job.get("name")) for job in document.get("work", [])]


def test_a_title_wrapped_in_a_narrow_column_keeps_its_whole_phrase():
    # A sidebar set apart leaves the main column's titles wrapped at its width: the head
    # word alone on the next line ends the title, it is no title of its own.
    assert _jobs(
        "Ana Ferreira\nana@example.com\n\nEXPERIENCE\nLead Data\nEngineer\n"
        "Farfetch Portugal | Porto | Jan 2022 - Present\nOwn the order pipelines.\n\n"
        "Data\nEngineer\nFeedzai | Coimbra | Mar 2019 - Dec 2021\nFraud pipelines.\n\n"
        "Business Intelligence\nDeveloper\nSonae MC Group | Lisbon | Sep 2016 - Feb 2019\n"
    ) == [
        ("Lead Data Engineer", "Farfetch Portugal"),
        ("Data Engineer", "Feedzai"),
        ("Business Intelligence Developer", "Sonae MC Group"),
    ]


def test_an_employer_above_a_one_word_title_is_not_joined_to_it():
    assert _jobs(
        "Ana Ferreira\nana@example.com\n\nEXPERIENCE\nFeedzai\nEngineer\n2019 - 2021\n"
        "Built things.\n\nAcme Data Solutions\nDeveloper\n2016 - 2019\nBuilt more.\n"
    ) == [("Engineer", "Feedzai"), ("Developer", "Acme Data Solutions")]


def test_a_contact_line_whose_separator_meets_the_column_stays_whole():
    # The pipe after the e-mail happens to stand where the right column starts; a column's
    # text never opens with a separator, so the contact line is no row of the columns.
    raw = [
        "ANA FERREIRA",
        "ana.ferreira.dev@gmail.com  |  +351 912 555 031  |  Lisbon, Portugal",
        "",
        "SKILLS                      EXPERIENCE",
        "Python                      Data Engineer",
        "SQL                         Feedzai | Coimbra | Mar 2019 - Dec 2021",
        "Apache Spark                Real-time feature pipelines for fraud models",
        "Airflow                     on Kafka and Flink.",
        "                            Business Intelligence Developer",
        "                            Sonae MC Group | Lisbon | Sep 2016 - Feb 2019",
    ]
    read = read_columns(raw)
    assert read[1] == raw[1]
    assert read[3:8] == ["SKILLS", "Python", "SQL", "Apache Spark", "Airflow"]


def test_a_sentence_wrapped_under_a_dated_header_is_the_jobs_body_not_its_header():
    # The first line of a wrapped sentence has no full stop, but the next line goes on with
    # it in lower case: the body has begun.
    entries = group_entries(
        _lines(
            "Lead Data Engineer\nFarfetch Portugal | Porto | Jan 2022 - Present\n"
            "Own the order and returns pipelines feeding\nfinance and logistics reporting.\n"
        )
    )
    assert entries[0].header == [
        "Lead Data Engineer",
        "Farfetch Portugal | Porto | Jan 2022 - Present",
    ]
    assert [text for text, _ in entries[0].items] == [
        "Own the order and returns pipelines feeding finance and logistics reporting."
    ]
