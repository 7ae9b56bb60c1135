import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resumeopt import dates
from resumeopt.dates import find_date_range, format_date, format_range, is_present, parse_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2020", "2020"),
        ("2020-03", "2020-03"),
        ("2020-03-15", "2020-03-15"),
        ("Mar 2020", "2020-03"),
        ("March 2020", "2020-03"),
        ("Sept. 2019", "2019-09"),
        ("03/2020", "2020-03"),
        ("3/2020", "2020-03"),
        ("2020/03", "2020-03"),
        ("15/03/2020", "2020-03-15"),
        ("March 15, 2020", "2020-03-15"),
        ("Summer 2019", "2019-06"),
        ("Mar '20", "2020-03"),
    ],
)
def test_parse_date_reads_the_usual_forms(written, iso):
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    "written", ["", "soon", "13/2020", "2020-13", "Present", "0000", "0000-01", "0019", "9999"]
)
def test_parse_date_refuses_what_is_not_a_date(written):
    """Nor a year JSON Resume would refuse: every date read must save."""
    assert parse_date(written) is None


def test_find_date_range_with_present():
    found = find_date_range("Senior Engineer, Acme — Jan 2020 – Present")
    assert (found.start, found.end, found.current) == ("2020-01", None, True)


@pytest.mark.parametrize(
    "written",
    [
        "01/2020 – heute",
        "Sep 2018 - presente",
        "2019 – по настоящее время",
        "mars 2020 - aujourd'hui",
    ],
)
def test_find_date_range_with_present_in_other_languages(written):
    found = find_date_range(written)
    assert found.current and not found.end


def test_find_date_range_between_years():
    found = find_date_range("Acme Corp | 2018 to 2020")
    assert (found.start, found.end, found.current) == ("2018", "2020", False)


def test_format_for_reading():
    assert format_date("2020-03") == "Mar 2020"
    assert format_range("2019-01", None) == "Jan 2019 – Present"


def test_impossible_months_are_shown_as_written_and_not_measured():
    from resumeopt.dates import to_month_index

    assert format_date("9999-99") == "9999-99"
    assert to_month_index("2020-13") is None


def test_a_dotted_day_month_year_is_always_day_first():
    assert parse_date("05.11.2021") == "2021-11-05"
    assert parse_date("05/11/2021") == "2021-05-11"  # slashed and ambiguous: US order
    assert parse_date("25.12.2019") == "2019-12-25"


@pytest.mark.parametrize(
    ("written", "start", "end", "current"),
    [
        ("Octubre de 2017 – Actualidad", "2017-10", None, True),
        ("juillet 2012 - décembre 2015", "2012-07", "2015-12", False),
        ("Februar 2021 bis heute", "2021-02", None, True),
        ("giugno 2010 – in corso", "2010-06", None, True),
        ("Setembro 2018 até 2020", "2018-09", "2020", False),
        ("2019 – heden", "2019", None, True),
        ("01.2018 – obecnie", "2018-01", None, True),
        ("2020 - i dag", "2020", None, True),
        ("2015 – 2019", "2015", "2019", False),
        ("fev 2018 – fev 2021", "2018-02", "2021-02", False),
        ("dez 2019 - atual", "2019-12", None, True),
    ],
)
def test_months_and_present_words_of_european_resumes(written, start, end, current):
    found = find_date_range(f"Analista  {written}")
    assert (found.start, found.end, found.current) == (start, end, current)


def test_a_given_name_that_is_also_a_month_is_not_a_date():
    assert find_date_range("Mai Tran, Juli Berger") is None


