"""Certifications and licences: under their heading, among the schools, or left unplaced."""

from resumeopt.importers import import_text


def _certificates(document: dict) -> list[tuple]:
    return [
        (item.get("name"), item.get("issuer"), item.get("date"))
        for item in document.get("certificates", [])
    ]


def _unsorted(document: dict) -> list[str]:
    return document.get("meta", {}).get("unsorted", [])


NURSE = """Jane Miller
Columbus, OH | jane.miller@example.com | (614) 555-0199

EXPERIENCE
Staff Nurse, Cardiac ICU
Ohio State Wexner Medical Center, Columbus, OH
June 2018 - Present
- Cared for four to six critically ill patients per shift

EDUCATION
BSN, Nursing
The Ohio State University, Columbus, OH
2014 - 2018

LICENSES & CERTIFICATIONS
RN License, State of Ohio
ACLS
BLS
PALS
"""


def test_a_nurse_lists_her_licence_and_life_support_cards_and_her_bsn_is_a_degree():
    document = import_text(NURSE).document
    assert _certificates(document) == [
        ("RN License", "State of Ohio", None),
        ("ACLS", None, None),
        ("BLS", None, None),
        ("PALS", None, None),
    ]
    school = document["education"][0]
    assert (school["studyType"], school["area"], school["institution"]) == (
        "BSN",
        "Nursing",
        "The Ohio State University",
    )
    assert _unsorted(document) == []


def test_credentials_written_under_the_last_degree_without_a_heading_are_certificates():
    document = import_text(
        "John Park\njohn.park@example.com\n\n"
        "EXPERIENCE\nSenior Cloud Engineer\nContoso Ltd, Seattle, WA\nJan 2019 - Present\n\n"
        "EDUCATION\nMBA, Finance\nUniversity of Washington\n2012 - 2014\n\n"
        "AWS Certified Solutions Architect – Associate (2022)\n"
        "PMP\n"
        "CompTIA Security+ Certification, 2020\n"
    ).document
    assert _certificates(document) == [
        ("AWS Certified Solutions Architect – Associate", None, "2022"),
        ("PMP", None, None),
        ("CompTIA Security+ Certification", None, "2020"),
    ]
    assert [job["name"] for job in document["work"]] == ["Contoso Ltd"]
    assert [school["institution"] for school in document["education"]] == [
        "University of Washington"
    ]


def test_a_schools_certificate_programme_stays_with_the_education():
    document = import_text(
        "Ana Ruiz\nana@example.com\n\nEDUCATION\n"
        "Graduate Certificate in Data Science\nHarvard Extension School\n2019 - 2020\n"
    ).document
    assert "certificates" not in document
    assert document["education"][0]["institution"] == "Harvard Extension School"


def test_credentials_under_an_unknown_heading_leave_the_unplaced_lines_but_sentences_stay():
    document = import_text(
        "Sam Lee\nsam@example.com\n\nEXPERIENCE\nWarehouse Associate\nAcme Logistics\n"
        "2019 - Present\n\nADDITIONAL INFORMATION\n\n"
        "Certified Forklift Operator\n"
        "Microsoft Certified: Azure Fundamentals\n"
        "Reliable worker with a forklift certification.\n"
    ).document
    assert _certificates(document) == [
        ("Certified Forklift Operator", None, None),
        ("Microsoft Certified: Azure Fundamentals", None, None),
    ]
    assert "Reliable worker with a forklift certification." in _unsorted(document)


def test_the_issuer_and_date_line_under_a_credential_belongs_to_it():
    document = import_text(
        "Dana Levi\ndana@example.com\n\nCERTIFICATIONS\n"
        "AWS Certified Developer – Associate\nAmazon Web Services · May 2022\n\n"
        "ACLS\nAmerican Heart Association\n\n"
        "CISSP\n2019\n\n"
        "RN License\nOhio Board of Nursing\n"
    ).document
    assert _certificates(document) == [
        ("AWS Certified Developer – Associate", "Amazon Web Services", "2022-05"),
        ("ACLS", "American Heart Association", None),
        ("CISSP", None, "2019"),
        ("RN License", "Ohio Board of Nursing", None),
    ]


def test_a_second_credential_with_no_credential_word_is_not_taken_for_an_issuer():
    document = import_text(
        "Tom Berg\ntom@example.com\n\nLICENSES & CERTIFICATIONS\n"
        "Wisconsin Journeyman Electrician License #1234567\n"
        "OSHA 30-Hour Construction\n"
    ).document
    assert _certificates(document) == [
        ("Wisconsin Journeyman Electrician License #1234567", None, None),
        ("OSHA 30-Hour Construction", None, None),
    ]


def test_an_employer_or_a_job_title_is_not_taken_for_a_credential():
    document = import_text(
        "Lee Chan\nlee@example.com\n\nEXPERIENCE\nSoftware Engineer, Google\n"
        "Mountain View, CA\n2018 - 2021\n- Built the billing service\n"
    ).document
    assert "certificates" not in document
    assert document["work"][0]["name"] == "Google"


def test_life_support_cards_listed_on_one_line_are_one_certificate_each():
    document = import_text(
        "Maria Lopez\nmaria@example.com\n\nCERTIFICATIONS\nBLS, ACLS, PALS (2024)\n"
        "Certified Emergency Nurse (CEN), Board of Certification for Emergency Nursing\n"
    ).document
    assert _certificates(document) == [
        ("BLS", None, "2024"),
        ("ACLS", None, "2024"),
        ("PALS", None, "2024"),
        (
            "Certified Emergency Nurse (CEN)",
            "Board of Certification for Emergency Nursing",
            None,
        ),
    ]
