"""The contact header (`parsing.contact`): where the name is, and what is never a name."""

import io

from resumeopt.importers import import_text, read_upload
from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.contact import looks_like_name, name_case, parse_header


def _lines(text: str) -> list[Line]:
    return [Line(line) for line in text.split("\n")]


def test_two_column_headings_flattened_onto_one_line_are_not_a_name():
    assert not looks_like_name("SUMMARY WORK EXPERIENCE")
    assert not looks_like_name("Profile Contacts")
    assert looks_like_name("Summer Hunter")


def test_a_school_or_a_company_is_not_a_name():
    assert not looks_like_name("Hillel IT School")
    assert not looks_like_name("Acme Solutions Ltd")


def test_the_text_of_a_linkedin_link_is_the_name_when_the_header_has_none():
    basics, _ = parse_header(
        _lines("Phone: 050-1234567  Birth year: 1990\nLinkedIn: Maria Sokolova Languages: English")
    )
    assert basics["name"] == "Maria Sokolova"
    basics, _ = parse_header(_lines("Daniel Cohen\nLinkedIn: Daniel Cohen"))
    assert basics["name"] == "Daniel Cohen"


def test_a_name_in_the_page_footer_is_found_when_the_header_has_none():
    document = parse_lines(
        _lines(
            "Backend Developer\nLocation: Haifa, Israel\n\nEXPERIENCE\n"
            "Python Developer, Wix\n2020 - Present\nBuilt the billing service.\n\n"
            "EDUCATION\nTechnion\nB.Sc. in Computer Science, 2016 - 2020\n\nAnna Levi  2"
        )
    )
    assert document["basics"]["name"] == "Anna Levi"


def test_a_last_line_that_is_a_skill_or_a_language_list_is_not_taken_for_a_name():
    document = parse_lines(
        _lines(
            "Backend Developer\n\nEXPERIENCE\nPython Developer, Wix\n2020 - Present\n\n"
            "LANGUAGES\nHebrew Native\nEnglish Fluent"
        )
    )
    assert "name" not in document["basics"]


def test_what_is_left_of_a_contact_line_with_its_fields_blanked_is_not_a_name():
    basics, _ = parse_header(_lines("Frontend Developer\n|  |  | Ramat Gan"))
    assert "name" not in basics
    basics, _ = parse_header(_lines("Dana Levi | dana@example.com | 050-1234567"))
    assert basics["name"] == "Dana Levi"


def test_a_documents_title_above_the_name_is_not_the_name():
    for title in ("RESUME", "Curriculum Vitae", "Europass CV", "CURRÍCULO VITAE"):
        basics, _ = parse_header(_lines(f"{title}\nOlusegun Adeyemi\nLagos, Nigeria"))
        assert basics["name"] == "Olusegun Adeyemi", title


def test_an_honorific_and_the_letters_after_a_name_are_not_part_of_it():
    basics, _ = parse_header(_lines("Prof. Ingrid Halvorsen, PhD, FRCP\nOslo, Norway"))
    assert basics["name"] == "Ingrid Halvorsen"
    basics, _ = parse_header(_lines("Carlos Mendez, CPA, MBA\ncarlos@example.com"))
    assert basics["name"] == "Carlos Mendez"


def test_a_town_and_its_state_code_are_still_not_a_name():
    basics, _ = parse_header(_lines("Springfield, IL\nPriya Raman"))
    assert basics["name"] == "Priya Raman"


def test_the_name_closing_a_sidebar_read_before_the_main_column_is_found():
    document = parse_lines(
        _lines(
            "Contact\n+81 90 1234 5678\nhana.suzuki@example.jp\nSkills\nPower BI\n"
            "Financial Modeling\nHana Suzuki\nFinancial Analyst at Kubota\nOsaka, Japan\n"
            "Summary\nI build forecasts.\nExperience\nKubota\nFinancial Analyst\n"
            "April 2019 - Present\nOsaka, Japan"
        )
    )
    basics = document["basics"]
    assert basics["name"] == "Hana Suzuki"
    assert basics["label"] == "Financial Analyst at Kubota"
    assert basics["location"]["city"] == "Osaka"
    skills = " ".join(str(skill) for skill in document.get("skills", []))
    assert "Hana" not in skills and "Osaka" not in skills


