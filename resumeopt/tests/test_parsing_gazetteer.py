"""Towns of the gazetteer (places.tsv, GeoNames): read where a place is written, never a
person's name or a word of an employer's."""

import marshal

import pytest

from resumeopt.importers.parsing import Line, lexicon, parse_lines
from resumeopt.importers.parsing.lexicon import lone_city, read_location, region_named


def _parse(text: str) -> dict:
    return parse_lines([Line(line) for line in text.splitlines()])


def _jobs(document: dict) -> list[tuple]:
    return [(job.get("name"), job.get("position"), job.get("location")) for job in document["work"]]


def test_a_town_only_the_gazetteer_knows_is_a_place_where_a_place_is_expected():
    assert lone_city("Daventry", guarded=True) == {"city": "Daventry", "countryCode": "GB"}
    assert lone_city("Krishnagiri", guarded=True)["countryCode"] == "IN"
    # Anywhere a name may stand it is not: employers are named after towns too.
    assert lone_city("Daventry") is None
    assert lone_city("Toyota") is None
    # England's Kettering and Ohio's are alike in size: no country is guessed.
    assert lone_city("Kettering", guarded=True) == {"city": "Kettering"}


@pytest.mark.parametrize(
    "name", ["Of", "Man", "Surprise", "Orange", "Marion", "Sherman", "University", "Mentor"]
)
def test_a_town_named_like_a_word_or_a_person_is_no_place_alone(name):
    assert lone_city(name, guarded=True) is None


def test_a_small_town_named_like_a_person_is_a_place_beside_its_region():
    assert read_location("Marion, Ohio") == {
        "city": "Marion",
        "countryCode": "US",
        "region": "Ohio",
    }
    assert read_location("University, Florida") is None  # a name of a school's word, never


def test_a_town_that_shares_a_regions_name_alone_is_the_region():
    assert lone_city("Ontario", guarded=True) is None  # Ontario, California
    assert region_named("Ontario") == {"region": "Ontario", "countryCode": "CA"}


def test_a_district_before_a_great_city_leaves_the_city_its_own():
    # Thanh Xuân is a district of Hà Nội, not a town in the province of Hà Nội.
    assert read_location("Thanh Xuân, Hà Nội") is None


def test_the_contact_headers_town_alone_on_its_line():
    document = _parse(
        "Kyle Brennan\nKettering\n07700 900 283\nkyle.brennan88@gmail.com\n\n"
        "Employment\nTeam Leader, Amazon UK\nOct 2020 - Present"
    )
    assert document["basics"]["name"] == "Kyle Brennan"
    assert document["basics"]["location"] == {"city": "Kettering"}


def test_the_contact_headers_town_beside_contact_details():
    document = _parse(
        "Katarzyna Nowak\nGliwice | +48 601 555 734 | k.nowak.dev@gmail.com\n\n"
        "Experience\nSoftware Engineer, Future Processing (03/2021 - present)"
    )
    assert document["basics"]["location"] == {"city": "Gliwice", "countryCode": "PL"}


def test_a_person_named_like_towns_keeps_the_name():
    document = _parse(
        "Austin Warren\n(512) 555-0147 | austin.warren@gmail.com\n\n"
        "Experience\nWarehouse Associate, Costco\nJan 2019 - Present"
    )
    assert document["basics"]["name"] == "Austin Warren"
    assert "location" not in document["basics"]
    document = _parse(
        "Marion Jackson\nLakeland, FL | (863) 555-0194 | marion.jackson.rn@yahoo.com\n\n"
        "Experience\nRegistered Nurse, AdventHealth\n08/2016 - 04/2019"
    )
    assert document["basics"]["name"] == "Marion Jackson"
    assert document["basics"]["location"] == {"city": "Lakeland", "region": "FL"}


