"""Europass CVs: fields read by their labels, in a DOCX table and in flattened text."""

import io

import pytest

from resumeopt.importers import import_text, read_upload
from resumeopt.importers.parsing import Line
from resumeopt.importers.parsing.europass import (
    given_name_first,
    labelled_entries,
    read_label,
)
from resumeopt.importers.parsing.lexicon import address_location

# (section heading, label, value) rows of a classic Europass CV, in German.
GERMAN_ROWS = [
    ("Angaben zur Person", "", ""),
    ("", "Nachname(n) / Vorname(n)", "SCHNEIDER Katrin"),
    ("", "Adresse(n)", "Lindenstraße 8, 50674 Köln (Deutschland)"),
    ("", "Telefon", "+49 221 555 0142"),
    ("", "E-Mail", "katrin.schneider@example.de"),
    ("", "Staatsangehörigkeit", "deutsch"),
    ("Berufserfahrung", "", ""),
    ("", "Zeitraum", "03/2018 - heute"),
    ("", "Beruf oder Funktion", "Projektleiterin Logistik"),
    (
        "",
        "Wichtigste Tätigkeiten und Zuständigkeiten",
        "Planung der Lagerprozesse\nLeitung eines Teams von 12 Personen",
    ),
    ("", "Name und Adresse des Arbeitgebers", "Rhenus Logistics GmbH, Köln"),
    ("", "Tätigkeitsbereich oder Branche", "Logistik"),
    ("", "Zeitraum", "09/2014 - 02/2018"),
    ("", "Beruf oder Funktion", "Disponentin"),
    ("", "Name und Adresse des Arbeitgebers", "Dachser SE, Kempten"),
    ("Schul- und Berufsbildung", "", ""),
    ("", "Zeitraum", "2010 - 2014"),
    ("", "Bezeichnung der erworbenen Qualifikation", "Bachelor of Arts in Logistikmanagement"),
    ("", "Name und Art der Bildungs- oder Ausbildungseinrichtung", "Hochschule Bremen"),
    ("", "Stufe der nationalen oder internationalen Klassifikation", "ISCED 6"),
]


def _europass_docx(rows: list[tuple[str, str, str]]) -> bytes:
    """A Europass CV as the template lays it out: one two-column table, headings and
    labels in the left cell, values in the right one."""
    import docx

    document = docx.Document()
    document.add_paragraph("Europass Lebenslauf")
    table = document.add_table(rows=0, cols=2)
    for heading, label, value in rows:
        left, right = table.add_row().cells
        left.text = heading or label
        if value:
            lines = value.split("\n")
            right.text = lines[0]
            for line in lines[1:]:
                right.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _flattened(rows: list[tuple[str, str, str]], separator: str) -> bytes:
    lines = ["Europass Lebenslauf"]
    for heading, label, value in rows:
        if heading:
            lines.append(heading)
        else:
            first, *more = value.split("\n")
            lines.append(f"{label}{separator}{first}")
            lines.extend(more)
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    "data, name",
    [
        (_europass_docx(GERMAN_ROWS), "cv.docx"),
        (_flattened(GERMAN_ROWS, ": "), "cv.txt"),
        (_flattened(GERMAN_ROWS, "\t"), "cv.txt"),
        (_flattened(GERMAN_ROWS, " ........ "), "cv.txt"),
        (_flattened(GERMAN_ROWS, "\n"), "cv.txt"),
    ],
    ids=["docx-table", "colon", "tab", "dot-leaders", "label-over-value"],
)
def test_a_europass_cv_is_read_by_its_labels(data, name):
    document = read_upload(data, name)["document"]
    basics = document["basics"]
    assert basics["name"] == "Katrin Schneider"
    assert basics["email"] == "katrin.schneider@example.de"
    assert basics["location"]["city"] == "Köln"
    assert basics["location"]["countryCode"] == "DE"
    first, second = document["work"]
    assert first["position"] == "Projektleiterin Logistik"
    assert first["name"] == "Rhenus Logistics GmbH"
    assert first["location"] == "Köln"
    assert first["startDate"] == "2018-03"
    assert first["description"] == "Logistik"
    assert first["highlights"] == [
        "Planung der Lagerprozesse",
        "Leitung eines Teams von 12 Personen",
    ]
    assert (second["position"], second["name"], second["startDate"], second["endDate"]) == (
        "Disponentin",
        "Dachser SE",
        "2014-09",
        "2018-02",
    )
    (school,) = document["education"]
    assert school["institution"] == "Hochschule Bremen"
    assert school["studyType"] == "Bachelor of Arts"
    assert school["area"] == "Logistikmanagement"
    assert school["startDate"] == "2010"
    # Nationality has no field of its own: it is kept with the person's details, never
    # taken for the headline nor left for the user to sort.
    assert "label" not in basics
    assert "Staatsangehörigkeit: deutsch" in basics["personal"]
    assert "Staatsangehörigkeit: deutsch" not in document.get("meta", {}).get("unsorted", [])


