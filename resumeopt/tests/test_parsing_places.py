"""Where a job was: the place written after its employer."""

from resumeopt.importers import import_text
from resumeopt.importers.parsing import Line, parse_lines

RESUME = """Jane Roe

EXPERIENCE
QA Engineer at Checkmarx, Ramat Gan
2019 - 2021

Backend Developer at Wix, Tel Aviv, Israel
2016 - 2019

Engineer at Google, Search Infrastructure Team
2014 - 2016"""


def test_the_place_after_title_at_company_is_the_jobs_location():
    document = parse_lines([Line(text) for text in RESUME.splitlines()])
    assert [(job.get("name"), job.get("location")) for job in document["work"]] == [
        ("Checkmarx", "Ramat Gan"),
        ("Wix", "Tel Aviv, Israel"),
        ("Google", None),
    ]


def test_a_town_with_its_states_code_is_a_place_where_people_write_it_so():
    from resumeopt.importers.parsing.lexicon import read_location

    assert read_location("Joinville, SC") == {"city": "Joinville", "region": "SC"}  # US first
    # PR is also Puerto Rico's code: the country is given only because Curitiba is known to be
    # a Brazilian town (as Pune is Indian, MH being the Marshall Islands' code too).
    assert read_location("Curitiba, PR") == {
        "city": "Curitiba",
        "region": "PR",
        "countryCode": "BR",
    }
    # A town no list knows: PR may be Puerto Rico's.
    assert read_location("Taquarivaí, PR") == {"city": "Taquarivaí", "region": "PR"}
    # Cascavel is a Brazilian town of the gazetteer (places.tsv).
    assert read_location("Cascavel, PR")["countryCode"] == "BR"
    assert read_location("Osasco, SP") == {"city": "Osasco", "region": "SP", "countryCode": "BR"}
    assert read_location("Campinas, SP, Brasil") == {
        "city": "Campinas",
        "region": "SP",
        "countryCode": "BR",
    }
    assert read_location("Parramatta, NSW")["countryCode"] == "AU"
    assert read_location("Pune, MH") == {"city": "Pune", "region": "MH", "countryCode": "IN"}
    assert read_location("Leeds, UK") == {"city": "Leeds", "countryCode": "GB"}
    # Credentials, degrees and legal forms after a name are no state's code.
    assert read_location("Grace Adeyemi, RN") is None
    assert read_location("Siemens, AG") is None
    assert read_location("Sales, HR") is None


def test_a_brazilian_employers_town_and_state_are_its_location():
    text = """Ana Souza

EXPERIÊNCIA PROFISSIONAL
Banco Inter – Belo Horizonte, MG
Analista de Dados – jan/2021 a atual
"""
    document = parse_lines([Line(line) for line in text.splitlines()])
    assert [(job.get("name"), job.get("location")) for job in document["work"]] == [
        ("Banco Inter", "Belo Horizonte, MG")
    ]


def _jobs(text: str) -> list[tuple]:
    document = parse_lines([Line(line) for line in text.splitlines()])
    return [(job.get("name"), job.get("location")) for job in document["work"]]


def test_a_business_or_team_after_the_employer_is_no_place():
    text = """Jane Roe

EXPERIENCE
Software Engineer | Google | Cloud Platform
2019 - 2021
Analyst, Barclays, Retail Banking    2016 - 2019
"""
    assert _jobs(text) == [("Google", None), ("Barclays", None)]


def test_a_district_and_its_town_are_kept_as_written():
    text = """Jane Roe

EXPERIENCE
Accounts Officer, Dangote Cement Plc, Ikoyi, Lagos             March 2020 – Date
Accounts Assistant, Nigerian Bottling Company, Ikeja, Lagos    Jan 2017 – Feb 2020
Sales Executive | Reliance Retail | Andheri East, Mumbai      2014 – 2016
"""
    assert _jobs(text) == [
        ("Dangote Cement Plc", "Ikoyi, Lagos"),
        ("Nigerian Bottling Company", "Ikeja, Lagos"),
        ("Reliance Retail", "Andheri East, Mumbai"),
    ]


