"""The offline assistant gives real, section-specific advice on the sample resume."""

from conversations.offline import figure_question, offline_reply
from jobs.extraction import extract_requirements


def test_advice_quotes_the_weak_bullets_and_offers_rewrites(sample_document):
    reply = offline_reply(sample_document, "work/0", "How can I make these bullets stronger?")
    assert "built-in offline assistant" in reply.text and "LLM_MODEL" in reply.text
    assert "“Responsible for the public REST API used by 300 customers.”" in reply.text
    assert "“Helped with the on-call rotation and incident reviews.”" in reply.text
    assert "Led the migration of the reporting pipeline" not in reply.text  # a strong bullet
    assert {p["path"] for p in reply.proposals} == {"work/0/highlights/1", "work/0/highlights/3"}
    assert all(
        p["original"] == sample_document["work"][0]["highlights"][int(p["path"][-1])]
        for p in reply.proposals
    )


def test_a_bullet_without_a_figure_gets_the_question_that_would_find_one(sample_document):
    reply = offline_reply(sample_document, "work/0", "Anything?")
    on_call = reply.text.split("“Helped with the on-call rotation")[1].split("\n2. ")[0]
    assert "How many incidents did you handle" in on_call
    assert "How much data or how many services moved" in figure_question(
        "Was responsible for migrating the monolith's database from MySQL to Postgres."
    )
    assert "tests cover" in figure_question("Wrote integration tests for the carrier APIs.")
    assert "conversion" in figure_question("Improved the Javascript checkout widget.")


def test_what_the_user_asks_about_comes_first_with_the_facts(sample_document):
    reply = offline_reply(sample_document, "work/1", "Can I add numbers to show impact?")
    assert "1 of the 4 bullets here shows a figure" in reply.text
    first_place = reply.text.split("\n1. ")[1].split("\n2. ")[0]
    assert first_place.splitlines()[1].startswith("   - No figure shows")


def test_a_question_nothing_is_wrong_with_still_gets_an_answer(sample_document):
    reply = offline_reply(sample_document, "work/0", "Is it too long? Make it shorter")
    assert "Nothing here is too long: the longest of the 5 bullets has 23 words" in reply.text


def test_several_fixes_to_one_bullet_come_as_one_rewrite(sample_document):
    reply = offline_reply(sample_document, "work/1", "Fix it")
    rewrites = {p["replacement"] for p in reply.proposals if p["path"] == "work/1/highlights/1"}
    assert rewrites == {"Migrated the monolith's database from MySQL to PostgreSQL."}


def test_the_summary_is_pointed_at_the_results_the_resume_already_proves(sample_document):
    reply = offline_reply(sample_document, "basics", "How can I improve my summary?")
    assert (
        "“Designed a PostgreSQL partitioning scheme that reduced query latency by 65%" in reply.text
    )
    assert "Responsible for the public REST API" not in reply.text  # a duty, not a result
    assert "Clichés like “passionate”, “team player”" in reply.text


def test_with_a_target_job_it_says_what_the_posting_wants(sample_document):
    requirements = extract_requirements(
        "Backend Engineer\nRequirements\n- Python, Rust and Ansible.\n"
    )
    reply = offline_reply(sample_document, "work/0", "What does the job want?", requirements)
    assert "never mentions these required skills: Rust, Ansible" in reply.text


def test_asking_about_the_job_without_one_says_how_to_set_it(sample_document):
    reply = offline_reply(sample_document, "work/0", "Does this match the job?")
    assert "No target job is set" in reply.text


def test_only_the_first_reply_introduces_the_offline_assistant(sample_document):
    later = offline_reply(sample_document, "work/0", "What else?", first=False)
    assert "built-in offline assistant" not in later.text
    assert later.text.startswith("I can only review this section against ResumeOpt's rules")


def test_a_clean_section_is_told_so(sample_document):
    reply = offline_reply(sample_document, "languages/0", "Anything to fix?")
    assert "passes every check" in reply.text and reply.proposals == []


def test_job_advice_names_missing_preferred_skills_and_alternatives(sample_document):
    requirements = extract_requirements(
        "Full Stack Developer\nRequirements\n- C#, .NET and Angular.\n- Java or Kotlin.\n- "
        "Python or Ruby.\n"
        "Nice to have\n- SQL Server and Kafka.\n"
    )
    reply = offline_reply(sample_document, "work/0", "Tailor this to the job", requirements)
    required = reply.text.split("never mentions these required skills: ")[1].split(".\n")[0]
    assert "C#" in required and ".NET" in required and "Angular" in required
    assert "Java or Kotlin" in required and "Python" not in required  # Python meets its group
    assert "SQL Server" in reply.text.split("Nice to have, also not in your resume: ")[1]
    assert "already mentions" not in reply.text and "every technical skill" not in reply.text
    assert "I will not write them in" in reply.text


def test_a_bullet_that_is_a_label_is_not_said_to_open_with_a_verb(sample_document):
    sample_document["work"][2]["highlights"] = [
        "Developed internal dashboards with Django and JavaScript.",
        "Stack: React, Django, PostgreSQL.",
    ]
    reply = offline_reply(sample_document, "work/2", "Are my verbs strong?")
    assert "Every bullet here opens with an action verb" not in reply.text
    assert "1 of the 2 do" in reply.text or "1 of the 2 does" in reply.text
    assert "“Stack: React, Django, PostgreSQL.”" in reply.text


def test_an_unclosed_bracket_is_named_when_asked_about_ats(sample_document):
    sample_document["education"][0]["area"] = "Computer Science (minor in Statistics"
    reply = offline_reply(sample_document, "education/0", "Is this ATS-safe?")
    assert "unmatched bracket" in reply.text and "minor in Statistics" in reply.text
    assert "Nothing here would trip" not in reply.text


def test_shorten_condense_and_tighten_are_understood(sample_document):
    for request in ("Shorten my summary", "Condense this", "Can you tighten it?", "Cut it down"):
        reply = offline_reply(sample_document, "basics", request)
        assert "words" in reply.text.split("\n\n")[1], request  # the length answer comes first


def test_what_it_cannot_do_offline_it_says_plainly(sample_document):
    senior = offline_reply(sample_document, "work/0", "Make it sound more senior")
    assert "can't make a section sound more senior offline" in senior.text
    grammar = offline_reply(sample_document, "work/0", "Fix the grammar")
    assert "not grammar" in grammar.text
