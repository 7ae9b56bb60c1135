"""The skills taxonomy: aliases, context-aware ambiguous words, and describing adjectives."""

import pytest

from jobs.relations import implied_by
from jobs.taxonomy import activity_phrases, load_curated, taxonomy, work_done


def _names(text: str) -> list[str]:
    return [match.term.canonical for match in taxonomy().find(text)]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("JS", "JavaScript"),
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("C#", "C#"),
        (".NET", ".NET"),
        ("Node.js", "Node.js"),
        ("NodeJS", "Node.js"),
        ("CI/CD", "CI/CD"),
        ("golang", "Go"),
        ("sklearn", "scikit-learn"),
        ("Amazon Web Services", "AWS"),
        ("ReactJS", "React"),
        ("PowerBI", "Power BI"),
    ],
)
def test_aliases_map_to_one_canonical_name(written, canonical):
    assert _names(f"Experience with {written} and Docker.") == [canonical, "Docker"]


def test_matches_keep_exact_offsets():
    text = "Strong knowledge of Postgres, k8s and C++."
    for match in taxonomy().find(text):
        assert text[match.start : match.end] == match.text


def test_c_and_cpp_are_both_found_in_c_slash_cpp():
    assert _names("Proficient in C/C++ programming.") == ["C", "C++"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Services in Go and Python.", ["Go", "Python"]),
        ("We go the extra mile for customers.", []),
        ("Go to our website to apply.", []),
        ("Statistics in R and Python.", ["Statistics", "R", "Python"]),
        ("R&D budget approval.", []),
        ("iOS apps in Swift and SwiftUI.", ["iOS", "Swift", "SwiftUI"]),
        ("Swift delivery of orders.", []),
        ("Java and Spring Boot microservices.", ["Java", "Spring", "Microservices"]),
        ("Starting in Spring 2025.", []),
        ("Fluent German and English.", ["German", "English"]),
        ("We are a German company.", []),
    ],
)
def test_ambiguous_words_need_a_technical_or_language_context(text, expected):
    assert _names(text) == expected


def test_person_adjectives_do_not_count_before_a_noun():
    assert _names("You are flexible, curious and proactive.") == [
        "Adaptability",
        "Curiosity",
        "Initiative",
    ]
    assert _names("We offer flexible hours and a creative office.") == []
    assert _names("We are looking for a motivated developer.") == ["Initiative"]


def test_lookup_names_a_whole_phrase_without_context():
    assert taxonomy().lookup("Go").canonical == "Go"
    assert taxonomy().lookup("Postgres").canonical == "PostgreSQL"
    assert taxonomy().lookup("not a skill at all") is None


def test_esco_labels_are_part_of_the_taxonomy():
    assert "supply chain management" in [
        name.lower() for name in _names("Knowledge of supply chain management.")
    ]
    assert any(term.source == "esco" for term in taxonomy().terms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience with code reviews and unit tests.", ["Code Review", "Unit Testing"]),
        ("Strong problem solving.", ["Problem Solving"]),
        ("Conversion rate optimisation.", ["Conversion Rate Optimization"]),
    ],
)
def test_plurals_hyphens_and_british_spellings_meet_the_same_term(text, expected):
    assert _names(text) == expected


def test_a_single_word_never_changes_number():
    assert _names("The sale of used cars.") == []


@pytest.mark.parametrize("text", ["Go ahead and apply today.", "Go for it!", "We go into detail."])
def test_go_as_a_verb_is_not_the_language(text):
    assert "Go" not in _names(text)


def test_esco_abilities_match_in_their_ing_form():
    assert "Handle customer complaints" in _names("Handling customer complaints by phone.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lead a team of 12 representatives.", "People Management"),
        ("Prepare financial statements for two entities.", "Financial Statements"),
        ("Managing budgets for three teams.", "Budgeting"),
        ("Scheduled appointments for three physicians.", "Scheduling"),
    ],
)
def test_an_esco_phrase_that_names_a_standard_skill_shows_that_skill(text, expected):
    assert _names(text) == [expected]


def test_esco_labels_lose_their_bracketed_qualifier_only_when_the_word_is_not_english():
    assert _names("Retouching in GIMP and Python.") == ["GIMP", "Python"]
    assert _names("We paint on canvas.") == []


def test_unicode_words_are_whole_words():
    # "højest" must not yield "Jest", the testing tool, from its last four letters.
    assert _names("de højest rangerende i Europa") == []


