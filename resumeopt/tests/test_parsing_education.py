"""The education stage (`parsing.education`): how people really write their schools."""

from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.education import join_wrapped_names, parse_education


def _education(text: str) -> list[dict]:
    entries, _, _ = parse_education([Line(line) for line in text.split("\n")])
    return entries


def _schools(text: str) -> list[tuple[str | None, str | None]]:
    return [(entry.get("institution"), entry.get("studyType")) for entry in _education(text)]


def test_a_school_name_wrapped_by_a_narrow_column_is_read_whole():
    assert _schools(
        "National Research University of Higher School of\n"
        "Economics\n"
        "Bachelor of Economics, 2016\n"
        "\n"
        "University of Electronic Science and\n"
        "Technology of China\n"
        "M.Eng. in Software Engineering\n"
        "2012 - 2015"
    ) == [
        ("National Research University of Higher School of Economics", "Bachelor"),
        ("University of Electronic Science and Technology of China", "M.Eng."),
    ]


def test_a_hyphenated_name_broken_at_its_hyphen_is_glued_back_without_a_space():
    lines = join_wrapped_names(
        [
            Line("2000 - 2005 Specialist in Economics. Kazan State Power-"),
            Line("Engineering University"),
        ]
    )
    assert [line.text for line in lines] == [
        "2000 - 2005 Specialist in Economics. Kazan State Power-Engineering University"
    ]


def test_a_sentence_ending_in_a_full_stop_is_not_joined_to_the_next_line():
    lines = join_wrapped_names([Line("Graduated with honours."), Line("Vilnius University")])
    assert len(lines) == 2


def test_a_list_of_fields_after_of_keeps_its_commas_in_the_name():
    assert _schools(
        "Shenkar College of Engineering, Design and Art\nB.Des. in Textile Design\n2012 - 2016"
    ) == [("Shenkar College of Engineering, Design and Art", "B.Des.")]


def test_a_city_after_the_school_is_its_place_but_a_campus_after_of_is_part_of_the_name():
    entries = _education(
        "Anna University, Chennai\nB.Tech in Information Technology\n2012 - 2016\n\n"
        "University of California, Davis\nB.S. in Statistics\n2008 - 2012"
    )
    assert [(entry["institution"], entry.get("location")) for entry in entries] == [
        ("Anna University", "Chennai"),
        ("University of California, Davis", None),
    ]


def test_the_school_is_told_from_the_course_and_the_profession_it_taught():
    entries = _education(
        "Frontend Developer\n"
        "HTML Academy\n"
        "Professional React Training Course\n"
        "2021\n"
        "\n"
        "Codecademy - Full-Stack Engineer Career Path Certificate, 2022"
    )
    assert entries[0]["institution"] == "HTML Academy"
    assert entries[1]["institution"] == "Codecademy"
    # The certificate is what was studied there, as matching reads it (not a degree).
    assert "Certificate" in entries[1]["studyType"]


def test_a_course_taken_at_a_school_names_both():
    entries = _education("2019 - 2020  Data Science bootcamp course at the ITC Academy")
    assert entries[0]["institution"] == "ITC Academy"
    assert "Data Science" in entries[0]["studyType"]


def test_a_school_named_after_the_degree_on_one_line_is_the_institution():
    assert _schools("B.Sc. in Physics from Tel Aviv University, 2010 - 2013") == [
        ("Tel Aviv University", "B.Sc.")
    ]
    assert _schools("BA in Open University of Israel\n2015 - 2019") == [
        ("Open University of Israel", "BA")
    ]


def test_a_school_line_written_under_the_previous_degree_opens_the_next_entry():
    entries = _education(
        "Kyiv Polytechnic Institute\nBachelor of Computer Engineering, 2015\n"
        "Coursera\nMachine Learning Specialization, 2019"
    )
    assert [entry.get("institution") for entry in entries] == [
        "Kyiv Polytechnic Institute",
        "Coursera",
    ]
    assert entries[1]["endDate"] == "2019"  # a year alone: when the course was finished


def test_the_legal_form_before_a_school_name_is_dropped():
    assert _schools(
        "Federal State Autonomous Educational Institution of Higher Education "
        "Kazan Federal University\n2009 - 2014"
    ) == [("Kazan Federal University", None)]


