"""The offline assistant gives real, section-specific advice on the sample resume."""

from conversations.offline import offline_reply
from jobs.extraction import extract_requirements


def test_advice_names_the_weak_bullets_and_offers_rewrites(sample_document):
    reply = offline_reply(sample_document, "work/0", "How can I make these bullets stronger?")
    assert "built-in offline assistant" in reply.text
    assert "“Responsible for the public REST API" in reply.text
    assert "“Helped with the on-call rotation" in reply.text
    assert {p["path"] for p in reply.proposals} == {"work/0/highlights/1", "work/0/highlights/3"}
    assert all(
        p["original"] == sample_document["work"][0]["highlights"][int(p["path"][-1])]
        for p in reply.proposals
    )


def test_what_the_user_asks_about_comes_first(sample_document):
    reply = offline_reply(sample_document, "work/1", "Can I add numbers to show impact?")
    first_point = reply.text.split("\n1. ")[1].splitlines()[0]
    assert "figure" in first_point


def test_with_a_target_job_it_says_what_the_posting_wants(sample_document):
    requirements = extract_requirements(
        "Backend Engineer\nRequirements\n- Python, Rust and Ansible.\n"
    )
    reply = offline_reply(sample_document, "work/0", "What does the job want?", requirements)
    assert "never mentions: Rust, Ansible" in reply.text


def test_a_clean_section_is_told_so(sample_document):
    reply = offline_reply(sample_document, "languages/0", "Anything to fix?")
    assert "passes every check" in reply.text and reply.proposals == []