def test_business_fields_need_context_outside_a_requirements_list():
    assert _names("Our sales grew fast.") == []
    assert taxonomy().find("Sales", technical=True)[0].term.canonical == "Sales"
    assert _names("Experience in B2B sales and marketing.") == ["B2B Sales", "Marketing"]


def test_the_compiled_file_finds_what_the_taxonomy_built_from_its_terms_finds(tmp_path):
    from jobs.taxonomy import (
        Taxonomy,
        load_compiled,
        load_curated,
        load_esco,
        write_compiled,
    )

    path = tmp_path / "taxonomy.compiled"
    write_compiled(path)
    loaded = Taxonomy(load_compiled(path))
    built = Taxonomy.from_terms(load_curated() + load_esco())
    texts = [
        "Senior Go developer: Python, k8s, JS and C/C++; fluent German, Spanish is a plus.",
        "We go to great lengths. Strong problem-solving and code reviews; flexible hours.",
        "Marketing and sales in banking; spring 2025 start. Experience with Spring Boot.",
    ]
    for text in texts:
        for technical in (False, True):
            assert loaded.find(text, technical=technical) == built.find(text, technical=technical)
    assert loaded.lookup("Postgres") == built.lookup("Postgres") != None  # noqa: E711
    assert loaded.terms == built.terms


def test_a_stale_or_damaged_compiled_file_is_not_used(tmp_path):
    import marshal

    from jobs.taxonomy import load_compiled, write_compiled

    path = tmp_path / "taxonomy.compiled"
    compiled = write_compiled(path)
    path.write_bytes(marshal.dumps(("another source", compiled)))
    assert load_compiled(path) is None
    path.write_bytes(b"\x00not marshal")
    assert load_compiled(path) is None
    assert load_compiled(tmp_path / "missing") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Certified welder: MIG and TIG welding.", ["Welding", "MIG Welding", "TIG Welding"]),
        (
            "Plumbing, pipefitting and backflow testing.",
            ["Plumbing", "Pipefitting", "Backflow Testing"],
        ),
        ("Operate pallet jacks and reach trucks.", ["Pallet Jack", "Reach Truck"]),
        (
            "Certified Nursing Assistant or LPN.",
            ["Certified Nursing Assistant", "Licensed Practical Nurse"],
        ),
        ("Dialysis and med-surg experience.", ["Dialysis", "Medical-Surgical Nursing"]),
        ("Post journal entries and accruals.", ["Journal Entries", "Accruals"]),
        ("Must have experience with WCF.", ["WCF"]),
    ],
)
def test_trade_clinical_and_accounting_terms_are_known(text, expected):
    assert _names(text) == expected


def test_a_phrase_never_runs_across_a_comma():
    # "SAP ERP" is one product; "SAP, ERP" is two things.
    assert _names("Experience with SAP, ERP and Excel.") == ["SAP", "ERP", "Excel"]
    assert _names("Experience with SAP ERP.") == ["SAP"]


def test_every_skill_relation_names_taxonomy_terms():
    from jobs.relations import implications

    names = {term.canonical for term in taxonomy().terms}
    related = {name for source, targets in implications().items() for name in (source, *targets)}
    assert related <= names


def test_lower_case_names_count_in_a_list_of_technologies_only():
    assert _names("typescript javascript node.js react go") == [
        "TypeScript",
        "JavaScript",
        "Node.js",
        "React",
        "Go",
    ]
    assert _names("We react quickly and go far with Python.") == ["Python"]


def test_a_dot_inside_a_name_does_not_end_the_sentence():
    assert _names("Services in Node.js and Rust.") == ["Node.js", "Rust"]


def test_a_plural_or_possessive_with_an_apostrophe_is_the_name():
    assert _names("Integration via API's and Python's asyncio.") == ["APIs", "Python"]


def test_a_language_in_lower_case_counts_with_a_language_cue():
    assert _names("verbal and written english skills") == ["English"]


def test_epic_is_the_health_records_system_only_in_a_clinical_context():
    assert _names("Document care in Epic.") == ["Epic"]
    assert _names("An epic journey awaits you.") == []