def test_grades_out_of_a_hundred_and_higher_secondary_schooling_are_read():
    entries = _education(
        "M.Sc. in Chemistry\nWeizmann Institute of Science\n2016 - 2018\nGPA: 92/100\n\n"
        "2008 - 2010 | Higher Secondary | Delhi Public School | Noida"
    )
    assert entries[0]["score"] == "92/100 GPA"
    assert (entries[1]["institution"], entries[1]["studyType"]) == (
        "Delhi Public School",
        "Higher Secondary",
    )


def test_an_education_heading_glued_to_its_school_opens_the_section():
    document = parse_lines(
        [
            Line(text)
            for text in [
                "Jane Roe",
                "",
                "Experience",
                "Backend Developer, Acme",
                "2015 - 2020",
                "Education Riga Technical University 2010 - 2014, Bachelor of Computer Science",
            ]
        ]
    )
    assert [job["name"] for job in document["work"]] == ["Acme"]
    school = document["education"][0]
    assert (school["institution"], school["studyType"]) == ("Riga Technical University", "Bachelor")


def test_a_qualification_from_a_professional_body_is_education_not_a_job():
    assert _schools(
        "Specialist Chartered Institute for Securities & Investment\n"
        "Mar 2015 - Jun 2015 Certified securities specialist for the back office"
    ) == [("Chartered Institute for Securities & Investment", "Specialist")]
    assert _schools(
        "Specialist National Association of Stock Dealers\n"
        "Aug 2010 - Sep 2010 Stock market specialist for the register of shares"
    ) == [("National Association of Stock Dealers", "Specialist")]


def test_an_acronym_before_its_faculty_is_the_school():
    entries = _education(
        "LMU, Faculty of Physics\n2016 - 2020\n\nKPI, School of Computer Science\n2012 - 2016"
    )
    assert [(entry["institution"], entry.get("area")) for entry in entries] == [
        ("LMU", "Faculty of Physics"),
        ("KPI", "School of Computer Science"),
    ]


def test_brackets_that_spell_out_the_schools_acronym_are_left_out():
    assert _schools(
        "KPI (Kyiv Polytechnic Institute)\n2010 - 2014\n\n"
        "MIPT University (Moscow Institute of Physics and Technology)\n2014 - 2016\n\n"
        "Tel Aviv University (Faculty of Exact Sciences)\n2016 - 2018"
    ) == [
        ("KPI", None),
        ("MIPT University", None),
        ("Tel Aviv University (Faculty of Exact Sciences)", None),
    ]


# Two columns run together line by line, three headings on one line: the Education
# column on the right, one school's name wrapped onto the next line.
FLATTENED = """Olena Hrytsenko
Data Engineer
SUMMARY SKILLS EDUCATION
Data engineer with six years of batch and Python, Scala, SQL
streaming pipelines for retail analytics. Spark, Kafka, Airflow
EXPERIENCE
Senior Data Engineer, Grammarly
2019 - Present
Built the event pipeline in Spark and Kafka. Kharkiv National
University of Radio Electronics 2009 - 2015
Moved reporting to Airflow for clients in retail Lviv Polytechnic Institute 2007 - 2009"""


def test_schools_are_found_by_name_when_flattened_columns_hide_the_education_section():
    document = parse_lines([Line(text) for text in FLATTENED.splitlines()])
    schools = [school["institution"] for school in document["education"]]
    assert schools == [
        "Kharkiv National University of Radio Electronics",
        "Lviv Polytechnic Institute",
    ]


def test_a_school_in_a_job_description_is_not_taken_when_no_education_heading_exists():
    document = parse_lines(
        [
            Line(text)
            for text in [
                "Dana Katz",
                "",
                "EXPERIENCE",
                "Research Assistant, Weizmann Institute of Science",
                "2019 - 2021",
                "Built lab software used by the Hebrew University of Jerusalem.",
            ]
        ]
    )
    assert not document.get("education")