def test_a_metro_area_closing_the_sidebar_is_the_place_under_the_name():
    document = parse_lines(
        _lines(
            "Contact\nomar.haddad@example.com\nTop Skills\nBudgeting\nOmar Haddad\n"
            "Finance Manager\nGreater Chicago Area\nExperience\nMotorola Solutions\n"
            "Finance Manager\nMarch 2020 - Present"
        )
    )
    assert document["basics"]["name"] == "Omar Haddad"


def test_a_name_with_a_particle_in_lower_case_is_a_name():
    assert looks_like_name("Joost van den Broek")
    assert looks_like_name("Maria da Conceição Souza")
    assert not looks_like_name("Python and Django")
    assert not looks_like_name("de Groot")  # a particle never opens the line's name


def test_a_name_in_capitals_keeps_double_names_and_small_particles():
    assert name_case("MATEO FERNÁNDEZ-ORTIZ") == "Mateo Fernández-Ortiz"
    assert name_case("RAFAEL DOS SANTOS LIMA") == "Rafael dos Santos Lima"
    assert name_case("SEAN O'BRIEN") == "Sean O'Brien"


def test_a_name_opening_the_contact_line_is_the_name_when_no_line_holds_it_alone():
    basics, rest = parse_header(
        _lines("Lucía Fernández Ríos · Sevilla · 655 123 987 · lucia.fr@hotmail.es")
    )
    assert basics["name"] == "Lucía Fernández Ríos"
    assert basics["email"] == "lucia.fr@hotmail.es"
    assert "Lucía Fernández Ríos" not in " ".join(rest)


def test_a_name_on_its_own_line_wins_over_words_opening_a_contact_line():
    basics, _ = parse_header(_lines("Maria Lopez\nMadrid Centro · 600 111 222 · maria@example.es"))
    assert basics["name"] == "Maria Lopez"


def test_icon_font_glyphs_before_contact_details_and_headings_are_set_aside():
    """Font Awesome and Material Icons draw a phone, an envelope or a briefcase with
    private-use code points, which a PDF's or a Word file's text keeps."""
    document = read_upload(
        (
            "Jane Doe\n\uf0e0 jane.doe@example.com\n\uf095 (555) 010-0199\n\ue55f Denver, CO\n\n"
            "\uf0b1 EXPERIENCE\n\nData Analyst at Acme Corp\t2019 - 2022\n\n"
            "\uf19d EDUCATION\n\nBachelor of Science in Statistics\nUniversity of Denver"
        ).encode(),
        "resume.txt",
    )["document"]
    basics = document["basics"]
    assert (basics["name"], basics["email"], basics["phone"]) == (
        "Jane Doe",
        "jane.doe@example.com",
        "(555) 010-0199",
    )
    assert basics["location"] == {"city": "Denver", "region": "CO"}
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Data Analyst", "Acme Corp")
    ]
    assert document["education"][0]["institution"] == "University of Denver"


def test_resume_over_the_name_titles_the_page_and_a_french_resume_after_it_is_a_summary():
    indian = import_text(
        "RESUME\n\nName : Rahul Sharma\nEmail : rahul.sharma92@gmail.com\n\n"
        "CAREER OBJECTIVE\nTo grow with the organisation.\n"
    ).document["basics"]
    assert (indian["name"], indian["email"]) == ("Rahul Sharma", "rahul.sharma92@gmail.com")
    french = import_text("Anne Dupont\nanne.dupont@orange.fr\n\nRésumé\nInfirmière depuis 2015.\n")
    assert french.document["basics"]["name"] == "Anne Dupont"
    assert french.document["basics"]["summary"] == "Infirmière depuis 2015."


