"""A job's header as job seekers write it, stage by stage: the entry stage
(`group_entries`), the field stage (`header_parts`, the lexicon) and the work stage
(`parse_work`), each on a small example made for the case."""

from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.entries import group_entries
from resumeopt.importers.parsing.lexicon import employer_score, legal_form
from resumeopt.importers.parsing.work import parse_work


def _work(text: str) -> list[dict]:
    entries, _ = parse_work([Line(line) for line in text.split("\n")], "work")
    return entries


def test_legal_forms_of_several_words_end_a_company_name():
    assert legal_form("Kowalski Transport sp. z o.o.") == "sp. z o.o."
    assert legal_form("Grupo Lala, S.A.B. de C.V.") == "S.A.B. de C.V."
    assert legal_form("Infosys Pvt. Ltd.") == "Pvt. Ltd."
    assert legal_form("Meyer GmbH & Co. KG") == "GmbH & Co. KG"
    assert legal_form("Bäckerei Lutz e.K.") == "e.K."
    assert legal_form("Kowalski Transport") == ""
    assert employer_score("Kowalski Transport sp. z o.o.") > 0


def test_a_company_with_a_lower_case_legal_form_is_the_employer_not_a_sentence():
    [job] = _work("Fleet Planner\nKowalski Transport sp. z o.o., Kutno\n2017 - 2020")
    assert (job["position"], job["name"]) == ("Fleet Planner", "Kowalski Transport sp. z o.o.")
    [job] = _work("Sous Chef | ristorante lucca s.r.l.\n2015 - 2018")
    assert job["name"] == "ristorante lucca s.r.l."


def test_the_town_after_the_employer_is_kept_as_its_location():
    [job] = _work("Payroll Clerk\nHolzbau Riedl GmbH, Rosenheim\n2016 - 2019")
    assert (job["name"], job["location"]) == ("Holzbau Riedl GmbH", "Rosenheim")
    [job] = _work("Baker, Tartine Bakery, Sausalito\n2011 - 2014")
    assert (job["position"], job["name"], job["location"]) == (
        "Baker",
        "Tartine Bakery",
        "Sausalito",
    )


def test_a_team_or_business_area_after_the_employer_is_not_its_town():
    [job] = _work("Data Analyst\nZalando SE, Payments Team\n2020 - 2022")
    assert job["name"] == "Zalando SE"
    assert job.get("location") != "Payments Team"
    [job] = _work("Teller\nFirst Harbor Bank, Retail Banking\n2012 - 2015")
    assert job["name"] == "First Harbor Bank"
    assert "location" not in job


def test_since_opens_a_range_and_leaves_nothing_behind():
    [job] = _work("Warehouse Operative\nDHL Supply Chain\nSince 2018")
    assert (job["name"], job["startDate"]) == ("DHL Supply Chain", "2018")
    assert "endDate" not in job and "Since" not in job.get("description", "")


def _headers(text: str) -> list[list[str]]:
    return [entry.header for entry in group_entries([Line(line) for line in text.split("\n")])]


def test_tool_lines_that_fill_a_header_go_back_to_the_job_above():
    # A converted page lost the bullets: the job above's tool lists run into the next
    # header until its date comes, four lines down.
    headers = _headers(
        "Kitchen Porter\nThe Ivy\nMay 2019 - May 2020 (1 year)\nPrep for 200 covers\n"
        "Knives, Slicers, Dishwashers\nOrdering - Dairy, Veg, Dry goods\n"
        "Hotel du Vin\nCommis Chef\nJune 2020 - March 2022 (1 year 10 months)\n"
        "Made desserts and bread for a 120-seat brasserie, six days a week."
    )
    assert headers[-1] == [
        "Hotel du Vin",
        "Commis Chef",
        "June 2020 - March 2022 (1 year 10 months)",
    ]


def test_a_sentence_above_a_wrapped_year_stays_in_the_body():
    entries = group_entries(
        [
            Line(text)
            for text in (
                "Globex Insurance",
                "March 2016  Claims Handler",
                "Handled motor claims end to end. Cut backlog by 30%.",
                "2018",
                "Trained new starters on the claims system and the phone scripts",
            )
        ]
    )
    assert entries[0].header == ["Globex Insurance", "March 2016  Claims Handler"]
    assert all("Handled motor claims" not in " ".join(entry.header) for entry in entries)


def test_the_employer_below_a_dated_title_joins_it_before_another_columns_date():
    # A flattened two-column page: the right column's school years follow the employer.
    headers = _headers(
        "Store Manager  Mar. 2012 – Jan. 2018\nNorthwind Traders Ltd\n2004 – 2008\n"
        "Ran a store of 40 staff with yearly sales of 6M"
    )
    assert headers[0][:2] == ["Store Manager  Mar. 2012 – Jan. 2018", "Northwind Traders Ltd"]


def test_a_word_cut_from_a_bullet_is_not_a_job():
    entries = _work(
        "Lab Technician  2015 – 2019\nAcme Diagnostics Ltd\n"
        "• Ran assays with colleagues from Leeds\nUniversity\n"
        "• Maintained the analysers and as a result reduced downtime by half, working with"
        " the whole team on shift patterns and as"
    )
    assert [job.get("name") for job in entries] == ["Acme Diagnostics Ltd"]
    assert legal_form("worked on it as") == ""
    assert legal_form("Telenor AS") == "AS"


def test_at_the_employer_on_its_own_line_names_the_employer():
    # Another column's word ("Photoshop") sits between the title and its employer.
    [job] = _work("Barista  Sep 2017\nPhotoshop\nat Blue Bottle Coffee\n• Pulled 300 shots a day")
    assert (job["position"], job["name"]) == ("Barista", "Blue Bottle Coffee")


