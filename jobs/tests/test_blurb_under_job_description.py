"""A company's blurb under a heading boards give the whole posting ("Job description") is
about the company: the skills it names are mentions, not asks (issue #15)."""

from jobs.extraction import extract_requirements


def test_a_blurb_under_job_description_names_no_asked_skills():
    read = extract_requirements(
        "Field Sales Executive\nTiffinly, Bengaluru\n\nJob description\n"
        "Tiffinly is a fast-growing meal subscription start-up serving office-goers.\n"
        "Visit restaurants and update leads in our CRM app every day.\n"
    )
    levels = {skill.name: skill.level for skill in read.skills}
    assert levels["Startup"] == "mention"
    assert levels["CRM"] == "required"


def test_records_of_a_domain_are_no_technical_writing():
    text = (
        "Field Sales Executive\nTiffinly, Bengaluru\n\nResponsibilities\n"
        "- Onboard new partners and complete their KYC documentation\n"
        "- Keep accurate clinical documentation for each visit\n"
        "Requirements\n- Experience writing API documentation\n"
    )
    writing = [s for s in extract_requirements(text).skills if s.name == "Technical Writing"]
    assert [skill.start for skill in writing] == [text.index("documentation\n", text.index("API"))]