def test_the_name_opening_the_main_cell_after_a_sidebar_cell_is_the_name():
    from docx import Document

    document = Document()
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "CONTACT"
    for text in ("Tulsa, OK 74104", "918-555-0144", "sam.ortiz@gmail.com", "", "EDUCATION"):
        left.add_paragraph(text)
    for text in ("Tulsa Community College", "Associate of Applied Science", "2015 – 2017"):
        left.add_paragraph(text)
    right.text = "SAMUEL ORTIZ, AAS"
    right.add_paragraph("Industrial Maintenance Technician")
    right.add_paragraph("EXPERIENCE")
    right.add_paragraph("Maintenance Technician")
    right.add_paragraph("Whirlpool Corporation, Tulsa, OK | Jun 2017 – Present")
    buffer = io.BytesIO()
    document.save(buffer)
    parsed = read_upload(buffer.getvalue(), "ortiz.docx")["document"]
    assert parsed["basics"]["name"] == "Samuel Ortiz"
    assert parsed["basics"]["label"] == "Industrial Maintenance Technician"
    assert parsed["education"][0]["institution"] == "Tulsa Community College"
    assert parsed["work"][0]["name"] == "Whirlpool Corporation"


def test_a_sidebar_ending_in_a_skill_above_a_title_gives_no_name():
    text = """jane.roe@example.com

SKILLS
Python
Data Analysis
Senior Data Analyst

EXPERIENCE
Senior Data Analyst
Acme Corp | 2019 – 2022"""
    assert "name" not in parse_lines(_lines(text))["basics"]


def test_a_name_in_capitals_below_the_contact_lines_is_the_name_not_a_heading():
    document = parse_lines(
        _lines(
            "E-mail: priya.menon@example.com | Phone: +971 50 555 7812\n"
            "LinkedIn: linkedin.com/in/priyamenon | Dubai, UAE\n\n"
            "PRIYA MENON\nHR Business Partner\n\nSUMMARY\nHR partner for nine years.\n\n"
            "EXPERIENCE\nHR Officer | Jumeirah Group | Dubai | Jun 2014 – Mar 2019"
        )
    )
    basics = document["basics"]
    assert (basics["name"], basics["label"]) == ("Priya Menon", "HR Business Partner")
    assert basics["phone"] == "+971 50 555 7812"
    assert "PRIYA MENON" not in document.get("meta", {}).get("unsorted", [])


def test_curriculum_vitae_over_a_name_in_capitals_leaves_the_name_and_no_unsorted_title():
    document = parse_lines(
        _lines(
            "Curriculum Vitae\n\nKARTHIK SUBRAMANIAN\n"
            "Email: karthik@example.com        Mobile: +91 94440 12873\n\n"
            "Work Experience\nTata Consultancy Services\nSystems Engineer   Aug 2018 - Present"
        )
    )
    basics = document["basics"]
    assert (basics["name"], basics["email"], basics["phone"]) == (
        "Karthik Subramanian",
        "karthik@example.com",
        "+91 94440 12873",
    )
    assert "Curriculum Vitae" not in document.get("meta", {}).get("unsorted", [])


def test_a_language_level_closing_the_page_is_no_page_number_under_a_name():
    document = parse_lines(
        _lines(
            "Backend Developer\n\nEXPERIENCE\nPython Developer, Wix\n2020 - Present\n\n"
            "LANGUAGES\nSpanish – native\nItalian – B1"
        )
    )
    assert "name" not in document["basics"]


def test_pronouns_and_an_engineers_title_are_no_part_of_the_name():
    basics, _ = parse_header(_lines("ALEX J. MORGAN (they/them)\nUX Researcher"))
    assert basics["name"] == "Alex J. Morgan"
    basics, _ = parse_header(_lines("Engr. Chukwuemeka Obi\nLagos, Nigeria"))
    assert basics["name"] == "Chukwuemeka Obi"