def test_dates_then_a_colon_then_title_in_employer():
    [job] = _work("March 2012 - May 2014: Trainee in Roche, pharmacy logistics, Basel")
    assert (job["position"], job["name"]) == ("Trainee", "Roche")


def test_working_freelance_is_the_title_never_the_employer():
    [job] = _work("Freelance Wedding Photography  May 2014 – Present\n• Shot 60 weddings")
    assert job["position"] == "Freelance Wedding Photography"
    assert "name" not in job
    [job] = _work("Freelance\n2016 - 2019\n• Logos for local shops")
    assert job["position"] == "Freelance"


def test_the_town_last_on_the_employers_line_is_its_location():
    [job] = _work("Carrefour | Store Supervisor | Valence\n2013 - 2017")
    assert (job["name"], job["position"], job["location"]) == (
        "Carrefour",
        "Store Supervisor",
        "Valence",
    )


def test_a_legal_form_written_with_spaces_or_after_a_comma_stays_with_its_company():
    assert legal_form("Vltava Logistika s. r. o.") == "s. r. o."
    assert legal_form("J. P. Morgan") == ""
    [job] = _work("Mlékárna Kunín, a.s., Kunín\nShift Foreman\n04/2011 – 08/2016\n- Ran the line")
    assert (job["name"], job["position"], job["location"]) == (
        "Mlékárna Kunín, a.s.",
        "Shift Foreman",
        "Kunín",
    )


def test_the_town_before_the_dates_in_brackets_is_the_location():
    [job] = _work("Tax Assistant at Moore Stephens Kft., Szeged (2014 – 2016)")
    assert (job["name"], job["location"]) == ("Moore Stephens Kft.", "Szeged")


def test_roles_listed_as_bullets_under_their_company_are_jobs_there():
    jobs = _work(
        "Lidl GB, Bristol\n• Shift Manager, 2019 – 2022\n• Cashier, 2017 – 2019\n"
        "  - Opened and closed the tills\n\nCosta Coffee\nBarista\n2015 - 2017"
    )
    assert [(job.get("name"), job.get("position"), job.get("startDate")) for job in jobs] == [
        ("Lidl GB", "Shift Manager", "2019"),
        ("Lidl GB", "Cashier", "2017"),
        ("Costa Coffee", "Barista", "2015"),
    ]


def test_a_dated_duty_bullet_stays_a_duty():
    [job] = _work("Hilton Leeds\nNight Auditor, 2016 – 2020\n• Reconciled takings, 2016 – 2020")
    assert job["highlights"] == ["Reconciled takings, 2016 – 2020"]


def test_the_company_above_its_dated_roles_is_each_roles_employer():
    jobs = _work(
        "Norddeutsche Landesbank\nMarch 2019  Credit Risk Officer\nRated corporate clients.\n"
        "June 2016  Junior Risk Analyst\nBuilt the scorecards.\n"
        "Hamburger Sparkasse\nMay 2013  Trainee\nRotated through four departments."
    )
    assert [(job.get("name"), job.get("position")) for job in jobs] == [
        ("Norddeutsche Landesbank", "Credit Risk Officer"),
        ("Norddeutsche Landesbank", "Junior Risk Analyst"),
        ("Hamburger Sparkasse", "Trainee"),
    ]


def test_an_employer_named_by_its_trade_is_not_taken_for_a_town():
    [job] = _work("Qantas Airways, Sydney, Australia — Cabin Crew (2015 – 2019)")
    assert (job["name"], job["position"], job["location"]) == (
        "Qantas Airways",
        "Cabin Crew",
        "Sydney, Australia",
    )
    [job] = _work("Hotel Sacher, Vienna, Austria | Night Porter | 2010 – 2013")
    assert (job["name"], job["position"]) == ("Hotel Sacher", "Night Porter")


def test_a_title_in_brackets_after_the_employer():
    [job] = _work("Vetsuisse Clinic (Veterinary Nurse)\n2014 – 2018")
    assert (job["name"], job["position"]) == ("Vetsuisse Clinic", "Veterinary Nurse")


def test_a_colon_between_employer_and_title_but_not_after_a_label():
    [job] = _work("Harbour Freight Lines: Customs Broker, 2011 – 2015")
    assert (job["name"], job["position"]) == ("Harbour Freight Lines", "Customs Broker")
    [job] = _work("Position: Dispatcher\nMetro Cabs\n2009 – 2011")
    assert job["name"] == "Metro Cabs"


def test_a_title_that_opens_with_an_ing_word_is_a_title():
    [job] = _work("Baltic Timber Oy, Packing & Dispatch Operative, 2012 – 2016")
    assert (job["name"], job["position"]) == ("Baltic Timber Oy", "Packing & Dispatch Operative")


def test_on_behalf_of_on_its_own_line_names_the_organisation():
    [job] = _work(
        'Field Coordinator in Kenya  Mar 2016 - Jun 2018\non behalf of the "Water Trust"\n'
        "• Ran 40 well projects"
    )
    assert (job["position"], job["name"]) == ("Field Coordinator", "Water Trust")


def test_a_second_role_whose_title_is_only_a_trade_keeps_its_company():
    jobs = _work(
        "Kier Group plc, Bristol\n• Contracts Manager, 2019 – present\n"
        "• Qualified Plumber, 2013 – 2019\n  - Fitted heating in 300 homes"
    )
    assert [(job.get("name"), job.get("position")) for job in jobs] == [
        ("Kier Group plc", "Contracts Manager"),
        ("Kier Group plc", "Qualified Plumber"),
    ]