def test_a_degree_stranded_under_experience_by_a_flattened_page_goes_back_to_education():
    document = parse_lines(
        [
            Line(text)
            for text in [
                "Kim Park",
                "",
                "SUMMARY EDUCATION",
                "Analyst with eight years in retail.  Seoul National University",
                "",
                "EXPERIENCE",
                "• Master of Science - Statistics",
                "Data Analyst, Coupang",
                "2018 - Present",
                "• Built the demand forecast.",
            ]
        ]
    )
    assert [job["name"] for job in document["work"]] == ["Coupang"]
    assert any(school.get("studyType") == "Master of Science" for school in document["education"])


def test_a_school_written_with_both_its_names_is_one_school():
    assert _schools(
        "Technion – Israel Institute of Technology\nB.Sc. in Civil Engineering, 2009 – 2013"
    ) == [("Technion – Israel Institute of Technology", "B.Sc.")]
    assert _schools("2012 | Tel Ran Educational Center | Java Bootcamp") == [
        ("Tel Ran Educational Center", "Java Bootcamp")
    ]


def test_a_qualification_is_never_taken_for_the_schools_place():
    entries = _education(
        "Sami Shamoon College of Engineering, Beer Sheva\nPractical Engineer in Electronics, 2008"
    )
    assert entries[0]["institution"] == "Sami Shamoon College of Engineering"
    assert entries[0]["location"] == "Beer Sheva"
    assert entries[0]["studyType"] == "Engineer"


def test_a_degrees_acronym_in_brackets_is_not_its_field():
    assert (
        _education("Master of Business Administration (MBA), London Business School, 2019")[0].get(
            "area"
        )
        is None
    )


def test_a_course_written_before_the_school_that_gave_it_is_not_the_school():
    assert _education("2020  Data Analytics Bootcamp, Le Wagon Academy")[0]["institution"] == (
        "Le Wagon Academy"
    )


def test_a_schools_last_word_wrapped_alone_onto_the_next_line_is_joined():
    assert _schools(
        "Kazan National Research Technological\nUniversity\nBachelor's Degree, Chemistry\n"
        "2009 - 2013"
    ) == [("Kazan National Research Technological University", "Bachelor's Degree")]


def test_degrees_named_in_french_spanish_italian_and_german():
    assert _schools(
        "Licence de Mathématiques, Université de Lille, 2015\n\n"
        "Grado en Ingeniería Informática, Universidad de Sevilla, 2016\n\n"
        "Laurea Magistrale in Ingegneria, Politecnico di Torino, 2018\n\n"
        "Dipl.-Ing. Maschinenbau, Technische Universität Dresden, 2012"
    ) == [
        ("Université de Lille", "Licence"),
        ("Universidad de Sevilla", "Grado"),
        ("Politecnico di Torino", "Laurea Magistrale"),
        ("Technische Universität Dresden", "Dipl.-Ing."),
    ]


def test_nursing_and_professional_abbreviations_are_degrees_with_their_field():
    entries = _education(
        "BSN, Nursing\n"
        "The Ohio State University, Columbus, OH\n"
        "2014 - 2018\n"
        "\n"
        "MSN, Vanderbilt University, 2021\n"
        "\n"
        "J.D., Georgetown University Law Center, 2012\n"
        "\n"
        "PharmD - University of Michigan, 2016"
    )
    assert [(e.get("studyType"), e.get("area"), e.get("institution")) for e in entries] == [
        ("BSN", "Nursing", "The Ohio State University"),
        ("MSN", "Nursing", "Vanderbilt University"),
        ("J.D.", "Law", "Georgetown University Law Center"),
        ("PharmD", "Pharmacy", "University of Michigan"),
    ]


def test_a_field_written_after_the_abbreviation_wins_over_the_implied_one():
    entries = _education("MBA in Finance, University of Washington, 2014")
    assert (entries[0]["studyType"], entries[0]["area"]) == ("MBA", "Finance")


