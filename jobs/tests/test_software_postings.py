"""Software vacancies as people paste them: clause roles and the ways software postings name
their skills (issue #15)."""

from jobs.extraction import extract_requirements, find_skills


def _levels(text: str) -> dict[str, str]:
    levels: dict[str, str] = {}
    rank = {"required": 0, "preferred": 1, "mention": 2}
    for skill in extract_requirements(text).skills:
        if skill.name not in levels or rank[skill.level] < rank[levels[skill.name]]:
            levels[skill.name] = skill.level
    return levels


def _names(text: str) -> set[str]:
    return {skill.name for skill in find_skills(text)}


def test_the_parts_of_a_duty_sentence_cut_at_its_semicolons_stay_duties():
    levels = _levels(
        "Technical Support Engineer - Dublin. Ledgerly is a cloud accounting platform for "
        "small businesses. Key responsibilities include resolving escalated customer issues by "
        "email and phone; reproducing bugs, reading logs in Kibana and querying our PostgreSQL "
        "databases; writing clear bug reports in Jira for the engineering team. Requirements: "
        "solid SQL for troubleshooting; excellent written English."
    )
    assert levels["Kibana"] == levels["PostgreSQL"] == levels["Jira"] == "required"


def test_a_word_that_begins_with_a_blurb_cue_is_no_blurb():
    # "our Storybook": not "our story".
    levels = _levels(
        "Frontend Engineer\nPinwheel Learning\nRemote (US) · Full-time\n\nAbout Pinwheel\n"
        "Pinwheel makes reading apps for K-5 classrooms.\n\nWhat you'll do\n"
        "- Turn Figma designs into reusable components in our Storybook design system\n"
        "- Write tests with Jest\n"
    )
    assert levels["Figma"] == levels["Storybook"] == "required"


def test_the_company_saying_what_it_builds_and_its_stack_is_about_the_company():
    levels = _levels(
        "Java Backend Engineer Company: Tesselate Logistics Location: Wrocław Job description: "
        "Tesselate builds route optimisation software for 300+ carriers in Europe; our stack "
        "includes Java, Kotlin, Go, React and Python for the optimisation models. As a Java "
        "Backend Engineer you will develop microservices in Java 17 and Spring Boot. "
        "Requirements: min. 3 years of experience as a Java developer; knowledge of Docker."
    )
    assert levels["Go"] == levels["React"] == levels["Python"] == "mention"
    assert levels["Java"] == levels["Spring"] == levels["Docker"] == "required"


def test_solid_in_lower_case_before_a_noun_is_the_adjective():
    assert "SOLID" not in _names("Requirements: solid SQL for troubleshooting and Python.")
    assert "SOLID" in _names("Good understanding of SOLID principles, design patterns and Java.")
    assert "SOLID" in _names("You know OOP, SOLID and design patterns in C#.")


def test_software_postings_name_their_tools_and_methods_in_their_own_words():
    assert {"Event-Driven Architecture", "Kafka"} <= _names(
        "Design REST APIs and event-driven integrations with Kafka."
    )
    assert "System Administration" in _names("Strong Linux server administration skills.")
    assert "Root Cause Analysis" in _names("Query our databases to find root causes of bugs.")
    assert {"xUnit", "NUnit", "Testcontainers"} <= _names(
        "Write well-tested code with xUnit or NUnit, and integration tests with Testcontainers."
    )
    assert "Microsoft Teams" in _names("Support Microsoft 365 (Outlook, Teams, OneDrive).")
    assert "Microsoft Teams" not in _names("You will work with several Teams across the company.")


def test_web_vitals_are_no_vital_signs():
    assert "Vital Signs" not in _names("Improve performance and Core Web Vitals of our web app.")
    assert "Vital Signs" in _names("Take and record patients' vital signs.")


def test_documentation_is_technical_writing_only_where_it_is_written():
    assert "Technical Writing" not in _names("Support annual audits by pulling documentation.")
    assert "Technical Writing" not in _names("Knowledge of cross-border documentation.")
    assert "Technical Writing" in _names("Write and maintain documentation for our APIs.")


def test_the_company_speaking_after_a_list_item_that_lost_its_stop_is_a_new_sentence():
    levels = _levels(
        "QA Engineer Harborview Health Systems - Columbus, OH Requirements: 1. Good SQL skills "
        "2. Knowledge of Agile/Scrum Preferred: 1. Experience testing HL7 interfaces 2. "
        "Experience with CI/CD pipelines (Jenkins) We offer competitive pay, a tuition "
        "reimbursement program and an annual bonus."
    )
    assert levels["Jenkins"] == levels["CI/CD"] == "preferred"


def test_an_item_after_a_preferred_one_opens_on_its_bullet_and_years():
    levels = _levels(
        "IT Support Specialist Minimum Qualifications - High school diploma or GED; Associate's "
        "degree in Information Technology preferred - 2 years of experience in desktop support "
        "or help desk - CompTIA A+ certification"
    )
    assert levels["Help Desk"] == levels["Desktop Support"] == "required"


def test_tests_and_features_of_a_kind_are_not_the_discipline():
    assert "UI Design" not in _names("Automate UI tests using Selenium WebDriver or Cypress.")
    assert "Invoicing" not in _names("Test new billing features with Postman and SQL.")


def test_what_the_people_the_candidate_works_with_do_is_not_asked():
    assert not {"Power BI", "Dashboards"} & _names(
        "You will also work with our BI developers who build Power BI dashboards for stores."
    )
    named = _names(
        "Work closely with data scientists who use Python and R, and you will deploy with Docker."
    )
    assert "Docker" in named and not {"Python", "R"} & named
    assert "Power BI" in _names("You will build Power BI dashboards for our store managers.")


def test_a_generic_method_named_with_its_tool_is_the_tool():
    assert _names("Scripting skills in Python, Bash or Go.") >= {"Python", "Bash"}
    assert "Scripting" not in _names("Scripting in Bash or Python; Python scripting a plus.")
    assert "Scripting" in _names("Strong scripting and automation skills.")


def test_the_items_of_a_list_run_into_one_line_keep_the_list_s_role():
    levels = _levels(
        "QA Automation Engineer (Mid) Softwise Solutions Sp. z o.o. - Kraków, Poland Softwise "
        "Solutions is software house from Kraków with 250 specialists. Currently we are "
        "searching QA Automation Engineer to join the team of our client, the big German online "
        "bank. Your responsibilities will be: * design and write automated tests for web "
        "application and REST API * create test cases basing on the requirements Our "
        "expectations: * very good knowledge of Java and Selenium * working with Git and CI "
        "tools (Jenkins or GitLab CI) * ISTQB Foundation certificate * English on B2 level "
        "Nice to have: * German"
    )
    assert levels["ISTQB"] == levels["Selenium"] == "required"