def test_company_colon_title_after_a_body_opens_the_next_job():
    jobs = _work(
        "Atento Ltda: Team Leader\nJan 2018 – present\n- Coached 15 agents\n\n"
        "Teleperformance SE: Customer Service Agent\nMay 2015 – Dec 2017\n- Answered calls"
    )
    assert [(job.get("name"), job.get("position")) for job in jobs] == [
        ("Atento Ltda", "Team Leader"),
        ("Teleperformance SE", "Customer Service Agent"),
    ]


def test_the_kind_of_employment_before_a_colon_is_neither_employer_nor_title():
    [job] = _work("Seasonal: Lifeguard, Lakeside Pools, 2011 – 2013")
    assert (job["name"], job["position"]) == ("Lakeside Pools", "Lifeguard")
    assert job["description"] == "Seasonal"


def test_a_town_with_its_province_in_brackets_is_the_location():
    [job] = _work("Commis\nCaisse Populaire Acadienne, Moncton (NB)\n2014 – 2017")
    assert (job["name"], job["location"]) == ("Caisse Populaire Acadienne", "Moncton (NB)")


def test_an_employer_with_a_colon_over_its_title_opens_the_next_job_after_arrow_bullets():
    jobs = _work(
        "Kaspi.kz:\n"
        "Java developer\n"
        "> Moved the payments service to Spring Boot 3\n"
        "> Wrote the integration tests\n"
        "Halyk Bank:\n"
        "Junior Java developer\n"
        "> Supported the card processing batch jobs"
    )
    assert [(job.get("name"), job.get("position")) for job in jobs] == [
        ("Kaspi.kz", "Java developer"),
        ("Halyk Bank", "Junior Java developer"),
    ]
    assert jobs[0]["highlights"] == [
        "Moved the payments service to Spring Boot 3",
        "Wrote the integration tests",
    ]


def test_a_restaurant_named_in_its_own_language_is_the_employer():
    [job] = _work("Commis di cucina | Osteria del Sole\tgiugno 2014 – agosto 2017\nModena")
    assert (job["position"], job["name"]) == ("Commis di cucina", "Osteria del Sole")
    assert employer_score("Trattoria da Enzo") > 0 and employer_score("Brasserie Georges") > 0


def test_a_title_at_its_employer_in_a_european_language_is_split():
    [job] = _work("Contable Senior en Mercadona S.A.\nene. 2020 – actualidad")
    assert (job["position"], job["name"]) == ("Contable Senior", "Mercadona S.A.")
    [job] = _work("Ingénieure logiciel chez Dassault Systèmes\n03/2019 – aujourd'hui")
    assert (job["position"], job["name"]) == ("Ingénieure logiciel", "Dassault Systèmes")


def test_a_degree_and_its_field_are_not_a_title_and_an_employer():
    document = parse_lines(
        [
            Line(text)
            for text in [
                "Lucía Ruiz",
                "",
                "FORMACIÓN",
                "Técnico Superior en Dirección de Cocina",
                "IES Simone Ortega, Móstoles",
                "2014 – 2016",
            ]
        ]
    )
    assert "work" not in document or not document["work"]
    assert document["education"][0]["institution"].startswith("IES Simone Ortega")


def test_a_bracket_of_results_or_terms_of_employment_describes_the_job_not_its_title():
    work = _work(
        "EXPERIENCE\n"
        "Account Executive (108% of quota, #3 of 22 reps) | Gusto | Mar 2019 – Dec 2021\n"
        "Float Pool RN (Per Diem) – Houston Methodist Hospital – 08/2021 – Present\n"
        "Sous Chef (Maternity Cover) – The Ivy – 2019 – 2020\n"
    )
    assert [(job.get("position"), job.get("name")) for job in work] == [
        ("Account Executive", "Gusto"),
        ("Float Pool RN", "Houston Methodist Hospital"),
        ("Sous Chef (Maternity Cover)", "The Ivy"),
    ]
    assert "108% of quota, #3 of 22 reps" in work[0]["description"]
    assert "Per Diem" in work[1]["description"]


def test_a_bilingual_resume_gives_each_job_its_title_and_dates_once():
    work = _work(
        "EXPERIENCE\n"
        "Front Desk Coordinator / Coordonnatrice de la réception\n"
        "Fairmont Château Laurier, Ottawa, ON — May 2018 – août 2021 / mai 2018 – août 2021\n"
        "\n"
        "Student Driver / Trainee\n"
        "C.R. England, Salt Lake City, UT — 2016 – 2017\n"
    )
    assert [(job.get("position"), job.get("name"), job.get("startDate")) for job in work] == [
        ("Front Desk Coordinator", "Fairmont Château Laurier", "2018-05"),
        ("Student Driver / Trainee", "C.R. England", "2016"),
    ]
    assert "Coordonnatrice de la réception" in work[0]["description"]


def test_a_service_members_rank_is_the_title_and_the_specialty_code_describes_the_job():
    work = _work(
        "MILITARY EXPERIENCE\n"
        "Platoon Sergeant (E-7), 82nd Airborne Division, U.S. Army, Fort Liberty, NC\n"
        "MOS 88M Motor Transport Operator | 06/2017 - 08/2023\n"
        "- Led 38 soldiers and accounted for 52 vehicles\n"
        "Squad Leader (E-5), 1st Cavalry Division, U.S. Army, Fort Hood, TX\n"
        "MOS 88M | 03/2013 - 05/2017\n"
        "- Trained 9 drivers\n"
    )
    assert [(job.get("position"), job.get("name"), job.get("startDate")) for job in work] == [
        ("Platoon Sergeant (E-7)", "U.S. Army", "2017-06"),
        ("Squad Leader (E-5)", "U.S. Army", "2013-03"),
    ]
    assert "MOS 88M Motor Transport Operator" in work[0]["description"]