@pytest.mark.parametrize(
    ("written", "start", "end", "current"),
    [
        ("Since 2021", "2021", None, True),
        ("since May 2018", "2018-05", None, True),
        ("Seit 03/2020", "2020-03", None, True),
        ("From 2016 to 2019", "2016", "2019", False),
        ("2017 – till now", "2017", None, True),
        ("Aug 2014 - until today", "2014-08", None, True),
        ("2012 till date", "2012", None, True),
        ("Winter '19 – Spring '21", "2019-12", "2021-03", False),
        ("Jul-2014 to Sep-2016", "2014-07", "2016-09", False),
        ("Feb-18 - Oct-19", "2018-02", "2019-10", False),
        ("Oct 2011 – Present Day", "2011-10", None, True),
        ("2009 – pres.", "2009", None, True),
        ("'15 – '18", "2015", "2018", False),
        ("’09 - present", "2009", None, True),
    ],
)
def test_open_ranges_and_seasons_as_people_write_them(written, start, end, current):
    found = find_date_range(f"Cashier  {written}")
    assert (found.start, found.end, found.current) == (start, end, current)


def test_the_word_before_a_start_date_is_part_of_the_dates():
    # "Since" left behind in a job's header would read as its employer.
    assert find_date_range("Since 2019").text == "Since 2019"
    assert find_date_range("Barista, from 2015 to 2017").text == "from 2015 to 2017"


def test_a_title_that_starts_like_present_is_no_end():
    found = find_date_range("2018 - Presales Engineer")
    assert (found.start, found.end, found.current) == ("2018", None, False)


def test_a_short_present_word_is_a_whole_word():
    found = find_date_range("2019 - Nuance Communications")
    assert (found.start, found.end, found.current) == ("2019", None, False)


def _range(text: str) -> tuple:
    found = find_date_range(text)
    return found.start, found.end, found.current


def test_ranges_written_newest_first_open_on_a_dash_or_with_dotted_local_months():
    assert _range("2021 – 2019") == ("2019", "2021", False)
    assert _range("dezembro 2024 – fevereiro 2019") == ("2019-02", "2024-12", False)
    assert _range("Present – 2021") == ("2021", None, True)
    assert _range("2020-        Associate Professor") == ("2020", None, True)
    assert _range("mar. de 2017 a dez. de 2019") == ("2017-03", "2019-12", False)
    assert _range("seit Okt. 2021") == ("2021-10", None, True)
    # A dash set apart from the year is a separator, not an open range.
    assert _range("2019 - Acme Corp") == ("2019", None, False)


# Every month name and abbreviation of every language in date_words.json, with its number.
_DATE_WORDS = json.loads((Path(dates.__file__).parent / "date_words.json").read_text("utf-8"))
_MONTH_WORDS = sorted(
    {
        (word, number)
        for language in _DATE_WORDS["months"].values()
        for kind in ("names", "abbreviations")
        for number, words in enumerate(language[kind], start=1)
        for word in words.split()
    }
)
_ORDINARY = set(_DATE_WORDS["ordinary_words"])
_PRESENT = sorted({word for words in _DATE_WORDS["present"].values() for word in words})


@given(
    month=st.sampled_from(_MONTH_WORDS),
    year=st.integers(1970, 2030),
    stop=st.sampled_from(["", "."]),
    capitalise=st.booleans(),
)
def test_every_month_of_every_language_is_read_in_a_range(month, year, stop, capitalise):
    word, number = month
    written = (word.capitalize() if capitalise else word) + stop
    found = find_date_range(f"{written} {year} – {written} {year + 1}")
    assert (found.start, found.end) == (f"{year}-{number:02d}", f"{year + 1}-{number:02d}")
    assert parse_date(f"{written} {year}") == f"{year}-{number:02d}"


@given(month=st.sampled_from(_MONTH_WORDS), year=st.integers(1970, 2030))
def test_a_month_alone_before_its_year_is_read_unless_it_is_an_ordinary_word(month, year):
    word, number = month
    found = find_date_range(f"Projectleider {word} {year}")
    if word in _ORDINARY and word not in dates.MONTHS:
        assert found.start == str(year)  # the year, not a month read into a word
    else:
        assert found.start == f"{year}-{number:02d}"


