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
    # Alone on its line among the contact lines, it is the place; which Victoria is not known.
    assert alone["basics"]["location"] == {"city": "Victoria"}
    assert "label" not in alone["basics"]


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


def header_place(text: str) -> dict | None:
    document = parse(text + "\n\nEXPERIENCE\nBarista, Starbucks, 2016 – 2018\n")
    return document["basics"].get("location")


def test_a_region_written_alone_or_before_its_country_is_the_region():
    assert header_place("Lukas Schmidt\nBavaria, Germany | +49 160 555 7712") == {
        "region": "Bavaria",
        "countryCode": "DE",
    }
    assert header_place("Ryan Hughes\nGreater Manchester | 07700 900 812 | r.h@example.com") == {
        "region": "Greater Manchester",
        "countryCode": "GB",
    }
    # A town that is also a subdivision stays a town.
    assert header_place("Ravi Patel\nDerby, UK · 07911 555 204")["city"] == "Derby"


def test_a_town_no_list_knows_before_its_state_or_region_on_a_contact_line():
    assert header_place("Seun Adebayo\nIkeja, Lagos State | 0803 555 1290") == {
        "city": "Ikeja",
        "region": "Lagos State",
        "countryCode": "NG",
    }
    assert header_place("Ana Cruz\nQuezon City, Metro Manila 1101\nMobile: 0918 555 7721") == {
        "city": "Quezon City",
        "region": "Metro Manila",
        "countryCode": "PH",
    }


def test_postcodes_and_state_codes_written_the_local_way():
    assert header_place("Ben Nguyen\nParramatta NSW 2150 | 0412 987 554") == {
        "city": "Parramatta",
        "region": "NSW",
        "countryCode": "AU",
    }
    assert header_place("Fernanda Santos\nSão Paulo - SP | Telefone: (11) 98765-4321") == {
        "city": "São Paulo",
        "region": "SP",
        "countryCode": "BR",
    }
    place = header_place(
        "Neha Agarwal\nAddress: Flat 402, Tower B, DLF Phase 3, Gurugram, Haryana - 122002"
        "\nMobile: +91 98110 44321"
    )
    assert (place["city"], place["region"]) == ("Gurugram", "Haryana")
    place = header_place(
        "12 Rathmines Road Lower, Dublin 6, D06 F2K8\n+353 87 555 2231\n\nAOIFE BYRNE"
    )
    assert (place["city"], place["countryCode"]) == ("Dublin", "IE")
    place = header_place("Faith Otieno\nP.O. Box 19676-00202, Nairobi\nTel: 0722 555 418")
    assert (place["city"], place["countryCode"]) == ("Nairobi", "KE")
    assert (
        header_place("Ana Lee\nLekki Phase 1, Lagos, Nigeria | +234 803 555 6789")["city"]
        == "Lagos"
    )


def test_a_doctors_letters_after_the_name_are_no_state():
    document = parse(
        "PRIYA VENKATARAMAN, MD, MPH\nAnn Arbor, MI 48109 | (734) 555-0172\n\n"
        "EXPERIENCE\nHospitalist, Michigan Medicine, Ann Arbor, MI   Aug 2019 – Present\n"
    )
    assert document["basics"]["name"] == "Priya Venkataraman"
    assert document["basics"]["location"] == {"city": "Ann Arbor", "region": "MI"}


def test_a_town_also_a_name_alone_on_its_line_among_contact_lines():
    assert header_place("Jordan Alvarez\nAustin\n(512) 555-0147\njordan@example.com") == {
        "city": "Austin"
    }
    # Without contact details around it a lone word is not taken for a place.
    assert header_place("Jordan Alvarez\nAustin") is None


def test_an_employer_named_after_its_state_is_no_place():
    for employer in ("Transport for NSW", "Service NSW", "TAFE NSW", "Health SA", "Acme - HR"):
        assert read_location(employer) is None
    assert read_location("Brisbane QLD") == {
        "city": "Brisbane",
        "region": "QLD",
        "countryCode": "AU",
    }
    assert read_location("Campinas - SP")["countryCode"] == "BR"
    document = parse(
        "James Lee\njames@example.com\n\nCAREER HISTORY\n"
        "Financial Accountant\nTransport for NSW, Sydney          Feb 2023 – Feb 2024\n"
    )
    assert jobs(document) == [("Transport for NSW", "Financial Accountant", "Sydney")]