def test_the_group_in_brackets_after_an_employer_is_not_part_of_its_name():
    text = """Kim Lee

EXPERIENCE
Staff Nurse – Lakeside General Hospital (Northwind Health System), Denver, CO – 2019 – 2022
Cashier – Harbor Foods (Harbor Foods Group Ltd), Denver, CO – 2016 – 2019
Driver – United Parcel Service (UPS), Denver, CO – 2014 – 2016
Porter – Lakeview Regional Sugar Hill Clinic (Lakeview Regional) – 2012 – 2014
Courier – Kestrel Freight (Aurora) – 2010 – 2012
"""
    document = parse_lines([Line(line) for line in text.splitlines()])
    assert [(job.get("name"), job.get("description")) for job in document["work"]] == [
        ("Lakeside General Hospital", "Northwind Health System"),
        ("Harbor Foods", "Harbor Foods Group Ltd"),
        ("United Parcel Service (UPS)", None),
        ("Lakeview Regional Sugar Hill Clinic", "Lakeview Regional"),
        ("Kestrel Freight", None),
    ]
    assert document["work"][-1]["location"] == "Aurora"


def test_a_grade_after_the_title_stays_with_the_title():
    [job] = _work("Teacher III\nQuezon City Science High School, Quezon City\nJune 2019 – Present")
    assert (job["position"], job["name"]) == ("Teacher III", "Quezon City Science High School")
    [job] = _work("NURSE II ST LUKES MEDICAL CENTER\nJune 2015 – March 2019")
    assert (job["position"], job["name"]) == ("NURSE II", "ST LUKES MEDICAL CENTER")


def test_dated_roles_under_a_dated_employer_line_take_its_name():
    jobs = _work(
        "Reliance Retail Ltd., Pune          Apr 2015 – Present\n"
        "Store Manager (Apr 2020 – Present)\n"
        "Department Manager – Apparel (Apr 2015 – Mar 2020)\n"
        "Shoppers Stop Ltd., Mumbai          Jul 2011 – Mar 2015\n"
        "Customer Care Associate"
    )
    assert [(job.get("name"), job.get("position"), job["startDate"]) for job in jobs] == [
        ("Reliance Retail Ltd.", "Store Manager", "2020-04"),
        ("Reliance Retail Ltd.", "Department Manager – Apparel", "2015-04"),
        ("Shoppers Stop Ltd.", "Customer Care Associate", "2011-07"),
    ]


def test_a_role_outside_the_employer_lines_dates_is_not_given_its_name():
    jobs = _work(
        "Acme Holdings Ltd          2019 – 2021\nOperations Analyst, Beta Logistics (2016 – 2018)"
    )
    assert jobs[-1].get("name") != "Acme Holdings Ltd"


def test_jobs_listed_one_a_bullet_with_commas_are_each_a_job():
    jobs = _work(
        "• Policy Adviser, Department for Education (Sheffield), 2019 – present\n"
        "• Higher Executive Officer, HM Revenue & Customs (Nottingham), 2016 – 2019\n"
        "• Executive Officer, Department for Work and Pensions (Leeds), Sept 2013 – Mar 2016"
    )
    assert [(job["position"], job["name"]) for job in jobs] == [
        ("Policy Adviser", "Department for Education"),
        ("Higher Executive Officer", "HM Revenue & Customs"),
        ("Executive Officer", "Department for Work and Pensions"),
    ]


def test_an_employer_named_department_on_its_own_line_is_a_new_employer():
    jobs = _work(
        "Thornton Tomasetti   New York, NY\n"
        "Structural Engineering Intern   Summer 2019\n"
        "• Checked connection details for a 40-storey office retrofit.\n"
        "New York State Department of Transportation   Albany, NY\n"
        "Engineering Aide   May 2018 – Aug. 2018"
    )
    assert [job["name"] for job in jobs] == [
        "Thornton Tomasetti",
        "New York State Department of Transportation",
    ]


def test_an_employer_line_above_a_dated_title_opens_the_next_job_with_no_bullets_between():
    jobs = _work(
        "Thornton Tomasetti   New York, NY\n"
        "Structural Engineering Intern   Summer 2019\n"
        "New York State Department of Transportation   Albany, NY\n"
        "Engineering Aide   May 2018 – Aug. 2018\n"
        "Arup   Boston, MA\n"
        "Intern   May 2017 – Aug. 2017"
    )
    assert [(job["name"], job["position"]) for job in jobs] == [
        ("Thornton Tomasetti", "Structural Engineering Intern"),
        ("New York State Department of Transportation", "Engineering Aide"),
        ("Arup", "Intern"),
    ]


def test_the_terms_a_job_was_held_on_are_no_part_of_its_title():
    [job] = _work(
        "Front of House Manager (interim contract), The Midland Hotel, Manchester\n"
        "Mar 2022 – Present"
    )
    # "(Maternity Cover)" names the job itself and stays (the bracket test above).
    assert (job["position"], job["name"]) == ("Front of House Manager", "The Midland Hotel")
    assert "interim contract" in job["description"]
    [job] = _work("Staff Nurse (nights, 6-month contract) | Leeds General Infirmary | 2019 – 2020")
    assert job["position"] == "Staff Nurse"
    [job] = _work("Secondary Teacher (History & Geography) | Mansfield High School | 2015 – 2020")
    assert job["position"] == "Secondary Teacher (History & Geography)"


