"""A LinkedIn profile saved as PDF: its Experience, education and contact lines."""

from resumeopt.importers import read_upload
from resumeopt.importers.parsing import Line
from resumeopt.importers.parsing.linkedin_pdf import linkedin_roles


def _lines(text: str) -> list[Line]:
    return [Line(line) for line in text.strip().splitlines()]


def test_roles_under_one_company_take_it_and_a_role_may_have_no_description():
    roles, unsorted = linkedin_roles(
        _lines(
            """
Northwind Health
5 yrs 2 mos
Clinical Data Manager
Jan 2021 - Present (3 yrs 4 mos)
Denver, Colorado
Data Analyst
Nov 2018 - Dec 2020 (2 yrs 2 mos)
Denver, Colorado
Built the weekly readmissions report.
Contoso Labs
Research Assistant
Jun 2016 - Oct 2018 (2 yrs 5 mos)
Boulder, Colorado
"""
        )
    )
    assert [(role["position"], role["name"], role["startDate"]) for role in roles] == [
        ("Clinical Data Manager", "Northwind Health", "2021-01"),
        ("Data Analyst", "Northwind Health", "2018-11"),
        ("Research Assistant", "Contoso Labs", "2016-06"),
    ]
    assert roles[0]["location"] == "Denver, Colorado"
    assert "summary" not in roles[0]
    assert roles[1]["summary"] == "Built the weekly readmissions report."
    assert roles[2]["endDate"] == "2018-10"
    assert unsorted == []


def test_after_a_company_with_one_role_comes_another_company():
    roles, _ = linkedin_roles(
        _lines(
            """
Fabrikam
Engineer
March 2020 - Present (4 years 1 month)
Tailspin Toys
Intern
June 2019 - August 2019 (3 months)
• Wrote the test harness
for the build farm
"""
        )
    )
    assert [(role["position"], role["name"]) for role in roles] == [
        ("Engineer", "Fabrikam"),
        ("Intern", "Tailspin Toys"),
    ]
    assert roles[1]["highlights"] == ["Wrote the test harness for the build farm"]


def test_a_section_whose_dates_have_no_length_is_not_linkedins():
    assert linkedin_roles(_lines("Engineer, Fabrikam\n2019 - 2021\nBuilt things")) is None
    mixed = "Fabrikam\nEngineer\nMarch 2020 - Present (4 years)\nIntern, Acme\n2018 - 2019"
    assert linkedin_roles(_lines(mixed)) is None


def test_a_linkedin_export_keeps_its_phone_and_the_field_after_the_degree_abbreviation():
    text = """Contact
+44 20 7946 0958 (Mobile)
www.linkedin.com/in/oliver-grant (LinkedIn)
Oliver Grant
Operations Lead at Fabrikam
London, England, United Kingdom
Experience
Fabrikam
Operations Lead
April 2019 - Present (5 years)
London, England, United Kingdom
Education
University of Leeds
Bachelor of Arts - BA, Economics · (2012 - 2015)
"""
    document = read_upload(text.encode(), "profile.txt")["document"]
    assert document["basics"]["phone"] == "+44 20 7946 0958"
    (school,) = document["education"]
    assert (school["studyType"], school["area"]) == ("Bachelor of Arts", "Economics")


def test_a_french_export_keeps_its_skills_out_of_the_name_and_its_licence_in_education():
    text = """Coordonnées
camille.dubois@example.fr
Principales compétences
Marketing digital
Google Analytics
Camille Dubois
Responsable marketing chez Decathlon
Lille, Hauts-de-France, France
Expérience
Decathlon
Responsable marketing
janvier 2021 - aujourd’hui (3 ans 4 mois)
Formation
Université de Lille
Licence, Économie et gestion · (2009 - 2012)
"""
    document = read_upload(text.encode(), "profile.txt")["document"]
    assert document["basics"]["name"] == "Camille Dubois"
    (job,) = document["work"]
    assert (job["position"], job["name"], job["startDate"]) == (
        "Responsable marketing",
        "Decathlon",
        "2021-01",
    )
    (school,) = document["education"]
    assert (school["studyType"], school["area"]) == ("Licence", "Économie et gestion")
    assert "certificates" not in document


def test_a_spanish_export_reads_its_contact_block_summary_and_maestria():
    text = """Contactar
martin.gomez@example.com.ar
Aptitudes principales
Análisis económico
Martín Gómez
Gerente de Riesgo en Banco Galicia
Buenos Aires, Argentina
Extracto
Economista con experiencia en modelos de riesgo.
Experiencia
Banco Galicia
Gerente de Riesgo
marzo de 2021 - actualidad (3 años 3 meses)
Educación
Universidad Torcuato Di Tella
Maestría en Finanzas · (2015 - 2017)
"""
    document = read_upload(text.encode(), "perfil.txt")["document"]
    assert document["basics"]["name"] == "Martín Gómez"
    assert document["basics"]["summary"] == "Economista con experiencia en modelos de riesgo."
    (school,) = document["education"]
    assert (school["studyType"], school["area"]) == ("Maestría", "Finanzas")
