"""Words a PDF converter broke by dropping ligature glyphs are restored; sound text never
changes."""

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumeopt.importers import import_text
from resumeopt.importers.docx import lines_from_docx
from resumeopt.importers.parsing.ligatures import repair_ligature_loss, restore_lost_capitals
from resumeopt.importers.parsing.lines import close_split_words, normalize
from resumeopt.importers.pdf import read_pdf
from resumeopt.importers.text import decode_text, lines_from_text

LABELLED = Path(__file__).parent / "data" / "labelled"
# Real resumes whose converter did drop ligatures (36) or an accented capital (42).
DAMAGED = {"36", "42"}
FIXTURES = sorted(
    path
    for path in LABELLED.glob("*/*")
    if path.suffix in (".txt", ".md", ".docx", ".pdf") and path.stem not in DAMAGED
)


def texts_of(path: Path) -> list[str]:
    """A fixture's lines as the parser's first stages see them."""
    data = path.read_bytes()
    if path.suffix == ".docx":
        lines = lines_from_docx(data)
    elif path.suffix == ".pdf":
        lines, _ = read_pdf(data)
    else:
        lines = lines_from_text(decode_text(data), markdown=path.suffix == ".md")
    return [close_split_words(line.text) for line in lines]


@cache
def sound_lines() -> list[str]:
    return [text for path in FIXTURES if path.suffix in (".txt", ".md") for text in texts_of(path)]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_fixture_resumes_without_loss_are_unchanged(path):
    texts = texts_of(path)
    assert restore_lost_capitals(repair_ligature_loss(texts)) == texts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_mix_of_sound_lines_is_unchanged(data):
    texts = data.draw(st.lists(st.sampled_from(sound_lines()), min_size=1, max_size=120))
    assert repair_ligature_loss(texts) == texts


LOSSY_RESUME = """\
Jane Doe
Soware Engineer with a focus on crical systems and integraon
Experience
Senior Soware Engineer, Acme Corp
2019 - present
Led the migraon of mulple applicaons; removed bolenecks in the Oce of the CTO
Education
Naonal Technical University
Bachelor of Science in Computer Science
"""


def test_a_resume_that_lost_its_ligatures_is_repaired():
    repaired = repair_ligature_loss(LOSSY_RESUME.splitlines())
    assert repaired[1] == "Software Engineer with a focus on critical systems and integration"
    assert repaired[5] == (
        "Led the migration of multiple applications; removed bottlenecks in the Office of the CTO"
    )
    assert repaired[7] == "National Technical University"


def test_import_reads_the_repaired_title_and_school():
    document = import_text(LOSSY_RESUME).document
    assert document["work"][0]["position"] == "Senior Software Engineer"
    assert document["education"][0]["institution"] == "National Technical University"


def test_acronyms_capitals_and_mixed_case_are_never_touched():
    lines = [*LOSSY_RESUME.splitlines(), "SOWARE OCE team", "NaOnal iOce"]
    assert repair_ligature_loss(lines)[-2:] == ["SOWARE OCE team", "NaOnal iOce"]


def test_one_damaged_word_in_a_short_text_is_no_pattern():
    lines = ["Soware Engineer", "Acme Corp", "2019 - present"]
    assert repair_ligature_loss(lines) == lines


def test_a_text_writing_the_letters_in_full_lost_nothing():
    # "Soware" and "Naonal" look damaged, but this text writes "ti" and "ft" in full often:
    # they are names here, not losses.
    lines = [
        "Soware Naonal",
        "Software architecture, certification, national accounts, shift planning",
        "Continuous integration, automation, documentation, aftermarket operations",
    ]
    assert repair_ligature_loss(lines) == lines


def test_words_next_to_addresses_and_numbers_are_left_alone():
    lines = [*LOSSY_RESUME.splitlines(), "github.com/soware", "soware@example.com", "Oce2"]
    assert repair_ligature_loss(lines)[-3:] == ["github.com/soware", "soware@example.com", "Oce2"]


def test_a_school_word_gets_back_its_accented_capital():
    assert restore_lost_capitals(["cole 42 Paris (Moscow campus)", "cole Polytechnique"]) == [
        "École 42 Paris (Moscow campus)",
        "École Polytechnique",
    ]


def test_other_lower_case_openings_keep_their_letters():
    lines = ["cole slaw", "Cole Haan", "ole Miss", "tudes at home"]
    assert restore_lost_capitals(lines) == lines


def test_a_capital_f_before_i_is_no_sound_ligature():
    # Only lower-case "fi" joins into a glyph: "Financial" says nothing of "fi" loss.
    lines = ["Financial Analyst", "Cercate in nancial modelling", "Led the scientic review"]
    assert repair_ligature_loss(lines)[1:] == [
        "Certificate in financial modelling",
        "Led the scientific review",
    ]


def test_private_use_glyphs_standing_for_ligatures_are_restored_on_import():
    # A font's own private-use code points for its "ft" and "ti" glyphs: dropped, then
    # restored like any lost ligature.
    text = LOSSY_RESUME.replace("Soware", "So\ue01aware").replace("Naonal", "Na\ue01bonal")
    document = import_text(text).document
    assert document["work"][0]["position"] == "Senior Software Engineer"
    assert document["education"][0]["institution"] == "National Technical University"


def test_ligature_code_points_become_their_letters_on_import():
    document = import_text(LOSSY_RESUME.replace("Oce", "O\ufb03ce")).document
    assert document["work"][0]["summary"].endswith("bottlenecks in the Office of the CTO")


def test_old_adobe_fi_and_fl_code_points_inside_words_are_those_letters():
    assert normalize("\uf001nancial work\uf002ow, pro\uf001le") == "financial workflow, profile"
    assert normalize("\uf002 Search \uf001 Music") == "Search Music"


def test_words_of_another_language_that_look_damaged_are_left_alone():
    # "Est" would be "Fittest" and "Bien" "Bitten": the text writes "fi" in full, so the
    # first is no loss, and a lost "tt" needs more than the one word left to show it.
    texts = [
        "Chargée de clientèle professionnels – Crédit Agricole Centre-Est, Lyon",
        "Gestion d'un portefeuille de 320 clients professionnels, AMF certifiée.",
        "Profil fiable, fine connaissance du financement des artisans.",
        "2013 : Baccalauréat ES, mention Bien – Lycée Ampère, Lyon",
        *["Accueil, conseil et vente de produits bancaires et d'assurance."] * 20,
    ]
    assert repair_ligature_loss(texts) == texts


def test_damaged_words_that_are_words_themselves_are_restored_where_the_loss_shows():
    lines = [
        "Soware Engineer, Naonal Bank",
        "Sta Engineer, full-me, eective with clients",
        "Languages: Russian (nave), English",
    ]
    assert repair_ligature_loss(lines) == [
        "Software Engineer, National Bank",
        "Staff Engineer, full-time, effective with clients",
        "Languages: Russian (native), English",
    ]


def test_words_that_may_be_damaged_stay_where_nothing_else_shows_the_loss():
    lines = [
        "Software Engineer, National Bank",
        "STA Engineer, Sta Group",
        "Visited the nave of the cathedral; annual dues paid.",
    ]
    assert repair_ligature_loss(lines) == lines