def test_a_one_word_specialty_after_the_title_on_its_own_line_stays_in_the_title():
    [job] = _work(
        "SSM Health Saint Louis University Hospital | St. Louis, MO | Aug 2016 – May 2019\n"
        "Staff Nurse, Telemetry"
    )
    assert (job["position"], job["name"]) == (
        "Staff Nurse, Telemetry",
        "SSM Health Saint Louis University Hospital",
    )


def test_a_midwifery_sister_under_two_employer_lines_keeps_her_title_and_ward():
    text = (
        "Sarah-Jane Patterson\nsjp@example.com\n\nCLINICAL EXPERIENCE\n\n"
        "ROYAL JUBILEE MATERNITY SERVICE\n"
        "BELFAST HEALTH AND SOCIAL CARE TRUST\n"
        "Band 7 Midwifery Sister          Oct 2020 – present\n"
        "Lead a team of 12 midwives on a 24-bed delivery suite.\n"
    )
    [job] = parse_lines([Line(line) for line in text.splitlines()])["work"]
    assert (job["position"], job["name"]) == (
        "Band 7 Midwifery Sister",
        "ROYAL JUBILEE MATERNITY SERVICE",
    )
    [job] = _work("Midwife, Delivery Suite\nUlster Hospital, Dundonald\nSep 2016 – Sep 2020")
    assert job["position"] == "Midwife, Delivery Suite"


def test_the_client_in_brackets_after_a_consultancy_is_not_the_employer():
    [job] = _work(
        "SENIOR CONSULTANT – ACCENTURE SOLUTIONS PVT LTD (CLIENT: UNILEVER)    AUG 2019 – PRESENT"
    )
    assert (job["position"], job["name"]) == ("SENIOR CONSULTANT", "ACCENTURE SOLUTIONS PVT LTD")
    assert "CLIENT: UNILEVER" in job["description"]


def test_a_job_of_labelled_fields_on_one_line_is_read_field_by_field():
    text = (
        "Abdullahi Bello\nabdullahi@example.com\n\nPROFESSIONAL EXPERIENCE\n"
        "Employer: Dangote Cement Plc   Role: Maintenance Engineer   Period: Jan 2019 – Present\n"
        "Preventive maintenance of kiln and raw mill drives.\n"
        "Employer: Lafarge Africa Plc   Role: Graduate Engineer   Period: Feb 2016 – Dec 2018\n"
    )
    first, second = parse_lines([Line(line) for line in text.splitlines()])["work"]
    assert (first["name"], first["position"], first["startDate"]) == (
        "Dangote Cement Plc",
        "Maintenance Engineer",
        "2019-01",
    )
    assert first["summary"] == "Preventive maintenance of kiln and raw mill drives."
    assert (second["name"], second["endDate"]) == ("Lafarge Africa Plc", "2018-12")


def test_a_blank_line_closes_a_job_written_on_one_line():
    for one_line in (
        "Target Corporation | Cashier | 2013 - 2015",
        "Cashier, Target Corporation, 2013 - 2015",
        "Cashier @ Target Corporation | 2013 - 2015",
    ):
        jobs = _work(f"{one_line}\n\nAcme Logistics LLC\nForklift Operator\n2011 - 2013")
        assert [(job["name"], job["position"]) for job in jobs] == [
            ("Target Corporation", "Cashier"),
            ("Acme Logistics LLC", "Forklift Operator"),
        ]


def test_titles_of_manual_and_service_work_are_known_as_titles():
    for employer, title in (
        ("Spar Schweiz", "Shelf Stacker"),
        ("Deliveroo", "Delivery Rider"),
        ("Hilton Bath City", "Kitchen Dishwasher"),
        ("Bright Horizons", "Childminder"),
    ):
        [job] = _work(f"{employer} | {title} | 2018 – 2020")
        assert (job["position"], job["name"]) == (title, employer)


def test_a_dash_before_bracketed_dates_is_no_part_of_the_title():
    [job] = _work("ABC Corp. – Accounts Assistant – (2013 - 2015)")
    assert (job["position"], job["name"]) == ("Accounts Assistant", "ABC Corp.")


def test_labels_inside_a_job_line_say_which_field_is_which():
    [job] = _work("Company: Infosys | Role: Java Developer | 2015 – 2017")
    assert (job["position"], job["name"], job["startDate"]) == ("Java Developer", "Infosys", "2015")
    text = (
        "Jo Smith\njo@example.com\n\nEXPERIENCE\n"
        "Company: Infosys | Role: Java Developer | 2015-2017\n"
        "Role: Shelf Stacker, Employer: Spar, Dates: 2013-2015\n"
    )
    jobs = parse_lines([Line(line) for line in text.splitlines()])["work"]
    assert [(job["position"], job["name"], job["startDate"]) for job in jobs] == [
        ("Java Developer", "Infosys", "2015"),
        ("Shelf Stacker", "Spar", "2013"),
    ]


def test_a_title_said_in_a_sentence_is_the_title():
    [job] = _work("Worked as a Sales Executive at Reliance Jio from 2017 to 2019.")
    assert (job["position"], job["name"]) == ("Sales Executive", "Reliance Jio")


def test_a_job_whole_on_one_dashed_line_after_an_undated_job_is_a_job_of_its_own():
    jobs = _work(
        "Gamma Stores Ltd.\nSupervisor  |  3 years\n\n"
        "Delta Group — Cashier — 2010-2012 (part-time while studying)"
    )
    assert [(job["name"], job["position"]) for job in jobs] == [
        ("Gamma Stores Ltd.", "Supervisor"),
        ("Delta Group", "Cashier"),
    ]
    assert jobs[1]["startDate"] == "2010" and "startDate" not in jobs[0]