def test_a_qualification_in_capitals_runs_straight_into_its_school():
    entries, _, _ = parse_education(
        [
            Line("2016 – 2018 Lisbon, Portugal"),
            Line("MASTER OF SCIENCE IN DATA SCIENCE Universidade Nova de Lisboa"),
            Line("2012 – 2016"),
            Line("BACHELOR OF ARTS IN ECONOMICS Université Libre de Bruxelles"),
        ]
    )
    found = [(entry.get("institution"), entry.get("area")) for entry in entries]
    assert found == [
        ("Universidade Nova de Lisboa", "DATA SCIENCE"),
        ("Université Libre de Bruxelles", "ECONOMICS"),
    ]


def test_a_school_named_in_one_compound_word_is_a_school():
    entries, _, jobs = parse_education(
        [Line("Handelshögskolan i Göteborg"), Line("Kandidatexamen i ekonomi, 2011")]
    )
    assert entries[0]["institution"] == "Handelshögskolan i Göteborg"
    assert not jobs


def test_on_a_flattened_page_a_school_takes_the_degree_named_a_few_rows_from_it():
    rows = [
        "Olena Kovalenko",
        "SUMMARY EDUCATION EXPERIENCE",
        "Data engineer who builds Master of Science in Globex Corp",
        "reliable pipelines for Applied Mathematics Data Engineer",
        "retail analytics. Ivan Franko National University March 2020 - present",
        "2014 - 2019",
    ]
    document = parse_lines([Line(row) for row in rows])
    schools = [
        (entry.get("institution"), entry.get("studyType")) for entry in document["education"]
    ]
    assert schools == [("Ivan Franko National University", "Master of Science")]


def test_a_school_named_by_letters_keeps_them_on_a_flattened_page():
    rows = [
        "Rahul Mehta",
        "PROFILE EDUCATION EXPERIENCE",
        "Test engineer automating Bachelor of Technology in Infosys",
        "web and mobile tests. Computer Science Senior Test Engineer",
        "Selenium and Java. VIT University June 2020 - present",
    ]
    document = parse_lines([Line(row) for row in rows])
    assert [entry.get("institution") for entry in document["education"]] == ["VIT University"]


def test_trade_qualifications_and_french_schools_are_read():
    assert _schools(
        "Técnico Superior en Dirección de Cocina\n"
        "IES Escuela de Hostelería Simone Ortega, Móstoles\n"
        "2014 – 2016"
    ) == [("IES Escuela de Hostelería Simone Ortega", "Técnico Superior en Dirección de Cocina")]
    assert _schools(
        "Diplôme d'État d'Aide-Soignant (DEAS)\nIFAS de la Croix-Rouge française, Lyon — 2020"
    ) == [("IFAS de la Croix-Rouge française", "Diplôme d'État d'Aide-Soignant (DEAS)")]
    assert _schools(
        "Baccalauréat professionnel ASSP\nLycée professionnel Magenta, Villeurbanne — 2015"
    ) == [("Lycée professionnel Magenta", "Baccalauréat professionnel")]


def test_an_academic_cvs_thesis_and_committee_stay_with_their_degree():
    assert _schools(
        "2014    PhD in Sociology, University of Wisconsin-Madison\n"
        "        Thesis: Migration, remittances and school enrolment in rural Mexico\n"
        "        Committee: J. Alvarez (chair), R. Hauser, M. Tienda\n"
        "2008    MA in Demography, El Colegio de México"
    ) == [("University of Wisconsin-Madison", "PhD"), ("El Colegio de México", "MA")]


def test_a_vocational_title_over_its_school_in_a_table_row_keeps_both():
    assert _schools(
        "2014 – 2016\nTécnico en Cuidados Auxiliares de Enfermería\nIES Hermanos Machado, Sevilla\n"
        "2019\nCertificado de Profesionalidad: Atención Sociosanitaria\nCruz Roja Española"
    ) == [
        ("IES Hermanos Machado", "Técnico en Cuidados Auxiliares de Enfermería"),
        ("Cruz Roja Española", None),
    ]


def test_labelled_school_and_qualification_lines_under_the_dates_fill_the_entry():
    assert _schools(
        "Aug. 2015 – Juli 2018\n"
        "Berufsschule: Schulzentrum Utbremen, Bremen\n"
        "Abschluss: Mechatroniker (IHK)"
    ) == [("Schulzentrum Utbremen, Bremen", "Mechatroniker (IHK)")]