@given(present=st.sampled_from(_PRESENT), start=st.sampled_from(["2019", "mrt. 2019", "03/2019"]))
def test_every_open_end_word_leaves_the_range_open(present, start):
    found = find_date_range(f"{start} – {present}")
    assert found.current and found.end is None
    assert found.text.endswith(present)
    assert is_present(present)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("mrt. 2020 – heden", ("2020-03", None, True)),
        ("mei 2019 – okt. 2021", ("2019-05", "2021-10", False)),
        ("maart 2018 – augustus 2020", ("2018-03", "2020-08", False)),
        ("Okt. 2019 – bis heute", ("2019-10", None, True)),
        ("Jän. 2019 – Dez. 2020", ("2019-01", "2020-12", False)),
        ("févr. 2020 – à ce jour", ("2020-02", None, True)),
        ("ago 2019 - dic 2020", ("2019-08", "2020-12", False)),
        ("abr. de 2020 - presente", ("2020-04", None, True)),
        ("Feb 2019 – huidig", ("2019-02", None, True)),
        ("van 2016 tot 2018", ("2016", "2018", False)),
        ("jan. 2016 t/m dec. 2018", ("2016-01", "2018-12", False)),
        ("sinds maart 2020", ("2020-03", None, True)),
        ("2016 tot heden", ("2016", None, True)),
        ("de janeiro de 2018 até o momento", ("2018-01", None, True)),
    ],
)
def test_dates_written_in_dutch_german_french_spanish_and_portuguese(written, expected):
    found = find_date_range(written)
    assert (found.start, found.end, found.current) == expected
    assert found.text == written


@pytest.mark.parametrize(
    "text",
    [
        "Set 2019 goals for the team",
        "Marco 2020 award winner",
        "Li Mei 2019 Beijing",
        "Handled out 2019 inventory",
        "Reviewed gen 2019 hardware",
    ],
)
def test_month_names_that_are_words_make_no_month_in_ordinary_text(text):
    found = find_date_range(text)
    assert found.start == found.text == next(word for word in text.split() if word.isdigit())


def test_an_open_end_word_inside_a_name_is_no_open_end():
    assert not find_date_range("2019 – Hoyt Corp").current
    assert not find_date_range("2019 – Nuance Communications").current


@pytest.mark.parametrize(
    "text", ["Omar 2020 – 2021", "Worked with Omar 2019", "Bhujan 2019", "Kumar 2018 - 2020"]
)
def test_a_month_inside_a_word_is_no_month(text):
    assert "-" not in (find_date_range(text).start or "")


@pytest.mark.parametrize(
    "written",
    ["12 Mar 2019 - 1 Jun 2020", "12Mar2019 - 1Jun2020", "12th March 2019 to 1st June 2020"],
)
def test_a_range_of_day_first_dates_keeps_its_end(written):
    dates = find_date_range(written)
    assert (dates.start, dates.end, dates.begin) == ("2019-03-12", "2020-06-01", 0)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("03/19 – 06/21", "2019-03", "2021-06"),
        ("Mar ’19 – Jun ’21", "2019-03", "2021-06"),
        ("Q1 2019 – Q3 2020", "2019-01", "2020-07"),
    ],
)
def test_short_years_curly_apostrophes_and_quarters_keep_both_ends(written, start, end):
    dates = find_date_range(written)
    assert (dates.start, dates.end) == (start, end)


def test_a_month_and_short_year_alone_is_no_date():
    assert find_date_range("rated 5/10 by 40 users") is None
    assert find_date_range("03/19 - present").current


def test_a_month_glued_to_the_title_before_it_is_still_read():
    dates = find_date_range("Software EngineerMar 2019 - Present")
    assert (dates.start, dates.current) == ("2019-03", True)


def test_a_year_run_onto_a_products_name_is_no_date():
    assert find_date_range("AutoCAD, Revit, MS Project, SAP2000") is None
    assert find_date_range("Windows2000 administration") is None
    assert find_date_range("Engineer2019 – 2021").start == "2019"  # a converter's glue
    assert find_date_range("Jan2019").start == "2019-01"