def test_a_linkedin_profile_copied_as_text_puts_the_title_first():
    text = (
        "Jo Smith\njo@example.com\n\nExperience\n\n"
        "Store Manager\nAldi UK · Full-time\nJan 2020 - Present · 4 yrs 2 mos\n"
        "Bristol, England, United Kingdom\n\n"
        "Customer Assistant\nSainsbury's · Part-time\n2014 - 2017 · 3 yrs\n"
    )
    jobs = parse_lines([Line(line) for line in text.splitlines()])["work"]
    assert [(job["position"], job["name"]) for job in jobs] == [
        ("Store Manager", "Aldi UK"),
        ("Customer Assistant", "Sainsbury's"),
    ]


def test_an_employer_named_in_brackets_after_the_title_is_the_employer():
    [job] = _work("Audit Associate (KPMG LLP)\n2012 – 2014")
    assert (job["position"], job["name"]) == ("Audit Associate", "KPMG LLP")
    [job] = _work("Software Engineer (Python)\nAcme Ltd\n2010 – 2012")
    assert (job["position"], job["name"]) == ("Software Engineer (Python)", "Acme Ltd")


def test_a_bracket_giving_the_jobs_scale_describes_the_job_not_its_title():
    [job] = _work("Head Chef (120 covers), The Ivy, London, 2019 – 2021")
    assert (job["position"], job["description"]) == ("Head Chef", "120 covers")
    [job] = _work("Store Manager (team of 40) – Tesco Extra – 2012 – 2016")
    assert job["position"] == "Store Manager"
    # A grade, a licence's class or a tool's version stays with the title.
    [job] = _work("Driver (Class 1, ADR) | Eddie Stobart | 2010 – 2012")
    assert job["position"] == "Driver (Class 1, ADR)"
    [job] = _work("Developer (Python 3) | Acme Ltd | 2008 – 2010")
    assert job["position"] == "Developer (Python 3)"


def test_a_card_register_or_agency_in_brackets_after_a_title_describes_the_job():
    work = _work(
        "EMPLOYMENT\n"
        "MITIE GROUP PLC\n"
        "Approved Electrician (JIB Gold Card)                 April 2019 – Present\n"
        "\n"
        "Scottish Gas\n"
        "Gas Engineer (Gas Safe Registered)                   June 2016 – March 2019\n"
        "\n"
        "Financial Accountant (12-month contract, via Hays)\n"
        "Transport for NSW, Sydney                            Feb 2014 – Feb 2016\n"
        "\n"
        "Management Accountant (temp to perm, through Robert Walters)\n"
        "Lendlease, Barangaroo                                Jun 2011 – Jan 2014\n"
        "\n"
        "Apprentice Electrician (NVQ Level 3)\n"
        "Cartwright & Sons Electrical Ltd                     Sept 2008 – May 2011\n"
    )
    assert [(job.get("position"), job.get("name")) for job in work] == [
        ("Approved Electrician", "MITIE GROUP PLC"),
        ("Gas Engineer", "Scottish Gas"),
        ("Financial Accountant", "Transport for NSW"),
        ("Management Accountant", "Lendlease"),
        ("Apprentice Electrician", "Cartwright & Sons Electrical Ltd"),
    ]
    assert "JIB Gold Card" in work[0]["description"]
    assert "via Hays" in work[2]["description"]
    assert "through Robert Walters" in work[3]["description"]


def test_a_bracket_that_says_what_the_job_was_stays_in_the_title():
    work = _work(
        "EXPERIENCE\n"
        "Secondary School Teacher (Mathematics and Physics) | Alliance Girls High School"
        " | 2018 – 2022\n"
        "Support Engineer (Level 2) | Rackspace | 2015 – 2018\n"
        "Staff Nurse (ICU) | Royal Free Hospital | 2012 – 2015\n"
    )
    assert [job.get("position") for job in work] == [
        "Secondary School Teacher (Mathematics and Physics)",
        "Support Engineer (Level 2)",
        "Staff Nurse (ICU)",
    ]


def test_a_title_line_above_employer_place_and_dates_parted_by_pipes():
    text = (
        "Maria Dela Cruz\n"
        "maria.delacruz@example.com\n"
        "\n"
        "WORK EXPERIENCE\n"
        "\n"
        "Team Leader, Customer Service\n"
        "Concentrix | Eastwood City, Quezon City | January 2022 - Present\n"
        "• Leads 18 agents on a US telco account.\n"
        "\n"
        "Sales Associate\n"
        "SM Department Store | Megamall, Mandaluyong | April 2016 - May 2018\n"
        "\n"
        "Columnist\n"
        "Washington Post | Washington | 2012 - 2016\n"
    )
    work = parse_lines([Line(line) for line in text.split("\n")])["work"]
    assert [(job.get("position"), job.get("name"), job.get("location")) for job in work] == [
        ("Team Leader, Customer Service", "Concentrix", "Eastwood City, Quezon City"),
        ("Sales Associate", "SM Department Store", "Megamall, Mandaluyong"),
        ("Columnist", "Washington Post", "Washington"),
    ]
    assert work[0]["startDate"] == "2022-01"
    assert work[0]["highlights"] == ["Leads 18 agents on a US telco account."]