def test_french_trade_certificates_and_their_schools():
    assert _schools(
        "2016 : CAP Électricien – CFA du BTP de Loire-Atlantique, Saint-Herblain\n"
        "2014 : Brevet des collèges – Collège Jean Moulin, Nantes"
    ) == [
        ("CFA du BTP de Loire-Atlantique", "CAP Électricien"),
        ("Collège Jean Moulin", "Brevet des collèges"),
    ]


def test_a_diploma_named_after_a_kind_of_school_over_the_school_itself():
    assert _schools(
        "Diploma di Istituto Professionale per i Servizi Enogastronomici\n"
        "IPSSAR Giuseppe Colombatto, Torino\n"
        "2012 – 2017"
    ) == [
        (
            "IPSSAR Giuseppe Colombatto",
            "Diploma di Istituto Professionale per i Servizi Enogastronomici",
        )
    ]


def test_a_school_named_in_its_own_language_is_told_from_the_course_above_it():
    entries, _, _ = parse_education(
        [
            Line("Corso di Alta Cucina Italiana\t2016"),
            Line("ALMA – Scuola Internazionale di Cucina Italiana, Colorno"),
        ]
    )
    assert "Scuola Internazionale di Cucina Italiana" in entries[0]["institution"]


def test_numbered_and_college_certificates_and_school_leaving_exams_are_what_was_studied():
    assert _schools(
        "Cert IV in Kitchen Management - TAFE NSW, Ryde - 2019\n\n"
        "Certificate III in Commercial Cookery - TAFE NSW - 2017"
    ) == [
        ("TAFE NSW", "Cert IV in Kitchen Management"),
        ("TAFE NSW", "Certificate III in Commercial Cookery"),
    ]
    assert _schools(
        "Algonquin College, Ottawa, ON — Ontario College Certificate, Office Administration, 2018"
    ) == [("Algonquin College", "Ontario College Certificate")]


def test_a_uk_school_line_with_its_exams_labelled_below_gives_the_exams_and_subjects():
    entries = _education(
        "2015 – 2017  Xaverian College, Manchester\n"
        "A-levels: English Literature (B), Business Studies (C), French (C)\n\n"
        "2018  Level 2 Award in Food Safety in Catering – Highfield\n"
    )
    assert [(entry.get("institution"), entry.get("studyType")) for entry in entries] == [
        ("Xaverian College", "A-levels"),
        ("Highfield", "Level 2 Award in Food Safety in Catering"),
    ]
    assert entries[0]["courses"] == [
        "English Literature (B)",
        "Business Studies (C)",
        "French (C)",
    ]


def test_an_education_table_is_read_by_the_names_in_its_first_row():
    entries, unsorted, _ = parse_education(
        [
            Line(text)
            for text in (
                "Qualification | Board / University | Institute | Year | Percentage",
                "B.Tech (ECE) | Anna University | PSG College of Technology | 2019 | 81%",
                "12th | State Board | Sri Vidya Mandir | 2015 | 92.4%",
                "",
                "Certified Scrum Master, 2021",
            )
        ]
    )
    assert [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in entries][:2] == [
        ("PSG College of Technology", "B.Tech", "2019"),
        ("Sri Vidya Mandir", "12th", "2015"),
    ]
    assert entries[0]["area"] == "ECE"  # the bracket names the degree's field
    assert entries[0]["score"] == "81%"
    assert "PSG College of Technology: Anna University" in unsorted


def test_a_course_or_training_programme_named_beside_its_school_is_what_was_studied():
    assert _schools(
        "Senior Leader Course, U.S. Army NCO Academy, 2019\n\n"
        "CDL Class A Training Program | Laredo College | 2016"
    ) == [
        ("U.S. Army NCO Academy", "Senior Leader Course"),
        ("Laredo College", "CDL Class A Training Program"),
    ]