@pytest.mark.parametrize(
    "line, employer, place",
    [
        ("Bank of America — Tampa, FL", "Bank of America", "Tampa, FL"),
        ("Boston Consulting Group | Kettering", "Boston Consulting Group", "Kettering"),
        ("Texas Instruments - Sherman, TX", "Texas Instruments", "Sherman, TX"),
        ("Reading Borough Council, Bracknell", "Reading Borough Council", "Bracknell"),
        ("Lakeland Regional Health — Lakeland, FL", "Lakeland Regional Health", "Lakeland, FL"),
        ("Magazine Luiza – Indaiatuba", "Magazine Luiza", "Indaiatuba"),
        ("CLAAS KGaA mbH – Harsewinkel", "CLAAS KGaA mbH", "Harsewinkel"),
    ],
)
def test_an_employer_keeps_the_words_of_its_name_and_its_town_is_its_place(line, employer, place):
    document = _parse(f"Jane Roe\n\nExperience\n{line}\nTeam Leader\n2019 - 2021")
    assert _jobs(document) == [(employer, "Team Leader", place)]


def test_an_employer_named_like_a_town_stays_the_employer():
    document = _parse("Jane Roe\n\nExperience\nProduction Engineer | Toyota\n2019 - 2021")
    assert _jobs(document) == [("Toyota", "Production Engineer", None)]
    document = _parse("Jane Roe\n\nExperience\nNokia | Espoo\nSoftware Engineer\n2019 - 2021")
    assert _jobs(document) == [("Nokia", "Software Engineer", "Espoo")]


def test_a_town_after_a_dash_is_not_glued_to_the_employer():
    document = _parse("Jane Roe\n\nEmployment\nTeam Leader - Amazon UK - Rugby\nOct 2020 - Present")
    assert _jobs(document) == [("Amazon UK", "Team Leader", "Rugby")]


@pytest.mark.parametrize(
    "header",
    [
        "Amazon UK, Rugby\nTeam Leader",
        "Amazon UK | Rugby\nTeam Leader",
        "Amazon UK - Rugby\nTeam Leader",
    ],
)
def test_a_town_named_like_a_word_right_after_the_employer_is_its_place(header):
    document = _parse(f"Jane Roe\n\nEmployment\n{header}\nOct 2020 - Present")
    assert _jobs(document) == [("Amazon UK", "Team Leader", "Rugby")]


def test_a_town_named_like_a_word_with_no_employer_beside_it_is_no_place():
    document = _parse("Jane Roe\n\nEmployment\nSurprise\nTeam Leader\nOct 2020 - Present")
    assert _jobs(document) == [("Surprise", "Team Leader", None)]


def test_the_towns_are_compiled_once_and_rebuilt_when_stale(tmp_path, monkeypatch):
    compiled = tmp_path / "places.compiled"
    monkeypatch.setattr(lexicon, "PLACES_COMPILED", compiled)
    lexicon._cities.cache_clear()
    try:
        assert lexicon.lone_city("Daventry", guarded=True)
        stamp, (index, towns) = marshal.loads(compiled.read_bytes())
        assert stamp == lexicon._places_stamp() and "daventry" in index
        compiled.write_bytes(marshal.dumps(("stale", ({}, []))))
        lexicon._cities.cache_clear()
        assert lexicon.lone_city("Daventry", guarded=True)  # rebuilt, not read stale
        assert marshal.loads(compiled.read_bytes())[0] == lexicon._places_stamp()
    finally:
        lexicon._cities.cache_clear()


def test_an_address_with_its_postcode_after_the_town_names_the_town():
    from resumeopt.importers.parsing.lexicon import address_location

    assert address_location("14 Greenview Drive, Northampton NN3 7PL")["city"] == "Northampton"
    found = address_location("No. 14, 3rd Cross Street, Velachery, Chennai - 600042, Tamil Nadu.")
    assert (found["city"], found["region"]) == ("Chennai", "Tamil Nadu")
    # A postcode before the town and a district's number after it, as before.
    assert address_location("Vinohradská 45, 120 00 Praha 2 (Czech Republic)")["city"] == "Praha"