def test_an_employer_and_its_unit_in_capitals_head_the_roles_below_them():
    text = (
        "Marie-Claude Tremblay\n"
        "mc.tremblay@example.com\n"
        "\n"
        "EXPERIENCE\n"
        "\n"
        "EMPLOYMENT AND SOCIAL DEVELOPMENT CANADA\n"
        "SKILLS AND EMPLOYMENT BRANCH\n"
        "Senior Policy Analyst (EC-06)                 2021-04 to present\n"
        "- Brief the Director General.\n"
        "\n"
        "Policy Analyst (EC-05)                        2018-09 to 2021-03\n"
        "- Wrote Treasury Board submissions.\n"
        "\n"
        "STATISTICS CANADA\n"
        "LABOUR STATISTICS DIVISION\n"
        "Economist (EC-03)                             2016-06 to 2018-08\n"
        "\n"
        "EDUCATION\n"
        "M.A. Economics, Université d'Ottawa, 2016\n"
    )
    document = parse_lines([Line(line) for line in text.split("\n")])
    assert [(job.get("position"), job.get("name")) for job in document["work"]] == [
        ("Senior Policy Analyst (EC-06)", "EMPLOYMENT AND SOCIAL DEVELOPMENT CANADA"),
        ("Policy Analyst (EC-05)", "EMPLOYMENT AND SOCIAL DEVELOPMENT CANADA"),
        ("Economist (EC-03)", "STATISTICS CANADA"),
    ]
    assert "SKILLS AND EMPLOYMENT BRANCH" in document["work"][0]["description"]
    assert "LABOUR STATISTICS DIVISION" in document["work"][2]["description"]
    assert "skills" not in document


def test_a_header_broken_over_a_pdfs_narrow_lines_is_read_whole():
    text = (
        "Wanjiku Kamau\n"
        "wanjiku.kamau@example.com\n"
        "PROFESSIONAL EXPERIENCE\n"
        "Secondary School Teacher (Mathematics and\n"
        "Physics), Alliance Girls High School, Kikuyu\n"
        "January 2018 – to date\n"
        "• Teach Form 3 and Form 4 mathematics; KCSE mean\n"
        "grade raised from B to B+ in three years.\n"
        "• Head of the Mathematics Department since 2021.\n"
        "Teacher on BOM terms, Moi Forces Academy,\n"
        "Nairobi\n"
        "May 2015 – December 2017\n"
        "• Taught Form 1 and 2 physics.\n"
    )
    work = parse_lines([Line(line) for line in text.split("\n")])["work"]
    assert [(job.get("position"), job.get("name"), job.get("startDate")) for job in work] == [
        (
            "Secondary School Teacher (Mathematics and Physics)",
            "Alliance Girls High School",
            "2018-01",
        ),
        ("Teacher on BOM terms", "Moi Forces Academy", "2015-05"),
    ]
    # A duty that says since when is a sentence of the job's body, not a job.
    assert "Head of the Mathematics Department since 2021." in work[0]["highlights"]


def test_whom_a_self_employed_worker_served_is_no_part_of_the_title():
    work = _work(
        "Self-employed - Delivery Driver (DoorDash, Instacart)\n"
        "03/2020 - 09/2021\n"
        "\n"
        "Freelance Graphic Designer (Nike, Adidas, Puma) | 2016 - 2020\n"
        "\n"
        "Senior Designer (Brand, Packaging) | Ogilvy | 2012 - 2016\n"
    )
    assert [(job.get("position"), job.get("name")) for job in work] == [
        ("Delivery Driver", "Self-employed"),
        ("Freelance Graphic Designer", None),
        ("Senior Designer (Brand, Packaging)", "Ogilvy"),
    ]
    assert "DoorDash, Instacart" in work[0]["description"]
    assert "Nike, Adidas, Puma" in work[1]["description"]


def test_time_spent_caring_for_family_is_no_job():
    history = (
        "Stock Associate - The Home Depot, Columbus, OH\n06/2016 - 12/2018\n\n"
        "Caregiver for a family member\n2019 - 2020\n\n"
        "Warehouse Associate - Amazon, Etna, OH\n10/2021 - Present"
    )
    work, unsorted = parse_work([Line(text) for text in history.split("\n")], "work")
    assert [job.get("position") for job in work] == ["Stock Associate", "Warehouse Associate"]
    assert "Caregiver for a family member" in unsorted


def test_a_profile_sentence_from_the_other_column_is_never_the_employer():
    # A two-column page flattened row by row: the profile's sentence, which says how long
    # the person has worked, lands among the job's header lines.
    work = _work(
        "Experienced Network Engineer with 6-year\n"
        "Network Engineer\n"
        "Sep 2018 - Present\n"
        "Designed campus networks for enterprise clients.\n"
        "\n"
        "Sales Manager\n"
        "Seasoned Sales Leader with 12 years\n"
        "Jan 2016 - Dec 2021\n"
        "\n"
        "Jefa de Ventas | Profesional con 5 años de experiencia\n"
        "2012 - 2015\n"
        "\n"
        "Teacher\n"
        "10 Years Academy\n"
        "2010 - 2012\n"
    )
    assert [(job.get("position"), job.get("name")) for job in work] == [
        ("Network Engineer", None),
        ("Sales Manager", None),
        ("Jefa de Ventas", None),
        ("Teacher", "10 Years Academy"),
    ]


def test_pieces_of_a_bracketed_list_cut_at_its_commas_are_never_the_employer():
    # The other column's "(Firewalls, FMG, FortiDDoS)" glued into the header rows.
    [job] = _work(
        "System Administrator\n"
        "Security vendors: Check Point (Firewalls, FMG, Mar 2020 - Jul 2020\n"
        "FortiDDoS, Fortianalyzer)\n"
        "Telemessage, Petah Tikva\n"
        "Configured firewall rules.\n"
    )
    assert (job["position"], job["name"]) == ("System Administrator", "Telemessage")
    [job] = _work("Account Manager, Amdocs (Israel, 2015 - 2019")
    assert job["name"].startswith("Amdocs")