def test_an_engineering_degree_named_in_spanish_or_portuguese_is_the_degree():
    assert [
        (entry.get("institution"), entry.get("studyType"), entry.get("area"))
        for entry in _education(
            "Universidad de Chile, Ingeniería Comercial, 2012 – 2017\n"
            "Universidade Federal de Minas Gerais\n"
            "Engenharia de Produção, 2005 – 2009\n"
            "Magíster en Finanzas, Universidad Adolfo Ibáñez, 2019"
        )
    ] == [
        ("Universidad de Chile", "Ingeniería", "Comercial"),
        ("Universidade Federal de Minas Gerais", "Engenharia", "Produção"),
        ("Universidad Adolfo Ibáñez", "Magíster", "Finanzas"),
    ]


def test_grades_written_every_usual_way_are_the_entrys_score():
    scores = [
        entry.get("score")
        for entry in _education(
            "University of Leeds, BA (Hons) History, 2:1     2016 - 2019\n\n"
            "HSC (12th), Sri Chaitanya Junior College, Chennai - 2014 - 87%\n\n"
            "Kendriya Vidyalaya, Chennai - 2012 - 9.4 CGPA\n\n"
            "10/2016 – 03/2019  Technische Universität München\n"
            "Master of Science (M.Sc.) Maschinenwesen\n"
            "Abschlussnote: 1,4\n\n"
            "Grado en Ingeniería Informática — Universidad de Granada (2012 – 2016)\n"
            "Nota media: 8,1"
        )
    ]
    assert scores == ["2:1", "87%", "9.4 CGPA", "1,4", "8,1"]


def test_a_grade_between_two_fields_keeps_them_apart():
    assert _education("BSc (Hons) Biochemistry, First Class, University of Dhaka, 2006 – 2010")[
        0
    ] | {"startDate": None, "endDate": None} == {
        "studyType": "BSc (Hons)",
        "area": "Biochemistry",
        "score": "First Class",
        "institution": "University of Dhaka",
        "startDate": None,
        "endDate": None,
    }


def test_a_school_year_is_no_grade():
    assert "score" not in _education("Grade 12, Lincoln High School, 2015")[0]


def test_school_leaving_qualifications_are_what_was_studied_not_the_school():
    assert _schools(
        "HSC (12th), Sri Chaitanya Junior College, Chennai - 2014 - 87%\n\n"
        "SSC (10th), Kendriya Vidyalaya, Chennai - 2012 - 9.4 CGPA\n\n"
        "Class XII (CBSE) - DAV Public School, Faridabad | 2015\n\n"
        "2012   Abitur, Gymnasium Ottobrunn\n\n"
        "Year 12 (VCE) – Belmont High School, 2015"
    ) == [
        ("Sri Chaitanya Junior College", "HSC (12th)"),
        ("Kendriya Vidyalaya", "SSC (10th)"),
        ("DAV Public School", "Class XII (CBSE)"),
        ("Gymnasium Ottobrunn", "Abitur"),
        ("Belmont High School", "Year 12 (VCE)"),
    ]


def test_a_french_master_year_an_associate_in_arts_and_a_bootcamp_are_degrees_read_whole():
    assert [
        (entry.get("studyType"), entry.get("area"))
        for entry in _education(
            "2019 – 2021   Master 2 Marketing digital – Université Paris-Dauphine\n\n"
            "Mesa Community College, Mesa, AZ\n"
            "Coursework toward Associate in Arts, 2022 – 2023\n\n"
            "General Assembly — Software Engineering Immersive, 2021"
        )
    ] == [
        ("Master 2", "Marketing digital"),
        # The degree was not earned: the words saying so stay with it (issue #14).
        ("Coursework toward Associate in Arts", None),
        ("Software Engineering Immersive", None),
    ]


def test_degrees_listed_under_one_schools_name_each_keep_that_school():
    assert [
        (entry.get("institution"), entry.get("studyType"), entry.get("area"))
        for entry in _education(
            "Belarusian State University of Informatics and Radioelectronics\n"
            "Master's Degree, Computer Engineering (2013 – 2015)\n"
            "Bachelor's Degree, Software Engineering (2009 – 2013)"
        )
    ] == [
        (
            "Belarusian State University of Informatics and Radioelectronics",
            "Master's Degree",
            "Computer Engineering",
        ),
        (
            "Belarusian State University of Informatics and Radioelectronics",
            "Bachelor's Degree",
            "Software Engineering",
        ),
    ]