def test_labels_are_known_in_the_languages_europass_shipped():
    assert read_label("Occupation or position held\tSoftware Tester") == (
        "position",
        "Software Tester",
    )
    assert read_label("Fonction ou poste occupé : Chef de projet") == ("position", "Chef de projet")
    assert read_label("Nombre y dirección de la empresa o empleador  Inditex, Arteixo") == (
        "employer",
        "Inditex, Arteixo",
    )
    assert read_label("Nome e indirizzo del datore di lavoro: Fiat S.p.A., Torino") == (
        "employer",
        "Fiat S.p.A., Torino",
    )
    assert read_label("Designação da qualificação atribuída .... Licenciatura em Direito") == (
        "qualification",
        "Licenciatura em Direito",
    )
    assert read_label("Date (da – a) 2010 – 2012") == ("dates", "2010 – 2012")


def test_a_short_label_needs_its_separator_and_sentences_are_not_labels():
    assert read_label("Dates") == ("dates", "")  # the value is on the lines below
    assert read_label("Employer") is None  # a column heading as often as a label
    assert read_label("Dates of the conference were moved") is None
    assert read_label("Developed the billing service") is None
    assert read_label("Date of birth: 02/05/1990") is None  # a personal detail, not an entry's
    assert read_label("Date of birth: 02/05/1990", "personal") == ("birth", "02/05/1990")


def test_labelled_entries_open_at_each_date_and_carry_values_over_lines():
    lines = [
        Line("Dates"),
        Line("2019 - 2021"),
        Line("Occupation or position held: Nurse"),
        Line("Name and address of employer: St Mary's Hospital"),
        Line("Praed Street, London"),
        Line("Dates: 2016 - 2019"),
        Line("Occupation or position held: Staff Nurse"),
    ]
    assert labelled_entries(lines) == [
        {
            "dates": ["2019 - 2021"],
            "position": ["Nurse"],
            "employer": ["St Mary's Hospital", "Praed Street, London"],
        },
        {"dates": ["2016 - 2019"], "position": ["Staff Nurse"]},
    ]


def test_a_section_of_ordinary_entries_is_not_labelled():
    lines = [Line("Senior Engineer, Acme Corp"), Line("Dates: 2019 - 2021"), Line("Built things")]
    assert labelled_entries(lines) is None
    assert labelled_entries([Line("Dates: 2019 - 2021"), Line("Built things")]) is None


def test_a_surname_written_first_is_put_last():
    assert given_name_first("NOVÁK Jan", surname_first=True) == "Jan Novák"
    assert given_name_first("Rossi, Mario", surname_first=False) == "Mario Rossi"
    assert given_name_first("Novák Jan", surname_first=True) == "Jan Novák"
    # Three words and no mark of the surname: left as written.
    assert given_name_first("García López María", surname_first=True) == "García López María"
    assert given_name_first("Jan Novák", surname_first=False) == "Jan Novák"


def test_an_employers_street_address_leaves_its_town_as_the_jobs_place():
    document = read_upload(
        "\n".join(
            [
                "Esperienza professionale",
                "Date: 04/2019 - oggi",
                "Lavoro o posizione ricoperti: Controller di gestione",
                "Nome e indirizzo del datore di lavoro: Lavazza S.p.A., Via Bologna 32,"
                " 10152 Torino",
            ]
        ).encode(),
        "cv.txt",
    )["document"]
    (job,) = document["work"]
    assert (job["name"], job["location"], job["startDate"]) == (
        "Lavazza S.p.A.",
        "Torino",
        "2019-04",
    )


def test_an_address_gives_its_town_and_country():
    assert address_location("Vinohradská 45, 120 00 Praha 2 (Czech Republic)") == {
        "address": "Vinohradská 45, 120 00 Praha 2 (Czech Republic)",
        "countryCode": "CZ",
        "city": "Praha",
    }
    assert address_location("12 rue de la Paix, F-75002 Paris, France")["city"] == "Paris"
    assert "city" not in address_location("Via Roma 12, Italia")