def test_a_sites_kind_is_neither_the_jobs_place_nor_its_employer():
    # "Hub" is a town in Pakistan, and a depot or a campus is where in the employer the job
    # was: the kind of site stays in the description, the town beside it is the place.
    [job] = _work("Shift Manager    DHL Supply Chain    Hub    2020 - Present")
    assert (job["name"], job.get("location")) == ("DHL Supply Chain", None)
    assert "Hub" in job["description"]
    [job] = _work("Team Leader, Inbound\nWincanton Group - Distribution Centre, Corby\n2017 - 2020")
    assert (job["name"], job["location"]) == ("Wincanton Group", "Corby")
    assert job["description"] == "Distribution Centre"
    [job] = _work("Installation Technician | Depot | Ibadan | 2015 - 2017")
    assert (job["position"], job.get("name"), job["location"]) == (
        "Installation Technician",
        None,
        "Ibadan",
    )
    [job] = _work("Lecturer\nUniversity of Lagos, Main Campus, Akoka\n2015 - 2017")
    assert (job["name"], job["location"]) == ("University of Lagos", "Akoka")


def test_a_company_named_by_site_words_is_still_the_employer():
    [job] = _work("Sales Associate | Office Depot | Austin, TX | 2015 - 2017")
    assert (job["name"], job["location"]) == ("Office Depot", "Austin, TX")
    [job] = _work("Cashier | The Home Depot | Atlanta, GA | 2012 - 2015")
    assert job["name"] == "The Home Depot"


def test_a_title_in_person_without_an_employer_stays_the_title():
    [job] = _work("Storeperson\nBlacktown NSW\nJanuary 2016 to February 2018")
    assert (job["position"], job.get("name")) == ("Storeperson", None)


def test_what_a_dash_adds_to_a_title_stays_in_it_where_the_employer_stands_apart():
    """'Senior Engineer – Payments': the dash adds the title's team or unit. Where the
    line's fields are set apart by a stronger mark ('·', '|') or the employer has a line of
    its own, the dash is inside the title, whatever else the block holds."""
    jobs = _work(
        "Backend Developer · Acme Ltd\nLondon · Jan 2015 – Dec 2019\n• Built the billing API\n"
        "\n"
        "Senior Engineer – Payments\nStripe\nJan 2020 – Present\n"
        "\n"
        "Department Manager – Apparel · Reliance Retail Ltd.\nPune · Apr 2015 – May 2017\n"
        "\n"
        "Shopify · Staff Engineer – Checkout\nOttawa · Jun 2012 – Mar 2015\n"
        "\n"
        "Team Lead – Support Tools | Zendesk | 2009 – 2012"
    )
    assert [(job.get("position"), job.get("name")) for job in jobs] == [
        ("Backend Developer", "Acme Ltd"),
        ("Senior Engineer – Payments", "Stripe"),
        ("Department Manager – Apparel", "Reliance Retail Ltd."),
        ("Staff Engineer – Checkout", "Shopify"),
        ("Team Lead – Support Tools", "Zendesk"),
    ]
    assert not any(job.get("description") for job in jobs)


def test_a_title_then_a_dash_then_the_employer_alone_on_its_line_keeps_the_employer():
    """'Software Engineer – Google' over its dates and town: the employer after the dash."""
    [job] = _work("Software Engineer – Google\nMountain View, CA · 2018 – 2021")
    assert (job["position"], job["name"]) == ("Software Engineer", "Google")


def test_a_dash_inside_a_title_or_an_employer_beside_a_bar_or_a_dot_is_part_of_it():
    """'OTR Driver – Dry Van & Reefer · Miller & Sons', 'Nurse | Hospices Civils de Lyon –
    Hôpital Édouard Herriot': a bar or a dot parts the fields, as a line's end does, and the
    dash inside one adds to it (the kind of work, the site of a group)."""
    [driver, nurse] = _work(
        "OTR Driver – Dry Van & Reefer · Miller & Sons Freight Inc.\n"
        "Hammond, IN · Apr 2019 – Present\n"
        "Infirmière | Hospices Civils de Lyon – Hôpital Édouard Herriot\n"
        "Lyon | 2008 – 2010"
    )
    assert (driver["position"], driver["name"]) == (
        "OTR Driver – Dry Van & Reefer",
        "Miller & Sons Freight Inc.",
    )
    assert (nurse["position"], nurse["name"]) == (
        "Infirmière",
        "Hospices Civils de Lyon – Hôpital Édouard Herriot",
    )


def test_a_department_and_its_agency_beside_the_title_are_one_employer():
    [job] = _work(
        "Logistics Management Specialist · Department of the Navy, Naval Supply Systems "
        "Command\nNorfolk, VA · Jun 2021 – Present"
    )
    assert job["name"] == "Department of the Navy, Naval Supply Systems Command"


def test_the_field_of_a_title_beside_its_employer_stays_in_the_title():
    """'Lecturer in Physical Chemistry · University of Bristol': what the lecturer teaches,
    then the employer; not a job at 'Physical Chemistry'."""
    [job] = _work("Lecturer in Physical Chemistry · University of Bristol\nBristol · 2005 – 2008")
    assert (job["position"], job["name"]) == (
        "Lecturer in Physical Chemistry",
        "University of Bristol",
    )
