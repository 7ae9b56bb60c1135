"""Where a job was: the place written after its employer."""

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
    assert read_location("Cascavel, PR") == {"city": "Cascavel", "region": "PR"}
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
