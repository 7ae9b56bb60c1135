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


WAREHOUSE = """Maria Lopez
maria.lopez@example.com | (555) 123-4567 | Dayton, OH

EXPERIENCE
Warehouse Associate
Acme Logistics, Dayton, OH | Jan 2020 - Present
- Loaded and unloaded trucks

"""


def test_two_credentials_on_one_line_are_two_certificates_not_a_name_and_its_issuer():
    document = import_text(
        WAREHOUSE + "CERTIFICATIONS\nForklift certified, OSHA 10.\n"
        "CompTIA Security+, CompTIA A+\nRN License, State of Ohio\n"
    ).document
    assert _certificates(document) == [
        ("Forklift certified", None, None),
        ("OSHA 10", None, None),
        ("CompTIA Security+", None, None),
        ("CompTIA A+", None, None),
        ("RN License", "State of Ohio", None),
    ]


def test_credentials_written_among_the_skills_are_certificates():
    document = import_text(
        WAREHOUSE + "SKILLS\nInventory control, RF scanners, pallet jacks\n"
        "Forklift certified, OSHA 10.\n"
    ).document
    assert _certificates(document) == [("Forklift certified", None, None), ("OSHA 10", None, None)]
    assert document["skills"] == [
        {"name": "Skills", "keywords": ["Inventory control", "RF scanners", "pallet jacks"]}
    ]


def test_a_certifications_group_of_the_skills_is_certificates_and_methods_stay_skills():
    document = import_text(
        WAREHOUSE + "SKILLS\nEquipment: pallet jacks, RF scanners\n"
        "Methods: ITIL, SAFe, SSL certificate management\n"
        "Licenses & Certifications: CDL Class A, OSHA 30-Hour General Industry\n"
    ).document
    assert _certificates(document) == [
        ("CDL Class A", None, None),
        ("OSHA 30-Hour General Industry", None, None),
    ]
    assert [group["name"] for group in document["skills"]] == ["Equipment", "Methods"]
    assert document["skills"][1]["keywords"] == ["ITIL", "SAFe", "SSL certificate management"]


def test_a_credential_listed_under_certifications_and_again_among_the_skills_is_one_certificate():
    document = import_text(
        WAREHOUSE + "CERTIFICATIONS\nOSHA 10\nForklift certified, Toyota Material Handling\n\n"
        "SKILLS\nInventory control, pallet jacks\nForklift certified, OSHA 10.\n"
    ).document
    assert _certificates(document) == [
        ("OSHA 10", None, None),
        ("Forklift certified", "Toyota Material Handling", None),
    ]


def test_a_job_boards_validity_range_under_a_credential_is_when_it_was_earned():
    # Indeed's "Certifications/Licenses" section writes how long a credential holds on the
    # line under it; the range's start is when it was earned, not a credential of its own.
    document = import_text(
        "Priya Raman\npriya@example.com\n\nCERTIFICATIONS/LICENSES\n\n"
        "Oracle Certified Professional, Java SE 11 Developer\nMarch 2021 to Present\n\n"
        "Machine Learning, Coursera\n2020\n\n"
        "AWS Certified Developer (2019 - 2022)\n"
    ).document
    assert _certificates(document) == [
        ("Oracle Certified Professional, Java SE 11 Developer", None, "2021-03"),
        ("Machine Learning", "Coursera", "2020"),
        ("AWS Certified Developer", None, "2019"),
    ]


def test_a_credentials_level_after_its_comma_is_part_of_its_name_not_its_issuer():
    document = import_text(
        "Sam Ode\nsam@example.com\n\nCERTIFICATIONS\n"
        "AWS Certified Solutions Architect, Associate\n"
        "Certified ScrumMaster, Scrum Alliance\n"
    ).document
    assert _certificates(document) == [
        ("AWS Certified Solutions Architect, Associate", None, None),
        ("Certified ScrumMaster", "Scrum Alliance", None),
    ]


def test_credentials_listed_on_one_line_by_their_names_are_one_certificate_each():
    # Three or more names in a row, none a body that grants them: a list, not a name and
    # its issuer ("CCNA, PMP" is no issuer of "AWS Solutions Architect").
    document = import_text(
        WAREHOUSE + "CERTIFICATIONS\nAWS Solutions Architect, CCNA, PMP\n"
        "Counterbalance (B1), Reach Truck, IOSH Managing Safely (2022)\n"
        "CFA Level II, FRM Part I, Microsoft Certified Power BI Data Analyst Associate\n"
    ).document
    assert _certificates(document) == [
        ("AWS Solutions Architect", None, None),
        ("CCNA", None, None),
        ("PMP", None, None),
        ("Counterbalance (B1)", None, "2022"),
        ("Reach Truck", None, "2022"),
        ("IOSH Managing Safely", None, "2022"),
        ("CFA Level II", None, None),
        ("FRM Part I", None, None),
        ("Microsoft Certified Power BI Data Analyst Associate", None, None),
    ]


def test_a_credential_with_its_issuer_or_its_place_after_commas_stays_one():
    document = import_text(
        WAREHOUSE + "CERTIFICATIONS\nMachine Learning, Coursera, Stanford University\n"
        "Licensed Electrician, Cork, Ireland\n"
        "Certificate in Management, Leadership and Coaching\n"
        "Google Data Analytics Certificate from Coursera, 2022\n"
        "OSHA 30-Hour Construction (2023)\n"
    ).document
    assert [name for name, _, _ in _certificates(document)] == [
        "Machine Learning",
        "Licensed Electrician",
        "Certificate in Management, Leadership and Coaching",
        "Google Data Analytics Certificate",
        "OSHA 30-Hour Construction",
    ]
    assert _certificates(document)[-2:] == [
        ("Google Data Analytics Certificate", "Coursera", "2022"),
        ("OSHA 30-Hour Construction", None, "2023"),
    ]