def test_an_esco_phrase_gives_way_to_a_curated_term_on_its_last_word():
    text = "Three years building machine learning models."
    assert _names(text) == ["Machine Learning"]


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("Managed a team of six engineers across two time zones.", "People Management"),
        ("Mentored junior engineers through their first on-call rotations.", "Mentoring"),
        ("Built a component library used by four product teams.", "Design Systems"),
        ("Automated deployments for 30 services with GitHub Actions.", "CI/CD"),
        ("Processed payments for two million customers a month.", "Payments"),
        ("Owned the payment ledger and its nightly reconciliation.", "Payments"),
        ("Managed projects from scoping to launch.", "Project Management"),
        ("Analyzed the data behind the quarterly churn review.", "Data Analysis"),
        ("Analysed the data from forty clinics.", "Data Analysis"),
        ("Optimized performance of the search service by 40%.", "Performance Optimization"),
        ("Developed software for warehouse scanners.", "Software Development"),
        ("Tested and released the checkout flow every week.", "Software Testing"),
        ("Negotiated supplier contracts worth $2M a year.", "Negotiation"),
        ("Triaged adult and pediatric patients in the emergency department.", "Triage"),
        ("Debugged memory leaks in the ingestion service.", "Debugging"),
        ("Owned the annual budget and monthly forecast for 90 stores.", "Forecasting"),
        ("Wrote two seasonal menus with the executive chef.", "Menu Development"),
    ],
)
def test_a_skill_written_as_work_done_is_found(bullet, skill):
    assert skill in _names(bullet)


@pytest.mark.parametrize(
    "text",
    [
        "Managed to cut onboarding time in half.",
        "The platform is managed by a small team.",
        "Developed strong relationships with regional partners.",
        "Analyzed quarterly results with the finance team.",
        "We make machined and welded parts for aerospace customers.",
        "Salary and start date may be negotiated.",
        "Courses are taught by practitioners from the industry.",
        "Our mission is developing sustainable communities.",
    ],
)
def test_a_bare_verb_is_not_a_skill(text):
    """Only the verb before the skill's own object counts: "managed" alone is no Management."""
    names = _names(text)
    assert not {"People Management", "Project Management", "Software Development"} & set(names)
    assert not {"Data Analysis", "Machining", "Welding", "Negotiation", "Teaching"} & set(names)
    assert "Sustainable Development" not in names


def test_a_term_named_after_an_activity_verb_keeps_its_own_words():
    """ "planning [project] management": the verb does not take the term's first word."""
    assert _names("Experience in logistics planning project management.")[-1] == (
        "Project Management"
    )


def test_what_an_activity_makes_shows_it():
    assert "Financial Modeling" in _names("Built financial models for new store openings.")
    assert "Usability Testing" in _names("Ran usability tests with patients.")


def test_activity_phrases_name_curated_terms():
    names = {term.canonical for term in load_curated()}
    assert activity_phrases()
    assert set(activity_phrases()) <= names


@pytest.mark.parametrize(
    ("bullet", "skill", "written"),
    [
        (
            "Cared for 5-6 adult med/surg patients per shift.",
            "Patient Care",
            "Cared for 5-6 adult med/surg patients",
        ),
        ("Led 18 order pickers on the night shift.", "People Management", "Led 18 order pickers"),
        ("Supervised two staff accountants.", "People Management", "Supervised two staff"),
        (
            "Scheduled and rescheduled patient appointments in Epic.",
            "Scheduling",
            "Scheduled and rescheduled patient appointments",
        ),
        ("Managed a $1.4M budget.", "Budgeting", "Managed a $1.4M budget"),
        ("Resolved 40 tickets a day in ServiceNow.", "Troubleshooting", "Resolved 40 tickets"),
        # A count or a team of people: managing, hiring and training them.
        ("Managed 8 engineers across two teams.", "People Management", "Managed 8 engineers"),
        ("Led a team of 12 across operations.", "People Management", "Led a team"),
        ("Hired 5 analysts in six months.", "Recruiting", "Hired 5 analysts"),
        ("Trained new hires on the register.", "Staff Training", "Trained new hires"),
        (
            "Loaded and unloaded trucks by hand.",
            "Loading and Unloading",
            "Loaded and unloaded trucks",
        ),
        ("Paid 200 vendors on net-30 terms.", "Accounts Payable", "Paid 200 vendors"),
        # An object meets its singular as well as the plural the rule names.
        (
            "Reconciled the vendor account each month.",
            "Account Reconciliation",
            "Reconciled the vendor account",
        ),
    ],
)
def test_work_done_finds_a_verb_and_its_object_a_few_words_on(bullet, skill, written):
    assert (skill, written) in work_done(bullet)