def test_a_us_street_address_gives_its_town_and_state():
    assert address_location("123 Main St, Springfield, IL 62704") == {
        "address": "123 Main St, Springfield, IL 62704",
        "city": "Springfield",
        "region": "IL",
    }


def test_a_federal_resume_of_labelled_fields_gives_each_job_and_keeps_its_facts():
    result = import_text(
        "Angela Whitfield\n\nEXPERIENCE\n"
        "Employer: Department of the Army, Fort Moore Garrison\n"
        "Title: Human Resources Assistant (Military), GS-0203-07\n"
        "Dates of Employment: 11/2020 to Present\n"
        "Hours: 40 per week | Supervisor: Mr. Carl Ruiz | Contact: Yes\n"
        "• Process in- and out-processing actions for 300 soldiers a month.\n"
        "Employer: Piedmont Columbus Regional\n"
        "Title: Patient Registration Clerk\n"
        "Dates of Employment: 04/2017 to 10/2020\n"
    )
    work = result.document["work"]
    assert [(job["name"], job["position"], job["startDate"]) for job in work] == [
        (
            "Department of the Army, Fort Moore Garrison",
            "Human Resources Assistant (Military), GS-0203-07",
            "2020-11",
        ),
        ("Piedmont Columbus Regional", "Patient Registration Clerk", "2017-04"),
    ]
    assert work[0]["summary"].startswith("Process in- and out-processing")
    assert any(
        line.startswith("Hours: 40 per week") for line in result.document["meta"]["unsorted"]
    )


def test_an_indian_resume_of_company_designation_and_duration_gives_each_job():
    result = import_text(
        "Rohan Iyer\n\nPROFESSIONAL EXPERIENCE\n\n"
        "Company : Wipro Technologies, Bengaluru\n"
        "Designation : Project Engineer\n"
        "Duration : June 2020 to Till Date\n"
        "Client : A US retailer\n"
        "Responsibilities :\n"
        "- Built REST services in Spring Boot\n\n"
        "Company : HCL Technologies, Noida\n"
        "Designation : Graduate Engineer Trainee\n"
        "Duration : Aug 2017 to May 2020\n"
    )
    work = result.document["work"]
    assert [(job["name"], job["position"], job["startDate"]) for job in work] == [
        ("Wipro Technologies", "Project Engineer", "2020-06"),
        ("HCL Technologies", "Graduate Engineer Trainee", "2017-08"),
    ]
    assert work[1]["endDate"] == "2020-05"
    assert "Client : A US retailer" in result.document["meta"]["unsorted"]


def test_a_job_without_its_employer_label_keeps_no_employer():
    """Each job opens with "Company:"; one left it out. The next job's "Company:" opens that
    job, not the one above, and the job without it is left without an employer to check."""
    text = "\n".join(
        [
            "Jane Cruz",
            "jane.cruz@example.com",
            "",
            "Work Experience",
            "Company: Concentrix Technologies",
            "Position: Team Leader",
            "Duration: March 2020 - Present",
            "",
            "Position: Customer Service Representative",
            "Duration: June 2017 - February 2020",
            "Responsibilities: Billing calls.",
            "",
            "Company: Jollibee Foods Corporation",
            "Position: Service Crew",
            "Duration: April 2015 - May 2017",
        ]
    )
    result = import_text(text)
    work = result.document["work"]
    assert [(job.get("name"), job.get("position")) for job in work] == [
        ("Concentrix Technologies", "Team Leader"),
        (None, "Customer Service Representative"),
        ("Jollibee Foods Corporation", "Service Crew"),
    ]
    assert ("Experience 2", "name") in {(doubt.where, doubt.field) for doubt in result.doubts}


def test_entries_written_in_another_order_are_not_cut_at_the_first_entrys_label():
    lines = [
        Line("Dates: 2019 - 2021"),
        Line("Employer: St Mary's Hospital"),
        Line("Position: Nurse"),
        Line("Employer: Guy's Hospital"),
        Line("Dates: 2016 - 2019"),
        Line("Position: Staff Nurse"),
    ]
    assert [entry.get("employer") for entry in labelled_entries(lines)] == [
        ["St Mary's Hospital"],
        ["Guy's Hospital"],
    ]
