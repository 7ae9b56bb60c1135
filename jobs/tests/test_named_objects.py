"""Tools, standards, regulations and credentials the taxonomy does not know, read where a
requirement puts its object; places, companies, benefits and generic words never are."""

from jobs.extraction import extract_requirements

POSTING = """Logistics Coordinator
Harbor Line Freight, Tacoma, WA

What you will do
- Build loads and track shipments in CargoWise and McLeod
- File entries through ABI in ACE

Requirements
- 2+ years of freight forwarding experience in Seattle
- Knowledge of the Clean Water Act, NPDES permitting and TCEQ regulations
- Experience with a contract lifecycle management tool (Ironclad, Agiloft or Icertis)
- Dry needling or Graston certification
- Certified Grants Management Specialist (CGMS)

Nice to have
- Experience with RevPro

Benefits
- Discounts with Marriott and free parking at Harbor Line Freight
"""


def _levels(found):
    return {skill.name: skill.level for skill in found.skills if not skill.mention}


def test_names_in_a_requirements_object_are_asked_at_their_clauses_level():
    levels = _levels(extract_requirements(POSTING))
    for name in (
        "CargoWise",
        "ABI",
        "ACE",
        "Clean Water Act",
        "NPDES",
        "TCEQ Regulations",
        "Ironclad",
        "Agiloft",
        "Graston",
        "CGMS",
    ):
        assert levels.get(name) == "required", name
    assert levels.get("RevPro") == "preferred"


def test_names_listed_as_a_choice_share_a_group():
    found = extract_requirements(POSTING)
    groups = {skill.name: skill.group for skill in found.skills}
    assert groups["Ironclad"] and groups["Ironclad"] == groups["Agiloft"]


def test_places_companies_benefits_and_sentence_words_are_no_names():
    found = extract_requirements(POSTING)
    names = {skill.name for skill in found.skills}
    assert not names & {"Seattle", "Marriott", "Harbor Line Freight", "Knowledge", "Requirements"}
    assert not any("Tacoma" in name for name in names)


def test_a_name_of_the_taxonomy_is_read_once_under_its_own_name():
    found = extract_requirements(POSTING)
    assert [skill.source for skill in found.skills if skill.name == "McLeod"] == ["taxonomy"]


def test_a_name_after_in_must_be_shaped_as_one():
    found = extract_requirements(
        "Analyst\n\nRequirements\n- Experience working in Dayton and in accordance with IBC rules\n"
    )
    names = {skill.name for skill in found.skills}
    assert "Dayton" not in names and "IBC Rules" not in names


def test_a_line_break_lost_in_a_paste_does_not_join_two_sentences_into_one_name():
    written = (
        "Therapist\n\nWhat you will do\n- Write daily notes in WebPT\n"
        "- Progress patients through therapeutic exercise\n"
    )
    pasted = " ".join(written.split())
    for text in (written, pasted):
        names = {skill.name for skill in extract_requirements(text).skills}
        assert "WebPT" in names
        assert not any(name.startswith("WebPT ") for name in names)


def test_examples_a_bracket_gives_of_a_kind_meet_it_together_with_the_kind():
    found = extract_requirements(
        "Supervisor\n\nRequirements\n- Experience with a warehouse management system "
        "(Manhattan, Blue Yonder or similar).\n- Python (pandas) and SQL.\n"
    )
    groups = {skill.name: skill.group for skill in found.skills}
    assert groups["Warehouse Management"]
    assert groups["Warehouse Management"] == groups["Manhattan"] == groups["Blue Yonder"]
    assert not groups["Python"] and not groups["pandas"]


def test_a_possessive_owner_is_no_name_its_object_is():
    found = extract_requirements(
        "Front Office Manager\n\nRequirements\n- Experience with Marriott's MARSHA and FOSSE.\n"
        "- Knowledge of the county's Tyler Munis system.\n"
    )
    names = {skill.name for skill in found.skills}
    assert {"MARSHA", "FOSSE", "Tyler Munis"} <= names
    assert "Marriott" not in names