@pytest.mark.parametrize(
    "text",
    [
        "Cared for trauma, stroke and cardiac patients.",  # punctuation ends the span
        "Led the design of a payment ledger that four teams use.",
        "Schedule patient appointments and verify insurance.",  # a posting's duty
        "Taught Grade 7 and 8 math to 140 students.",
    ],
)
def test_work_done_needs_the_past_verb_and_its_object_in_one_clause(text):
    assert work_done(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Managed to cut onboarding time for 40 engineers in half.",
        "Led to a 30% rise in repeat customers and staff retention.",
        "Hired as a junior engineer in 2019.",
        "Managed the team's Slack workspace and shared drives.",
        "Ran payroll for 250 employees across 3 states.",
        "Cared about every patient's dignity and comfort.",
        "Was hired by 3 engineers to build the first prototype.",
        "Welcomed newly hired engineers at the front door.",
    ],
)
def test_work_done_reads_no_skill_where_the_verb_does_not_take_the_object(text):
    """ "Managed to", "led to", "hired as", "was hired", "newly hired", a possessive object
    and an object of "for" name no work done on people or patients."""
    assert work_done(text) == []


def test_telemetry_patients_show_telemetry_nursing_but_software_telemetry_does_not():
    assert "Telemetry Nursing" in _names("Cared for 4-5 telemetry patients per shift.")
    assert "Telemetry Nursing" not in _names("Built telemetry pipelines with OpenTelemetry.")


def test_work_done_names_curated_terms():
    names = {term.canonical for term in load_curated()}
    assert {name for name, _ in work_done("Cared for patients. Led a crew of 8.")} <= names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trained site staff in Good Clinical Practice (GCP) and ICH guidelines.",
            ["Good Clinical Practice", "Good Clinical Practice"],
        ),
        (
            "Deployed services on Google Cloud Platform (GCP) and AWS.",
            ["Google Cloud Platform", "Google Cloud Platform", "AWS"],
        ),
        ("Experience with GCP, AWS and Terraform.", ["Google Cloud Platform", "AWS", "Terraform"]),
        ("Followed the Grid Control Protocol (GCP) at the plant.", []),
        (
            "Trained site staff in GCP (Good Clinical Practice) and ICH guidelines.",
            ["Good Clinical Practice", "Good Clinical Practice"],
        ),
        ("Followed GCP (Grid Control Protocol) at the plant.", []),
        # A plural acronym spells its words the same way.
        ("Takes part in professional learning communities (PLCs) each week.", []),
        ("Programs and troubleshoots PLCs on the packaging line.", ["PLC Programming"]),
        # Words read only in part: the acronym keeps its own reading.
        ("Knowledge of SQL (Structured Query Language).", ["SQL", "Query languages"]),
        ("Structured Query Language (SQL) skills.", ["Query languages", "SQL"]),
        (
            "Experience with GCP (BigQuery, Pub/Sub) is a plus.",
            ["Google Cloud Platform", "BigQuery", "Google Pub/Sub"],
        ),
    ],
)
def test_an_acronym_the_text_defines_means_what_its_words_mean(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CMA certification required; assist the physician with patient intake.",
            ["Certified Medical Assistant"],
        ),
        (
            "Current CMA or RMA; take vitals and room patients.",
            ["Certified Medical Assistant", "RMA", "Vital Signs"],
        ),
        ("CPA or CMA preferred for this accounting role.", ["CPA", "CMA"]),
        ("Certifications: CPA, CMA", ["CPA", "CMA"]),
    ],
)
def test_cma_is_a_medical_assistant_only_near_medical_words(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unloaded shipping containers using a forklift.", ["Forklift Operation"]),
        ("Experience loading shipping containers.", []),
        ("Experience with containers and Kubernetes.", ["Docker", "Kubernetes"]),
        ("Packaged the services as containers for deployment.", ["Docker"]),
    ],
)
def test_containers_are_docker_only_near_software_words(text, expected):
    assert _names(text) == expected
    # A posting's qualifications list is no software context either.
    in_requirements = [match.term.canonical for match in taxonomy().find(text, technical=True)]
    assert ("Docker" in in_requirements) == ("Docker" in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Managed the team budget of $2M.", ["Budgeting"]),
        ("Led the team meetings and wrote the minutes.", []),
        ("Managed staff schedules for 3 clinics.", []),
        ("Managed a team of 8 engineers.", ["People Management"]),
        ("Supervised 12 team members on the night shift.", ["People Management"]),
        ("Managed a team based in Austin.", ["People Management"]),
        ("Recruited 40 seasonal staff each summer.", ["Recruiting"]),
        ("Managed a team.", ["People Management"]),
    ],
)
def test_a_team_word_before_another_noun_names_that_noun_not_people(text, expected):
    assert [name for name, _ in work_done(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A banquet is its own trade, not a caterer's; each shows the other in matching.
        ("Serve plated banquets for up to 300 guests.", ["Banquet Operations"]),
        ("Catering experience.", ["Catering"]),
        # A welding code is no cloud platform.
        ("AWS D1.1 certification a plus.", ["AWS D1.1"]),
        ("Chest physiotherapy and BiPAP set-up.", ["Airway Clearance", "Non-Invasive Ventilation"]),
        (
            "FAA A&P certificate and knowledge of FAR Part 121.",
            ["Airframe and Powerplant", "FAA Regulations"],
        ),
        ("Prepare GST/QST remittances.", ["VAT"]),
        # A duty written in the third person is Epic's context too.
        ("Documents all treatments in Epic.", ["Epic"]),
        ("Current Minnesota respiratory therapist license.", ["Respiratory Therapist License"]),
        # Tools and credentials named as products; their plain-English lookalikes are not.
        ("Works in PointClickCare and Aloha POS.", ["PointClickCare", "Aloha POS"]),
        ("Aloha and welcome to the next gen team.", []),
    ],
)
def test_trade_words_name_their_own_skill(text, expected):
    assert _names(text) == expected


