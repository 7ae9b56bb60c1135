"""A city written alone is a place where a place is expected: a job's or a school's
header piece, a contact line, "City, Region"; never a word, a name or an employer."""

from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.lexicon import lone_city, read_location


def parse(text: str) -> dict:
    return parse_lines([Line(line) for line in text.splitlines()])


def jobs(document: dict) -> list[tuple]:
    return [(job.get("name"), job.get("position"), job.get("location")) for job in document["work"]]


def test_a_known_city_alone_and_its_other_spellings():
    assert lone_city("Lagos") == {"city": "Lagos", "countryCode": "NG"}
    assert lone_city("Bangalore") == {"city": "Bangalore", "countryCode": "IN"}
    assert lone_city("München")["countryCode"] == "DE"
    assert lone_city("Sao Paulo")["countryCode"] == "BR"
    assert lone_city("Kiev")["countryCode"] == "UA"
    assert lone_city("QUEZON CITY")["countryCode"] == "PH"
    # A word, a name or a company word is a city only where the caller allows it.
    assert lone_city("Reading") is None
    assert lone_city("Jackson") is None
    assert lone_city("Phoenix", guarded=True) == {"city": "Phoenix", "countryCode": "US"}
    assert lone_city("mobile", guarded=True) is None  # a word in lower case
    assert lone_city("Acme") is None


def test_a_city_with_a_region_no_other_rule_knows():
    assert read_location("Bengaluru, Karnataka") == {
        "city": "Bengaluru",
        "region": "Karnataka",
        "countryCode": "IN",
    }
    assert read_location("Ibadan, Oyo State")["countryCode"] == "NG"
    assert read_location("Bath, Somerset") == {
        "city": "Bath",
        "region": "Somerset",
        "countryCode": "GB",
    }
    assert read_location("Phoenix, Sales") is None
    assert read_location("Lagos, Marketing") is None


def test_a_lone_city_in_a_job_header_is_the_jobs_place():
    document = parse(
        """Tomás Herrera

EXPERIENCE
Care Assistant
Sunrise Senior Living · Seattle
March 2019 – June 2021
- Helped residents with daily routines

Process Engineer
Continental (Hanover)
Feb 2015 – Feb 2019
- Ran line trials

Data Analyst | Jumia | Lagos | 2012 – 2015
- Built weekly sales dashboards
"""
    )
    assert jobs(document) == [
        ("Sunrise Senior Living", "Care Assistant", "Seattle"),
        ("Continental", "Process Engineer", "Hanover"),
        ("Jumia", "Data Analyst", "Lagos"),
    ]


def test_a_city_that_is_also_a_word_or_a_name_is_a_place_only_beside_the_employer():
    document = parse(
        """Priya Nair

WORK HISTORY
Store Manager
Phoenix Retail Group · Phoenix
2020 – Present
- Ran a team of twelve

Account Executive
Mobile
2017 – 2020
- Sold handsets to businesses

Receptionist · Jackson · Reading
2015 – 2017
- Answered phones
"""
    )
    assert jobs(document) == [
        ("Phoenix Retail Group", "Store Manager", "Phoenix"),
        ("Mobile", "Account Executive", None),
        ("Jackson", "Receptionist", "Reading"),
    ]


def test_a_lone_city_on_the_contact_lines_is_where_the_person_lives():
    document = parse(
        """Amara Okafor
London
amara.okafor@example.com | +44 7700 900456

EXPERIENCE
Nurse, Guy's and St Thomas' NHS Foundation Trust, 2019 – 2023
"""
    )
    assert document["basics"]["location"] == {"city": "London", "countryCode": "GB"}
    assert "label" not in document["basics"]


def test_a_city_that_is_also_a_name_is_a_place_beside_contact_details_only():
    document = parse(
        """Charlotte Reading
Phoenix | charlotte.r@example.com | 602 555 0101

EXPERIENCE
Barista, Starbucks, 2016 – 2018
"""
    )
    assert document["basics"]["name"] == "Charlotte Reading"
    assert document["basics"]["location"] == {"city": "Phoenix", "countryCode": "US"}
    alone = parse(
        """Grace Lin
Victoria
grace.lin@example.com

EXPERIENCE
Barista, Starbucks, 2016 – 2018
"""
    )
    assert "location" not in alone["basics"]  # "Victoria" alone may be anything


def test_a_lone_city_in_a_school_header_is_the_schools_place():
    document = parse(
        """Chidi Eze

EDUCATION
University of Ibadan | Ibadan | BSc Computer Science | 2010 – 2014
"""
    )
    (school,) = document["education"]
    assert school["institution"] == "University of Ibadan"
    assert school["location"] == "Ibadan"
