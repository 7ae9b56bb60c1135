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
