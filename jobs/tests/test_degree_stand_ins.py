"""How postings write a degree and what may stand in for it (issue #15)."""

from jobs.extraction import extract_requirements


def _education(text: str) -> tuple[str, bool]:
    read = extract_requirements(text)
    return read.education_level, read.education_required


def test_a_degree_s_letters_with_a_field_after_them_are_a_degree():
    assert _education(
        "Civil Engineer\nRequirements:\n* BSc (Eng) or BEng in Civil Engineering\n"
        "* Minimum 8 years' post-graduate experience in roads design\n"
    ) == ("Bachelor's", True)


def test_quebec_college_diplomas_are_an_associate_s():
    assert _education(
        "Bookkeeper\nRequirements: DEC or AEC in accounting; 3 to 5 years of bookkeeping."
    ) == ("Associate's", True)
    # December is no diploma.
    december = "Bookkeeper\nStart date: DEC 2026. Requirements: 3 years of bookkeeping."
    assert _education(december)[0] == ""


def test_a_degree_in_place_of_a_certificate_is_not_strictly_required():
    assert _education(
        "Contracts Paralegal\nRequirements:\n* Paralegal certificate from an ABA-approved "
        "program, or a bachelor's degree with equivalent experience\n"
    ) == ("Bachelor's", False)


def test_experience_that_may_substitute_for_the_degree_in_the_next_sentence():
    text = (
        "Grants Analyst\nMinimum Qualifications\nBachelor's degree in accounting or a related "
        "field AND three (3) years of experience in grants management. {}\n"
    )
    assert _education(
        text.format("Additional relevant experience may substitute for the degree.")
    ) == ("Bachelor's", False)
    assert _education(
        text.format("There is no substitution of education for specialized experience.")
    ) == ("Bachelor's", True)