def test_a_phone_labelled_in_portuguese_or_as_a_contact_number_is_the_phone():
    basics, _ = parse_header(
        _lines("Fernanda Santos\nSão Paulo | Telefone: (11) 98765-4321 | E-mail: f@example.com")
    )
    assert basics["phone"] == "(11) 98765-4321"
    basics, _ = parse_header(_lines("Rohit Sharma\nContact No: 9876543210"))
    assert basics["phone"] == "9876543210"


def test_credentials_after_a_name_without_commas_are_not_part_of_it():
    for first_line, name, letters in [
        ("JAMES O'SULLIVAN CA ANZ", "James O'Sullivan", ["CA ANZ"]),
        ("Sarah Chen CPA", "Sarah Chen", ["CPA"]),
        ("ANNA KOWALSKA ACCA", "Anna Kowalska", ["ACCA"]),
        ("Mark Li P.Eng", "Mark Li", ["P.Eng"]),
    ]:
        document = parse_lines(
            _lines(
                f"{first_line}\nSydney NSW | person@example.com\n\n"
                "EXPERIENCE\nAuditor at KPMG\n2019 - 2021"
            )
        )
        assert document["basics"]["name"] == name
        # As with "Jane Doe, RN": the credential is kept, as a certificate.
        assert [item["name"] for item in document.get("certificates", [])] == letters


def test_a_short_name_keeps_its_last_word_even_when_it_reads_as_letters():
    document = parse_lines(
        _lines("JACK MA\njack@example.com\n\nEXPERIENCE\nFounder at Alibaba\n1999 - 2019")
    )
    assert document["basics"]["name"] == "Jack Ma"
    # Written with commas, the header reads the same way.
    document = parse_lines(
        _lines(
            "PRIYA VENKATARAMAN, MD, MPH\nBoston, MA\n\nEXPERIENCE\nPhysician at MGH\n2019 - 2021"
        )
    )
    assert document["basics"]["name"] == "Priya Venkataraman"


def test_a_name_then_a_place_on_the_first_line_is_the_name_and_where_one_lives():
    basics, rest = parse_header(_lines("Carlos Ruiz, Austin, TX\ncarlos.ruiz@example.com"))
    assert basics["name"] == "Carlos Ruiz"
    assert basics["location"] == {"city": "Austin", "region": "TX"}
    assert rest == []
    # Letters after a name are the person's degrees, not a place.
    basics, _ = parse_header(_lines("Priya Raman, MD, MPH\npriya@example.com"))
    assert basics["name"] == "Priya Raman"
    assert "location" not in basics


MASKED_HEADER = """Full-Stack Developer with 3+ years of experience looking for a full time position
Phone:  Birth year: 1991
E-mail:  Residence: Rehovot.
Tel:  Email:  City of Residence: Ashdod Date of birth:

EXPERIENCE
2021 - now Java Developer, Inetex (Rehovot, Israel)
Location: Tel Aviv
- Built Spring Boot services
"""


def test_contact_labels_run_together_with_their_values_masked_are_read_one_by_one():
    # Real resumes shared with their contact values cut out keep the labels, run together on
    # a line: each is read on its own, an empty one says nothing, and the residence is where
    # the person lives (the first one given); a job's "Location:" line is the job's.
    basics = import_text(MASKED_HEADER).document["basics"]
    assert basics["location"]["city"] == "Rehovot"
    assert basics["location"]["countryCode"] == "IL"
    assert "Birth year: 1991" in basics["personal"]
    assert not [
        text for text in basics["personal"] if text.rstrip(":").endswith(("Phone", "birth"))
    ]
    assert "phone" not in basics and "email" not in basics


