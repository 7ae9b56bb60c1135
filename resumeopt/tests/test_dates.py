import pytest

from resumeopt.dates import find_date_range, format_date, format_range, parse_date


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


@pytest.mark.parametrize("written", ["", "soon", "13/2020", "2020-13", "Present"])
def test_parse_date_refuses_what_is_not_a_date(written):
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