def test_a_known_town_says_which_country_a_shared_state_code_belongs_to():
    # MG is Minas Gerais and Madagascar's code: Belo Horizonte is in Brazil.
    assert read_location("Belo Horizonte - MG") == {
        "city": "Belo Horizonte",
        "region": "MG",
        "countryCode": "BR",
    }
    assert "countryCode" not in read_location("Madrid, ES")  # Spain, or Espírito Santo


def test_a_name_before_a_province_is_no_town():
    document = parse(
        "Jane Doe, Ontario\njane@example.com\n\nEXPERIENCE\nBarista, Starbucks, 2016\n"
    )
    # The name, then the province the person lives in; "Jane Doe" is no town of it.
    assert document["basics"]["name"] == "Jane Doe"
    assert document["basics"]["location"] == {"region": "Ontario", "countryCode": "CA"}
    assert header_place("Quezon City, Metro Manila\nAna Cruz\nana@example.com")["city"] == (
        "Quezon City"
    )


def test_a_name_before_a_state_code_is_the_name_and_the_code_its_place_where_unambiguous():
    def first_line(text: str) -> dict:
        return parse(f"{text}\njane@example.com\n\nEXPERIENCE\nBarista, Starbucks, 2016\n")[
            "basics"
        ]

    assert first_line("Jane Doe, ON") == {
        "name": "Jane Doe",
        "email": "jane@example.com",
        "location": {"region": "ON", "countryCode": "CA"},
    }
    assert first_line("Liam Walsh, NSW")["location"] == {"region": "NSW", "countryCode": "AU"}
    assert first_line("Ana Souza, SP")["location"] == {"region": "SP", "countryCode": "BR"}
    # "IN", "OR" and "ME" are words as well as states: the name is read, no place guessed.
    for text in ("John Smith, IN", "Amy Lee, OR", "Sam Ode, ME"):
        basics = first_line(text)
        assert basics["name"] == text.split(",")[0] and "location" not in basics
    # Letters a state shares with a credential are the credential: no place.
    for text in ("Jane Doe, MD", "Jane Doe, RN", "Jane Doe, MBA"):
        basics = first_line(text)
        assert basics["name"] == "Jane Doe" and "location" not in basics


def test_a_known_town_with_its_postcode_or_its_region_in_brackets():
    assert header_place("Sophie Harrington\nManchester M14 5RH · 07700 900461") == {
        "city": "Manchester",
        "countryCode": "GB",
        "postalCode": "M14 5RH",
    }
    assert header_place("Chloe Whitaker\nBristol BS3 · 07700 900 617")["city"] == "Bristol"
    assert header_place("Émilie Tremblay\nOttawa (Ontario) · 613-555-0128") == {
        "city": "Ottawa",
        "countryCode": "CA",
        "region": "Ontario",
    }
    assert read_location("Munich (Bavaria)") == {
        "city": "Munich",
        "countryCode": "DE",
        "region": "Bavaria",
    }
    assert read_location("Unilever (UK)") is None  # an employer and its country


def test_chinese_japanese_and_korean_provinces_are_read_as_written():
    assert header_place("Li Wei\nShenzhen, Guangdong, China · +86 138 0013 5521") == {
        "city": "Shenzhen",
        "region": "Guangdong",
        "countryCode": "CN",
    }
    assert header_place("Zhang Min\nGuangdong · zhangmin@example.com") == {
        "region": "Guangdong",
        "countryCode": "CN",
    }
    assert header_place("Kim Minji\nSuwon, Gyeonggi-do | minji@example.com") == {
        "city": "Suwon",
        "region": "Gyeonggi-do",
        "countryCode": "KR",
    }
    assert header_place("Sato Yuki\nYokohama, Kanagawa | yuki@example.com")["region"] == "Kanagawa"
    # Taiwan is its own country here, not a province of China.
    assert header_place("Chen Yi\nTaipei, Taiwan | yi@example.com")["countryCode"] == "TW"


def test_a_town_named_like_a_word_with_its_english_county_and_a_nurses_letters():
    document = parse(
        "Aoife Byrne RGN\nReading, Berkshire | 07700 900 418 | aoife@example.com\n\n"
        "EXPERIENCE\nStaff Nurse, Royal Berkshire Hospital, 2016\n"
    )
    assert document["basics"]["name"] == "Aoife Byrne"
    assert document["basics"]["location"] == {
        "city": "Reading",
        "countryCode": "GB",
        "region": "Berkshire",
    }
    assert {"name": "RGN"} in document["certificates"]