def test_a_town_no_list_knows_after_the_employer_is_still_its_place():
    text = """Jane Roe

EXPERIENCE
Mechatronics Technician – Krones AG, Neutraubling      08/2016 – 09/2021
Accountant at KPMG, Victoria Island
2013 - 2016
"""
    assert _jobs(text) == [("Krones AG", "Neutraubling"), ("KPMG", "Victoria Island")]


def test_the_employers_short_form_in_brackets_is_no_place():
    text = """Chiamaka Okafor

NATIONAL YOUTH SERVICE
National Youth Service Corps (NYSC), Kano State, 2019 – 2020
Laboratory Assistant, Aminu Kano Teaching Hospital (Place of Primary Assignment)
"""
    assert _jobs(text) == [("National Youth Service Corps (NYSC)", "Kano State")]


def test_a_town_alone_beside_the_dates_under_title_and_employer_is_the_place():
    """ "Title · Employer" over "Town · Dates", as our exports and many resumes write a job:
    the town no list knows is its place; a kind of employment or a team there is not."""
    work = import_text(
        "Gareth Hughes\ngareth@example.co.uk\n\nEXPERIENCE\n"
        "Apprentice Electrician · Dyfed Electrical Services Ltd\nDidsbury · Sep 2012 – Aug 2016\n"
        "  - Domestic rewires and consumer unit changes\n\n"
        "Magazynier · Raben Logistics Polska\nGądki | 2019 – 2021\n\n"
        "Python Developer · Wix\nFull-time · 2017 – 2019\n\n"
        "Backend Developer · Yandex\nSearch Team · 2015 – 2017\n"
    ).document["work"]
    assert [(job["name"], job.get("location")) for job in work] == [
        ("Dyfed Electrical Services Ltd", "Didsbury"),
        ("Raben Logistics Polska", "Gądki"),
        ("Wix", None),
        ("Yandex", None),
    ]


def test_the_unit_after_the_title_and_a_comma_stays_in_the_title_before_a_dot_and_the_employer():
    """ "Staff Nurse, Cardiac ICU · Amrita Hospital": the unit the job is in is part of the
    title, as before a dash; the employer follows the dot."""
    work = import_text(
        "Anu Thomas\nanu@example.in\n\nEXPERIENCE\n"
        "Staff Nurse, Cardiac ICU · Amrita Institute of Medical Sciences\n"
        "Kochi · 2019 – Present\n\n"
        "Product Manager, Payments | Mercado Libre\nBuenos Aires | 2016 – 2019\n"
    ).document["work"]
    assert [(job["position"], job["name"]) for job in work] == [
        ("Staff Nurse, Cardiac ICU", "Amrita Institute of Medical Sciences"),
        ("Product Manager, Payments", "Mercado Libre"),
    ]


def test_a_town_with_its_site_in_brackets_is_the_jobs_place_as_written():
    document = import_text(
        "Darren Whitlock\n\nEMPLOYMENT HISTORY\n"
        "Mar 2020 – Present\tWincanton plc\tDaventry (DIRFT)\tClass 1 HGV Driver\n"
        "Sep 2016 – Feb 2020\tDHL Supply Chain\tMilton Keynes (Magna Park)\tWarehouse Operative\n"
    ).document
    assert [(job["name"], job.get("location")) for job in document["work"]] == [
        ("Wincanton plc", "Daventry (DIRFT)"),
        ("DHL Supply Chain", "Milton Keynes (Magna Park)"),
    ]


def test_the_specialty_after_the_title_stays_in_it_at_the_end_of_the_employers_line():
    work = import_text(
        "Claire Dubois\n\nEXPERIENCE\n\n"
        "Eastern Townships School Board, Sherbrooke — Secondary Teacher, Mathematics\n"
        "September 2019 – Present\n\n"
        "Riverside School Board, Saint-Lambert — Substitute Teacher\n"
        "January 2017 – June 2019\n"
    ).document["work"]
    assert [(job["position"], job["name"]) for job in work] == [
        ("Secondary Teacher, Mathematics", "Eastern Townships School Board"),
        ("Substitute Teacher", "Riverside School Board"),
    ]
