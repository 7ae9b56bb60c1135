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
    ],
)
def test_months_and_present_words_of_european_resumes(written, start, end, current):
    found = find_date_range(f"Analista  {written}")
    assert (found.start, found.end, found.current) == (start, end, current)


def test_a_given_name_that_is_also_a_month_is_not_a_date():
    assert find_date_range("Mai Tran, Juli Berger") is None