def test_a_level_of_schooling_before_the_entry_is_no_part_of_its_fields():
    assert _schools(
        "Tertiary: Bachelor of Science in Nursing | Cebu Doctors' University | 2012 – 2016\n"
        "Secondary: Sacred Heart School | 2008 – 2012"
    ) == [
        ("Cebu Doctors' University", "Bachelor of Science"),
        ("Sacred Heart School", None),  # where one went to school, no degree
    ]


def test_a_grade_line_naming_the_degree_stays_with_the_entry_above():
    assert [
        (entry.get("institution"), entry.get("score"))
        for entry in _education(
            "Laurea Magistrale in Ingegneria Gestionale – Politecnico di Milano (2016 – 2018)\n"
            "Voto di laurea: 110/110 e lode\n"
            "Laurea Triennale in Ingegneria Gestionale – Università degli Studi di Padova "
            "(2013 – 2016)"
        )
    ] == [("Politecnico di Milano", "110/110"), ("Università degli Studi di Padova", None)]


def test_a_class_with_its_division_and_a_dutch_school_leaving_diploma_are_read():
    lagos, leiden = _education(
        "University of Lagos — B.Sc. (Hons) Electrical Engineering, Second Class Upper, 2015\n\n"
        "2007 – 2013    VWO, Stedelijk Gymnasium Leiden"
    )
    assert lagos["score"] == "Second Class Upper"
    assert (leiden["studyType"], leiden["institution"]) == ("VWO", "Stedelijk Gymnasium Leiden")


def test_an_education_table_with_a_period_column_and_subjects_after_the_qualification():
    nottingham, loughborough = _education(
        "Period | Qualification | Institution | Result\n"
        "Sep 2015 – Jun 2019 | BEng (Hons) Mechanical Engineering | University of Nottingham"
        " | 2:1\n"
        "Sep 2013 – Jun 2015 | A Levels: Maths, Physics, Chemistry | Loughborough Grammar School"
        " | A*AA"
    )
    assert (nottingham["startDate"], nottingham["endDate"]) == ("2015-09", "2019-06")
    assert (loughborough["studyType"], loughborough["courses"]) == (
        "A Levels",
        ["Maths", "Physics", "Chemistry"],
    )


def test_an_italian_school_leaving_diploma_is_kept_whole_and_a_bts_keeps_its_field():
    assert [
        (entry.get("studyType"), entry.get("area"))
        for entry in _education(
            "Diploma di maturità scientifica – Liceo Scientifico Galileo Galilei, Padova (2013)\n\n"
            "2014 – 2016   BTS Communication – Lycée Jean Rostand, Roubaix"
        )
    ] == [("Diploma di maturità scientifica", None), ("BTS", "Communication")]


def test_indian_and_american_degree_spellings_give_the_degree_and_its_field():
    assert [
        (entry.get("institution"), entry.get("studyType"), entry.get("area"))
        for entry in _education(
            "PGDM (Marketing), IIM Lucknow, 2016\n\n"
            "Post Graduate Diploma in Management, XLRI Jamshedpur, 2015\n\n"
            "BE (Mechanical) - Pune University - 2014\n\n"
            "B.S.E. Computer Engineering, University of Michigan\n\n"
            "Ph.D. Candidate, Computational Biology, Stanford University\n\n"
            "Bsc Computer Science, University of Lagos"
        )
    ] == [
        ("IIM Lucknow", "PGDM", "Marketing"),
        ("XLRI Jamshedpur", "Post Graduate Diploma", "Management"),
        ("Pune University", "BE", "Mechanical"),
        ("University of Michigan", "B.S.E.", "Computer Engineering"),
        ("Stanford University", "Ph.D. Candidate", "Computational Biology"),
        ("University of Lagos", "Bsc", "Computer Science"),
    ]


def test_a_field_written_before_diploma_is_the_diplomas_field():
    assert [
        (entry.get("institution"), entry.get("studyType"), entry.get("area"))
        for entry in _education(
            "Business Administration Diploma, Seneca College, 2018\n\n"
            "Nursing Diploma, Kenya Medical Training College"
        )
    ] == [
        ("Seneca College", "Diploma", "Business Administration"),
        ("Kenya Medical Training College", "Diploma", "Nursing"),
    ]