def test_with_no_name_the_opening_title_is_the_headline_and_its_claim_the_summary():
    document = import_text(MASKED_HEADER).document
    assert document["basics"]["label"] == "Full-Stack Developer"
    assert "3+ years of experience" in document["basics"]["summary"]


def test_a_title_line_in_capitals_opens_a_resume_whose_name_was_masked():
    document = import_text(
        "FULL STACK JAVA DEVELOPER\nResidence: Hadera Languages: Hebrew, English\n\n"
        "EXPERIENCE\nJava Developer, Acme Ltd\n2019 - 2022\n"
    ).document
    assert document["basics"]["label"] == "FULL STACK JAVA DEVELOPER"
    assert document["basics"]["location"]["city"] == "Hadera"
    assert "name" not in document["basics"]


def test_a_sentence_or_a_dated_line_is_never_taken_for_the_headline():
    document = import_text(
        "project manager of several projects.\nSenior Engineer, 2019 - 2021\n\n"
        "EXPERIENCE\nJava Developer, Acme Ltd\n2019 - 2022\n"
    ).document
    assert "label" not in document["basics"]


def test_languages_written_on_a_contact_line_are_the_languages():
    document = import_text(
        "Fullstack Web Developer\nResidence: Hadera Languages: Hebrew, English, Russian\n\n"
        "EXPERIENCE\nWeb Developer, Acme Ltd\n2019 - 2022\n"
    ).document
    assert [item["language"] for item in document["languages"]] == ["Hebrew", "English", "Russian"]
    assert not document.get("meta", {}).get("unsorted")


def test_a_location_label_among_barred_contact_fields_gives_the_town_and_region():
    # The bar between two labelled fields belongs to neither; "Town, Region" alone is a place.
    basics = import_text(
        "Senior Data Engineer\nAnanya Krishnan\n"
        "Location: Bengaluru, Karnataka | Phone: +91 98450 11223 | Email: ananya.k@example.com\n\n"
        "EXPERIENCE\nData Engineer — Mu Sigma\nBengaluru | Jul 2016 – Dec 2019\n"
    ).document["basics"]
    assert basics["name"] == "Ananya Krishnan"
    assert basics["label"] == "Senior Data Engineer"
    assert basics["location"]["city"] == "Bengaluru"
    assert basics["location"]["region"] == "Karnataka"
    assert basics["phone"] == "+91 98450 11223"


def test_a_title_closed_with_a_full_stop_is_the_headline_and_wrapped_prose_is_not():
    basics = import_text(
        "MOTOVILOV PAVEL\nFRONTEND WEB DEVELOPER.\nRehovot\n\n"
        "EXPERIENCE\nWeb Developer, Acme Ltd\n2019 - 2022\n"
    ).document["basics"]
    assert basics["label"] == "FRONTEND WEB DEVELOPER"
    basics = import_text(
        "Sergei Shipanov\n"
        "I am a Software Engineer with 6+ years experience in development and\n"
        "design on a wide technological stack. I design and build crucial parts for core business\n"
        "applications such as integration buses, CI/CD and infrastructure\n"
        "applications.\n\n"
        "EXPERIENCE\nJava Developer, Acme Ltd\n2019 - 2022\n"
    ).document["basics"]
    assert "label" not in basics
    assert basics["summary"].endswith("CI/CD and infrastructure applications.")


def test_a_metro_area_on_the_contact_line_is_where_the_person_lives():
    """'San Francisco Bay Area', as LinkedIn names where someone lives, on the contact line
    (as our exports write it): the region, never the headline."""
    for area in ("San Francisco Bay Area", "Atlanta Metropolitan Area", "Greater Chicago Area"):
        basics = import_text(
            f"Dana Levi\ndana@example.com · 555-123-4567 · {area}\n\n"
            "EXPERIENCE\nData Analyst · Contoso Ltd\nJan 2020 – Present\n"
        ).document["basics"]
        assert basics["location"] == {"region": area}
        assert "label" not in basics
