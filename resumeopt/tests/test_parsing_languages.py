"""Languages as resumes around the world write them: named in the resume's own language
("Deutsch", "Inglés", "angielski", "Bahasa Inggris"), with a level in brackets, after a
colon or before the languages, under a heading in that language, or as a group of the
skills."""

from resumeopt.importers import read_upload


def _read(text: str) -> dict:
    return read_upload(text.encode(), "resume.txt")["document"]


def _languages(document: dict) -> list[tuple[str, str | None]]:
    return [(item["language"], item.get("fluency")) for item in document.get("languages", [])]


def test_languages_named_in_their_own_language_keep_their_level():
    document = _read(
        "Hans Müller\nBerlin\nhans@example.de\n\nSPRACHEN\n"
        "Deutsch (Muttersprache)\nEnglisch (C1)\nFrançais (langue maternelle)\n"
        "Español (nativo)\nInglés (avanzado)\nHindi (Mother tongue)\n"
    )
    assert _languages(document) == [
        ("Deutsch", "Muttersprache"),
        ("Englisch", "C1"),
        ("Français", "langue maternelle"),
        ("Español", "nativo"),
        ("Inglés", "avanzado"),
        ("Hindi", "Mother tongue"),
    ]


def test_a_languages_group_among_the_skills_names_spoken_languages():
    document = _read(
        "Marie Dupont\nLyon\nmarie@example.fr\n\nCOMPÉTENCES\nPython, Java, SQL\n"
        "Langues : Français (langue maternelle), Anglais (C1), Espagnol (B2)\n"
    )
    assert _languages(document) == [
        ("Français", "langue maternelle"),
        ("Anglais", "C1"),
        ("Espagnol", "B2"),
    ]
    assert document["skills"] == [{"name": "Skills", "keywords": ["Python", "Java", "SQL"]}]


def test_a_group_of_programming_languages_stays_among_the_skills():
    document = _read(
        "Priya Sharma\nPune\npriya@example.in\n\nSKILLS\n"
        "Languages: Python, Java, C++\nFrameworks: Django, Spring\n"
    )
    assert not document.get("languages")
    assert document["skills"][0] == {"name": "Languages", "keywords": ["Python", "Java", "C++"]}


def test_turkish_indonesian_and_polish_headings_levels_and_names():
    document = _read(
        "Ayşe Yılmaz\nİstanbul\nayse@example.com\n\nYABANCI DİL\n"
        "Ana dil: Türkçe; İleri: İngilizce, Almanca\n\n"
        "BAHASA\nBahasa Indonesia (Bahasa ibu)\nBahasa Inggris - Aktif\n\n"
        "JĘZYKI OBCE\nJęzyk angielski – C1\nniemiecki – B1\n"
    )
    assert _languages(document) == [
        ("Türkçe", "Ana dil"),
        ("İngilizce", "İleri"),
        ("Almanca", "İleri"),
        ("Bahasa Indonesia", "Bahasa ibu"),
        ("Bahasa Inggris", "Aktif"),
        ("Język angielski", "C1"),
        ("niemiecki", "B1"),
    ]
    assert not document.get("meta", {}).get("unsorted")