def test_banquets_and_catering_show_each_other():
    assert implied_by({"Banquet Operations"}) == {"Catering": "Banquet Operations"}
    assert implied_by({"Catering"}) == {"Banquet Operations": "Catering"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Helped students catch up with the rest of the class.", False),
        ("Refilled soap dispensers and restocked towels.", False),
        ("Built REST services in Django.", True),
        ("Integrated SOAP web services.", True),
        ("Designed RESTful APIs for the mobile app.", True),
        ("Skills: Python, Django, rest, Docker", True),
    ],
)
def test_an_acronym_that_is_an_english_word_needs_its_capitals_or_a_list_of_tools(text, expected):
    assert bool({"REST APIs", "SOAP"} & set(_names(text))) is expected


def test_the_compiled_activities_are_the_activities_read_from_their_file(tmp_path):
    from jobs.taxonomy import load_activities, read_activities, write_activities

    path = tmp_path / "activities.compiled"
    written = write_activities(path)
    assert load_activities(path) == written == read_activities()
    # The order of the spans ranks their skills: it survives compilation.
    assert list(load_activities(path)["spans"]) == list(read_activities()["spans"])


def test_stale_or_damaged_compiled_activities_are_not_used(tmp_path):
    import marshal

    from jobs.taxonomy import load_activities, write_activities

    path = tmp_path / "activities.compiled"
    sections = write_activities(path)
    path.write_bytes(marshal.dumps(("another source", sections)))
    assert load_activities(path) is None
    path.write_bytes(b"\x00not marshal")
    assert load_activities(path) is None
    assert load_activities(tmp_path / "missing") is None


def test_ranking_a_posting_in_a_new_process_loads_no_inflection_dictionary():
    # lemminflect's tables take a third of a second to load: the activities' plural forms
    # come from their compiled file, so `rank_jobs` and the like never pay for them.
    import subprocess
    import sys
    from pathlib import Path

    def run(code: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", "import sys, django; django.setup(); " + code],
            cwd=Path(__file__).resolve().parents[2],
            capture_output=True,
            text=True,
            timeout=120,
            env={"DJANGO_SETTINGS_MODULE": "resumeopt.settings", "PATH": "/usr/bin:/bin"},
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    # Written by one process (at install, or by the first one to need it), read by the next.
    run("from jobs.taxonomy import write_activities; write_activities()")
    ranked = run(
        "from jobs.extraction import extract_requirements\n"
        "from jobs.matching import match_profile, profile_of\n"
        "from resumeopt.jsonresume import sample_document\n"
        "posting = extract_requirements('Data Analyst. You have 3+ years of SQL and Python.')\n"
        "match = match_profile(profile_of(sample_document()), posting)\n"
        "print(bool(posting.skills), 'lemminflect' in sys.modules)"
    )
    assert ranked == "True False"