def test_a_year_alone_under_a_school_is_when_it_was_finished_and_an_open_one_when_it_began():
    dates = [
        (entry.get("startDate"), entry.get("endDate"))
        for entry in _education(
            "Senior Secondary (XII), Science\nDelhi Public School, Noida\n2016\n\n"
            "B.Tech in Computer Science\nAmity University, Noida\n2016 - Present\n\n"
            "Postgraduate Diploma in Data Science, IIIT Bangalore, since 2021\n\n"
            "Machine Learning Specialization, Coursera, 2019 -"
        )
    ]
    assert dates == [(None, "2016"), ("2016", None), ("2021", None), ("2019", None)]


def test_a_blank_line_parts_schools_only_where_an_entry_keeps_its_lines_together():
    """'TU Wien' names no school by its words; the blank line after its entry ends it. A job
    board's export puts a blank line after every line: there a blank line parts nothing."""
    assert _schools(
        "TU Wien\nMSc in Software Engineering · 2014 – 2016\n\nHogeschool Utrecht\n2012 – 2016"
    ) == [("TU Wien", "MSc"), ("Hogeschool Utrecht", None)]
    assert _schools(
        "B.E in Information Science and Engineering\n\nB.V.B College of Engineering\n\n"
        "August 2013 to June 2017\n\n12th in Mathematics\n\nWoodbine Modern School\n\n"
        "April 2011 to March 2013"
    ) == [("B.V.B College of Engineering", "B.E"), ("Woodbine Modern School", "12th")]


def test_a_qualification_named_after_a_kind_of_school_stays_with_the_school_above():
    """'High School Diploma', 'Ontario College Certificate', 'Higher Secondary Certificate'
    name a school's word inside the qualification: under a school's own line they are its
    qualification, not the next school; 'Don Bosco Higher Secondary School' is a school."""
    assert _schools(
        "Lew Wallace High School\n"
        "High School Diploma · Graduated 2008\n"
        "Centennial College\n"
        "Ontario College Certificate · Graduated 2012\n"
        "Don Bosco Matriculation Higher Secondary School\n"
        "Higher Secondary Certificate (HSC) · 2012 – 2014\n"
        "Parramatta High School\n"
        "Higher School Certificate (HSC) · Graduated 2014"
    ) == [
        ("Lew Wallace High School", "High School Diploma"),
        ("Centennial College", "Ontario College Certificate"),
        ("Don Bosco Matriculation Higher Secondary School", "Higher Secondary Certificate (HSC)"),
        ("Parramatta High School", "Higher School Certificate (HSC)"),
    ]


def test_a_spanish_grado_or_master_written_with_in_keeps_its_field():
    """'Grado in Ingeniería Informática', as a resume in English writes the Spanish degree."""
    entry = _education("Universidad de Granada\nGrado in Traducción e Interpretación, 2016")[0]
    assert (entry["studyType"], entry["area"]) == ("Grado", "Traducción e Interpretación")
    entry = _education("Universidad de Sevilla\nMáster in Ciencia de Datos, 2018")[0]
    assert (entry["studyType"], entry["area"]) == ("Máster", "Ciencia de Datos")


def test_a_name_no_list_knows_after_a_blank_line_opens_the_entry_its_block_dates():
    """'EPAM Systems' and 'UniqTrip' name no school by their words; set apart by a blank line
    as the entries above them are, each heads the lines below it, with their dates, and
    takes nothing from the entry above."""
    entries = _education(
        "Ryazan State Musical College\nB.A in Classical Music · 1996 – 2000\n\n"
        "EPAM Systems\nFrontend Internship · 2021 – 2022\n\n"
        "UniqTrip\nWeb Development Course · 2019 – 2020"
    )
    assert [
        (entry.get("institution"), entry.get("startDate"), entry.get("endDate"))
        for entry in entries
    ] == [
        ("Ryazan State Musical College", "1996", "2000"),
        ("EPAM Systems", "2021", "2022"),
        ("UniqTrip", "2019", "2020"),
    ]
