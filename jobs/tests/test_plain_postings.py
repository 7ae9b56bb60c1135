"""Postings that say what they want in prose, and resumes that list no skills: the words two
texts share count by how rare they are in postings, a tool the bullets leave out counts in
part unless the bullets name its rival, and a business model is no industry."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume, posting_word_rarity, rank
from resumeopt.stemming import stem


def _frontend(bullets: list[str]) -> dict:
    return {
        "basics": {"label": "Frontend Developer"},
        "work": [
            {
                "name": "Modaverde",
                "position": "Frontend Developer",
                "startDate": "2021-01",
                "highlights": bullets,
            }
        ],
    }


REACT_POST = (
    "Frontend Developer\nRequirements\n- 2+ years of frontend development.\n- React.\n- Webpack.\n"
)


def test_a_word_few_postings_use_weighs_more_than_one_most_use():
    rarity = posting_word_rarity()
    assert rarity(stem("reconciliation")) > rarity(stem("software")) > rarity(stem("develop")) > 0


def test_sharing_the_postings_rare_words_shows_more_of_its_work_than_sharing_common_ones():
    post = extract_requirements(
        "Payments Engineer\nWhat you will do\n- Build the double-entry ledger and the payout "
        "services.\n- Run the daily reconciliation with acquiring banks and card networks.\n"
        "- Maintain internal applications and support projects across the company.\n"
    )
    rare = _frontend(["Built the ledger, payouts and daily reconciliation."])
    common = _frontend(["Maintain internal applications, services and projects."])
    shown = match_resume(rare, post).breakdown["duties"]
    other = match_resume(common, post).breakdown["duties"]
    assert shown["shown"] < other["shown"]  # fewer words shared...
    assert shown["score"] > other["score"]  # ...but the rare ones say it is the same work


def test_a_tool_whose_rival_the_bullets_name_gets_no_part_credit():
    post = extract_requirements(REACT_POST)
    vue = match_resume(_frontend(["Built the web shop's checkout in Vue.js."]), post)
    unnamed = match_resume(_frontend(["Built the web shop's checkout pages."]), post)
    assert "React" in {item["name"] for item in vue.missing}
    assert "Vue.js shown, not React" in vue.explanation
    assert "not React" not in unnamed.explanation
    assert vue.breakdown["hard_skills"]["unnamed_in_part"] == (
        unnamed.breakdown["hard_skills"]["unnamed_in_part"] - 1
    )
    assert vue.breakdown["hard_skills"]["score"] < unnamed.breakdown["hard_skills"]["score"]


def test_a_rival_the_posting_asks_too_takes_no_credit_away():
    post = extract_requirements(REACT_POST.replace("- React.", "- React and Vue.js."))
    vue = match_resume(_frontend(["Built the web shop's checkout in Vue.js."]), post)
    assert "not React" not in vue.explanation


def test_the_stack_the_bullets_name_ranks_its_post_above_a_rivals():
    resume = _frontend(["Built the web shop's checkout in Vue.js."])
    posts = [
        ("react", extract_requirements(REACT_POST)),
        ("vue", extract_requirements(REACT_POST.replace("React", "Vue.js"))),
    ]
    assert [name for name, _ in rank(resume, posts)] == ["vue", "react"]


def test_any_web_framework_answers_a_javascript_framework():
    post = extract_requirements(
        "Frontend Developer\nRequirements\n- Experience with a modern JavaScript framework.\n"
    )
    result = match_resume(_frontend(["Built the web shop's checkout in Vue.js."]), post)
    framework = next(item for item in result.matched if item["name"] == "JavaScript Framework")
    assert framework["through"] == "Vue.js"


def test_b2b_after_a_title_is_no_industry():
    post = extract_requirements(
        "Account Manager (B2B) - Acme Supplies\nRequirements\n- 3+ years of account management."
        "\n- Salesforce.\n"
    )
    assert "B2B" not in post.keywords
    assert "B2B" not in {skill.name for skill in post.skills}


def test_years_written_as_three_or_more_are_read():
    post = extract_requirements(
        "Backend Engineer\nYou should have three or more years of building backend services "
        "in production.\n"
    )
    assert (post.years_min, post.years_max) == (3, None)


def test_up_to_two_years_is_the_most_a_post_is_for_not_the_least_it_asks():
    post = extract_requirements(
        "Junior Backend Developer\nWe'd like up to two years of experience, some Go and basic "
        "SQL.\n"
    )
    assert (post.years_min, post.years_max) == (0, 2)
    veteran = {
        "basics": {"label": "Backend Developer"},
        "work": [
            {
                "name": "Shipfast",
                "position": "Backend Developer",
                "startDate": "2016-01",
                "highlights": ["Build Go services and SQL reports."],
            }
        ],
    }
    result = match_resume(veteran, post)
    assert result.breakdown["experience_years"]["score"] is None  # no floor to fall short of
    assert "years short" not in result.explanation


def _held(title: str) -> dict:
    return {
        "basics": {"label": title},
        "work": [{"name": "Harbor & Hem", "position": title, "startDate": "2022-01"}],
    }


def test_sales_associates_however_written_are_store_and_sales_posts():
    for written in ("Sales Associate", "Sales Associates", "Retail Sales Associates"):
        post = extract_requirements(f"{written}\nRequirements\n- Customer service.\n")
        for held in ("Cashier", "Inside Sales Representative"):
            title = match_resume(_held(held), post).breakdown["title"]
            role = title.get("role_score", title["score"])  # the role's fit, not its level's
            assert role >= 50, (written, held)  # the same family, not another line


def test_every_rival_is_a_taxonomy_term_and_rivals_go_both_ways():
    from jobs.matching import rival_tools
    from jobs.taxonomy import taxonomy

    rivals = rival_tools()
    assert set(rivals) <= {term.canonical for term in taxonomy().terms}
    assert all(name in rivals[other] for name, others in rivals.items() for other in others)
    assert "Vue.js" in rivals["React"] and "Microsoft Azure" in rivals["AWS"]
