"""Degrees as other countries name them, and the credentials written after a name."""

import pytest

from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.contact import letters_after_name
from resumeopt.importers.parsing.education import qualification_fields


@pytest.mark.parametrize(
    "written, study_type, area",
    [
        ("Licence en Économie-Gestion", "Licence", "Économie-Gestion"),
        (
            "Licence professionnelle Métiers du numérique",
            "Licence professionnelle",
            "Métiers du numérique",
        ),
        ("Licenciatura em Direito", "Licenciatura", "Direito"),
        ("Grado en Ingeniería Informática", "Grado", "Ingeniería Informática"),
        ("Bacharelado em Ciência da Computação", "Bacharelado", "Ciência da Computação"),
        ("Diplom in Betriebswirtschaftslehre", "Diplom", "Betriebswirtschaftslehre"),
        ("Diplom-Informatiker", "Diplom-Informatiker", "Informatik"),
        (
            "Laurea Magistrale in Ingegneria Gestionale",
            "Laurea Magistrale",
            "Ingegneria Gestionale",
        ),
        ("Magister (mgr) Zarządzania", "Magister (mgr)", "Zarządzania"),
        ("Mestrado em Engenharia Civil", "Mestrado", "Engenharia Civil"),
        ("Ingeniero en Sistemas Computacionales", "Ingeniero", "Sistemas Computacionales"),
        ("Inżynier Budownictwa", "Inżynier", "Budownictwa"),
        ("Doctorado en Física", "Doctorado", "Física"),
        ("Master's degree (Ing.) in Informatics", "Master's degree (Ing.)", "Informatics"),
    ],
)
def test_a_qualification_gives_its_degree_and_field(written, study_type, area):
    assert qualification_fields(written) == {"studyType": study_type, "area": area}


def test_a_qualification_naming_no_degree_is_kept_whole():
    assert qualification_fields("Diploma di maturità scientifica")["studyType"]
    assert qualification_fields("Técnico Superior en Desarrollo de Aplicaciones") == {
        "studyType": "Técnico Superior en Desarrollo de Aplicaciones"
    }


def test_foreign_degrees_in_an_education_section_give_school_degree_and_field():
    document = parse_lines(
        [
            Line(text)
            for text in (
                "Ana Torres",
                "ana@example.es",
                "",
                "EDUCACIÓN",
                "Ingeniero Industrial, Universidad Politécnica de Madrid, 2010 – 2015",
                "Bacharelado em Ciência da Computação - Universidade Federal de Minas Gerais"
                " (2008 - 2012)",
            )
        ]
    )
    assert [
        (entry["institution"], entry["studyType"], entry["area"]) for entry in document["education"]
    ] == [
        ("Universidad Politécnica de Madrid", "Ingeniero", "Industrial"),
        ("Universidade Federal de Minas Gerais", "Bacharelado", "Ciência da Computação"),
    ]


def test_letters_after_the_name_are_found_and_a_generation_is_not_one():
    assert letters_after_name([Line("Jane Doe, RN, BSN")], "Jane Doe") == ["RN", "BSN"]
    assert letters_after_name([Line("Dr. Ann Lee, PhD")], "Ann Lee") == ["PhD"]
    assert letters_after_name([Line("Bo Kim, Jr."), Line("Seoul")], "Bo Kim") == []
    assert letters_after_name([Line("Springfield, IL")], "Priya Raman") == []


def _document(*texts: str) -> dict:
    return parse_lines([Line(text) for text in texts])


def test_a_licence_after_the_name_is_a_certificate_and_the_name_stays_clean():
    document = _document(
        "John Smith, CPA",
        "john@example.com",
        "",
        "EXPERIENCE",
        "Senior Accountant, Deloitte LLP",
        "2019 - Present",
    )
    assert document["basics"]["name"] == "John Smith"
    assert document["certificates"] == [{"name": "CPA"}]


def test_a_degree_after_the_name_is_not_added_twice_nor_lost():
    listed = _document(
        "Jane Doe, RN, BSN",
        "jane@example.com",
        "",
        "EDUCATION",
        "BSN, Ohio State University, 2018",
        "",
        "CERTIFICATIONS",
        "RN",
    )
    assert listed["basics"]["name"] == "Jane Doe"
    assert [item["name"] for item in listed["certificates"]] == ["RN"]
    assert "meta" not in listed
    unlisted = _document("Dr. Maria Garcia Lopez, PhD, MBA", "maria@example.com")
    assert unlisted["basics"]["name"] == "Maria Garcia Lopez"
    assert unlisted["meta"]["unsorted"] == ["PhD, MBA"]


def test_letters_the_certifications_already_spell_out_are_not_added_again():
    document = _document(
        "Robert J. Kim, CPA, CMA",
        "robert@example.com",
        "",
        "CERTIFICATIONS",
        "Certified Public Accountant (CPA), Washington State Board of Accountancy",
        "Certified Management Accountant",
    )
    assert document["basics"]["name"] == "Robert J. Kim"
    assert [item["name"] for item in document["certificates"]] == [
        "Certified Public Accountant (CPA)",
        "Certified Management Accountant",
    ]


def test_degree_letters_the_education_spells_out_are_not_left_to_place():
    document = _document(
        "Jennifer Tremblay, BScN, RN",
        "jennifer@example.ca",
        "",
        "EDUCATION",
        "Bachelor of Science in Nursing (BScN) – University of Ottawa, 2016",
    )
    assert document["certificates"] == [{"name": "RN"}]
    assert "meta" not in document
