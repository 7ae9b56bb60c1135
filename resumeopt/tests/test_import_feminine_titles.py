"""Job titles in their feminine and inflected forms (Spanish, Portuguese, Italian, French,
German) read as titles, whichever side of the employer they are written on."""

import pytest

from resumeopt.importers import read_upload


def _jobs(line: str) -> list[tuple[str | None, str | None]]:
    text = f"Ana Pérez\nana.perez@example.com\n\nEXPERIENCE\n{line}\n- Atención al cliente.\n"
    work = read_upload(text.encode(), "cv.txt")["document"].get("work", [])
    return [(job.get("position"), job.get("name")) for job in work]


@pytest.mark.parametrize(
    "title, employer",
    [
        ("Asesora Comercial", "Empresa Andina S.A."),
        ("Supervisora de Ventas", "Grupo Bimbo"),
        ("Cajera", "Supermercados Día"),
        ("Impiegata Amministrativa", "Rossi Srl"),
        ("Addetta alle vendite", "Zara Italia"),
        ("Conseillère clientèle", "Crédit Agricole"),
        ("Assistante de direction", "Société Générale"),
        ("Vendeuse", "Decathlon France"),
        ("Kauffrau im Einzelhandel", "Rewe Markt GmbH"),
        ("Verkäuferin", "Edeka Müller"),
        ("Krankenschwester", "Charité Berlin"),
        ("Secretário Executivo", "Vale S.A."),
    ],
)
def test_a_feminine_title_is_the_position_in_either_order(title, employer):
    assert _jobs(f"{title} | {employer} | 2012 - 2015") == [(title, employer)]
    assert _jobs(f"{employer} | {title} | 2012 - 2015") == [(title, employer)]


@pytest.mark.parametrize(
    "title",
    [
        "Conseillère en finances personnelles",
        "Directrice des ventes",
        "Responsabile delle vendite",
        "Analista en finanzas personales",
    ],
)
def test_what_a_title_covers_after_its_link_word_stays_in_the_title(title):
    line = f"{title}\nDesjardins, Québec (QC)\n2016 – 2020"
    assert _jobs(line) == [(title, "Desjardins")]


def test_a_peruvian_resume_with_its_own_headings_and_dashes_reads_each_woman_s_title():
    # Another layout than the pipes above: the employer, a dash and the title on one line, or
    # the employer with its town above the title; a technical diploma in its feminine form.
    text = (
        "María Fernanda Quispe\nLima, Perú | maria.quispe@gmail.com | +51 987 654 321\n\n"
        "EXPERIENCIA LABORAL\nSupermercados Peruanos S.A. — Cajera Principal\n"
        "Marzo 2019 – Actualidad\n- Manejo de caja y arqueos diarios\n\n"
        "Tiendas EFE, Arequipa\nVendedora\nEnero 2016 – Febrero 2019\n- Atención al cliente\n\n"
        "EDUCACIÓN\nInstituto SENATI — Técnica en Administración, 2015\n"
    )
    document = read_upload(text.encode(), "cv.txt")["document"]
    jobs = [
        (job.get("name"), job.get("position"), job.get("startDate")) for job in document["work"]
    ]
    assert jobs == [
        ("Supermercados Peruanos S.A.", "Cajera Principal", "2019-03"),
        ("Tiendas EFE", "Vendedora", "2016-01"),
    ]
    assert document["education"][0]["institution"] == "Instituto SENATI"
    assert document["education"][0]["studyType"] == "Técnica en Administración"
