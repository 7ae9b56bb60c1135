"""Which piece of a job line is the title and which the employer, whatever their order."""

import pytest

from resumeopt.importers import read_upload


def _jobs(*lines: str) -> list[tuple[str, str, str]]:
    text = "Jane Doe\njane@example.com\n\nEXPERIENCE\n" + "".join(
        f"{line}\n- Worked with customers and teams.\n\n" for line in lines
    )
    work = read_upload(text.encode(), "cv.txt")["document"]["work"]
    return [(job.get("position"), job.get("name"), job.get("location", "")) for job in work]


@pytest.mark.parametrize(
    ("line", "position", "employer"),
    [
        # Turkish titles end in their head word: Uzmanı, Mühendisi, Müdürü.
        ("Logo Yazılım | Yazılım Uzmanı | 2019 – 2022", "Yazılım Uzmanı", "Logo Yazılım"),
        ("Aselsan | Yazılım Mühendisi | 2016 – 2019", "Yazılım Mühendisi", "Aselsan"),
        ("Garanti BBVA | Şube Müdürü | 2014 – 2016", "Şube Müdürü", "Garanti BBVA"),
        # German compounds: the head word closes a longer word.
        ("Bosch • Vertriebsleiter • 2009 – 2011", "Vertriebsleiter", "Bosch"),
        ("Siemens AG | Softwareentwickler | 2011 – 2014", "Softwareentwickler", "Siemens AG"),
        # Either order in English and Romance languages.
        ("Infosys | Senior Systems Engineer | 2016 – 2019", "Senior Systems Engineer", "Infosys"),
        ("Senior Systems Engineer | Infosys | 2016 – 2019", "Senior Systems Engineer", "Infosys"),
        ("Capgemini | Chef de projet | 2013 – 2016", "Chef de projet", "Capgemini"),
    ],
)
def test_the_title_is_found_by_its_words_in_either_order(line, position, employer):
    assert _jobs(line)[0][:2] == (position, employer)


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("A.P. Moller - Maersk | Logistics Coordinator | 2015 – 2018", "A.P. Moller - Maersk"),
        ("Logistics Coordinator - A.P. Moller - Maersk | 2015 – 2018", "A.P. Moller - Maersk"),
        ("A.P. Moller – Maersk • Logistics Coordinator • 2015 – 2018", "A.P. Moller – Maersk"),
    ],
)
def test_a_dash_inside_an_employers_name_keeps_it_whole(line, employer):
    assert _jobs(line)[0][:2] == ("Logistics Coordinator", employer)


def test_a_dash_before_a_town_still_parts_the_employer_from_it():
    assert _jobs("Infosys - Pune | Systems Engineer | 2016 – 2019")[0] == (
        "Systems Engineer",
        "Infosys",
        "Pune",
    )
    assert _jobs("Sales Manager - Unilever - London | 2010 – 2012")[0] == (
        "Sales Manager",
        "Unilever",
        "London",
    )


def test_hyphenated_company_names_stay_whole():
    assert _jobs("Rolls-Royce | Design Engineer | 2012 – 2015")[0][:2] == (
        "Design Engineer",
        "Rolls-Royce",
    )
    assert _jobs("Hewlett-Packard • Account Manager • 2010 – 2012")[0][:2] == (
        "Account Manager",
        "Hewlett-Packard",
    )
