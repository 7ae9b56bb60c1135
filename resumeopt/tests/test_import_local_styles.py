"""How resumes of other countries and professions write their jobs: month abbreviations,
titles whose head comes first, an employer above several roles in its units."""

import pytest

from resumeopt.dates import find_date_range
from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.entries import reads_as_body
from resumeopt.importers.parsing.lexicon import role_score


@pytest.mark.parametrize(
    "written, start, end",
    [
        ("mar/2021 – atual", "2021-03", None),
        ("jan/2018 – fev/2021", "2018-01", "2021-02"),
        ("Set/2019 - Out/2020", "2019-09", "2020-10"),
        ("dic./2019", "2019-12", None),
        ("okt/2020 - heute", "2020-10", None),
    ],
)
def test_month_abbreviations_before_a_slashed_year_are_dates(written, start, end):
    found = find_date_range(written)
    assert (found.start, found.end) == (start, end)


def test_a_local_abbreviation_without_its_slash_is_an_ordinary_word():
    assert find_date_range("Rolled out 2019 release").start == "2019"


@pytest.mark.parametrize(
    "title",
    [
        "Especialista em Excelência Operacional",
        "Analista de Processos Sênior",
        "Technicien de maintenance",
        "Controller di gestione",
        "Projektleiterin",
    ],
)
def test_titles_whose_head_comes_first_read_as_titles(title):
    assert role_score(title) >= 3


def test_a_place_name_is_not_a_department():
    assert role_score("Universidad de Sevilla") == 0
    assert role_score("Bank of America") == 0


def test_a_name_and_its_town_is_not_a_list_of_tools():
    assert not reads_as_body("Methodist Hospital, San Antonio, TX")
    assert reads_as_body("Vue, TypeScript, WebPack, SCSS")


def _work(*texts: str) -> list[dict]:
    return parse_lines([Line(text) for text in ("Ana Souza", "EXPERIENCE", *texts)])["work"]


def test_roles_below_an_employer_line_keep_it_and_a_unit_is_where_in_it():
    work = _work(
        "University Health System, San Antonio, TX",
        "Clinical Nurse Educator, Cardiovascular ICU | 03/2021 – Present",
        "• Design orientation for new graduate nurses.",
        "Staff Nurse, Medical ICU | 07/2015 – 02/2021",
        "• Cared for ventilated patients.",
        "Methodist Hospital, San Antonio, TX",
        "Registered Nurse, Cardiac Step-Down Unit | 06/2012 – 06/2015",
        "• Telemetry monitoring.",
    )
    assert [(job["position"], job["name"]) for job in work] == [
        ("Clinical Nurse Educator", "University Health System"),
        ("Staff Nurse", "University Health System"),
        ("Registered Nurse", "Methodist Hospital"),
    ]
    assert work[1]["description"] == "Medical ICU"


def test_a_role_whose_dates_are_on_the_line_below_its_title_keeps_the_employer_above():
    work = _work(
        "Stellantis — Betim",
        "Analista de Processos Sênior",
        "jan/2018 – fev/2021",
        "• Redução de 22% no tempo de setup.",
        "Analista de Processos Pleno",
        "jul/2016 – dez/2017",
        "• Mapeamento de fluxo de valor.",
    )
    assert [(job["position"], job["name"], job["startDate"]) for job in work] == [
        ("Analista de Processos Sênior", "Stellantis", "2018-01"),
        ("Analista de Processos Pleno", "Stellantis", "2016-07"),
    ]


def test_a_function_after_a_title_under_the_employer_above_is_part_of_the_title():
    work = _work(
        "PACCAR Inc — Bellevue, WA",
        "Assistant Controller    April 2019 – Present",
        "• Own the monthly close.",
        "Senior Manager, Financial Reporting    June 2016 – March 2019",
        "• Prepared 10-K segment disclosures.",
    )
    assert [(job["position"], job["name"]) for job in work] == [
        ("Assistant Controller", "PACCAR Inc"),
        ("Senior Manager, Financial Reporting", "PACCAR Inc"),
    ]


def test_a_header_line_dashed_between_its_fields_is_no_sentence():
    work = _work(
        "Gennaio 2019 – oggi",
        "Responsabile Acquisti Materie Prime – Barilla G. e R. Fratelli S.p.A., Parma",
        "• Gestione di un budget d'acquisto di 180 milioni di euro l'anno.",
    )
    assert [(job["position"], job["name"], job["startDate"]) for job in work] == [
        ("Responsabile Acquisti Materie Prime", "Barilla G. e R. Fratelli S.p.A.", "2019-01")
    ]


def test_a_street_address_or_a_canadian_town_in_the_header_is_the_place_not_the_headline():
    italian = parse_lines(
        [Line("Francesca Romano"), Line("Via Emilia Est 45, 43123 Parma · francesca@example.it")]
    )["basics"]
    assert "label" not in italian
    assert italian["location"]["city"] == "Parma"
    canadian = parse_lines(
        [Line("Jennifer Tremblay"), Line("Ottawa, ON K1Y 4E9 | jennifer@example.ca")]
    )["basics"]
    assert "label" not in canadian
    assert canadian["location"] == {"city": "Ottawa", "region": "ON", "countryCode": "CA"}
