"""Qualifications as they are written around the world: German vocational training and
Meister titles, French BUT, Latin American professional titles, British HNC/HND and BTEC,
Nigerian HND/OND, degrees studied towards but not earned, two degrees on one line, and
schools with a second name after a dash."""

from resumeopt.importers.parsing import Line, parse_lines


def _education(text: str) -> list[dict]:
    document = parse_lines([Line(line) for line in ("EDUCATION\n" + text).splitlines()])
    return [
        {
            key: entry[key]
            for key in ("institution", "studyType", "area", "location", "score")
            if key in entry
        }
        for entry in document["education"]
    ]


def test_german_vocational_training_and_meister_with_the_school_on_the_next_line():
    assert _education(
        "09/2019 – 07/2021   Industriemeister Metall (IHK)\n"
        "                    IHK Akademie Niederbayern, Regensburg\n"
        "09/2013 – 07/2016   Ausbildung zum Mechatroniker (IHK-Abschluss)\n"
        "                    Berufsschule Regensburg\n"
        "2013                Mittlere Reife, Realschule Obertraubling\n"
    ) == [
        {
            "institution": "IHK Akademie Niederbayern",
            "studyType": "Industriemeister Metall (IHK)",
            "location": "Regensburg",
        },
        {
            "institution": "Berufsschule Regensburg",
            "studyType": "Ausbildung zum Mechatroniker (IHK-Abschluss)",
        },
        {"institution": "Realschule Obertraubling", "studyType": "Mittlere Reife"},
    ]


def test_titles_that_name_a_profession_or_a_national_diploma():
    entries = _education(
        "Contador Público — Universidad de Guadalajara (2012 – 2016)\n"
        "Higher National Diploma (HND) in Accountancy, Yaba College of Technology, 2016\n"
        "HNC Electrical and Electronic Engineering – University of Bolton, 2018\n"
        "BTEC Level 3 Extended Diploma in Engineering – Wigan and Leigh College, 2016\n"
        "2018 – 2021   BUT Génie Électrique et Informatique Industrielle – IUT Lyon 1,"
        " Villeurbanne\n"
        "2018          Baccalauréat STI2D, mention Bien – Lycée La Martinière Monplaisir, Lyon\n"
    )
    assert [(entry["institution"], entry["studyType"]) for entry in entries] == [
        ("Universidad de Guadalajara", "Contador Público"),
        ("Yaba College of Technology", "Higher National Diploma (HND)"),
        ("University of Bolton", "HNC"),
        ("Wigan and Leigh College", "BTEC Level 3 Extended Diploma in Engineering"),
        ("IUT Lyon 1", "BUT Génie Électrique et Informatique Industrielle"),
        ("Lycée La Martinière Monplaisir", "Baccalauréat STI2D"),
    ]
    assert entries[1]["area"] == "Accountancy"
    assert entries[4]["location"] == "Villeurbanne"  # the school's town, not the field
    assert entries[5]["score"] == "mention Bien"


def test_a_certificate_iv_is_one_qualification_whatever_the_layout():
    for text in (
        "Certificate IV in Building and Construction – TAFE NSW, Meadowbank, 2019\n",
        "TAFE NSW — Certificate IV in Building and Construction (2019)\n",
        "2019   Certificate IV in Building and Construction\n       TAFE NSW\n",
    ):
        assert _education(text)[0]["studyType"] == "Certificate IV in Building and Construction"
        assert _education(text)[0]["institution"] == "TAFE NSW"


def test_coursework_towards_a_degree_stays_with_the_degree():
    assert _education(
        "Master's coursework in Project Management, University of Salford (2022 – 2023)\n"
        "Master's coursework, UCLA, 2019 – 2020\n"
        "Associate of Science coursework (transferred), Austin Community College, 2022\n"
    ) == [
        {
            "studyType": "Master's coursework",
            "area": "Project Management",
            "institution": "University of Salford",
        },
        {"studyType": "Master's coursework", "institution": "UCLA"},
        {
            "studyType": "Associate of Science coursework (transferred)",
            "institution": "Austin Community College",
        },
    ]


def test_two_degrees_on_one_line_are_two_entries_of_one_school():
    entries = _education(
        "The University of Texas at Austin\n"
        "Dual degree: B.S. in Mechanical Engineering and B.A. in Economics (expected 2027)\n"
        "\n"
        "MD, MPH — Emory University, 2010\n"
        "Bachelor of Science - BS, Computer Science, Stanford University, 2012\n"
        "B.A. in Economics & Political Science, New York University, 2015\n"
    )
    assert [(e["institution"], e["studyType"], e.get("area")) for e in entries] == [
        ("The University of Texas at Austin", "B.S.", "Mechanical Engineering"),
        ("The University of Texas at Austin", "B.A.", "Economics"),
        ("Emory University", "MD", "Medicine"),
        ("Emory University", "MPH", "Public Health"),
        ("Stanford University", "Bachelor of Science", "Computer Science"),
        ("New York University", "B.A.", "Economics & Political Science"),
    ]


def test_a_schools_second_name_after_a_dash_is_part_of_its_name():
    entries = _education(
        "Secondary: Sacred Heart School – Ateneo de Cebu | 2008 – 2012\n"
        "Colegio Mayor – Universidad de Salamanca, 2001 – 2005\n"
        "Anna University – Chennai, B.E., 2010\n"
        "Colegio Santa María – Mar del Plata, 2000 – 2005\n"
    )
    assert [entry["institution"] for entry in entries] == [
        "Sacred Heart School – Ateneo de Cebu",
        "Colegio Mayor – Universidad de Salamanca",
        "Anna University",
        "Colegio Santa María",  # a town after the dash, not a second name
    ]


def test_a_state_after_the_schools_town_is_no_second_degree():
    entries = _education(
        "Bachelor of Arts in Political Science, 2010\nUniversity of Maryland, College Park, MD\n"
    )
    assert [entry["studyType"] for entry in entries] == ["Bachelor of Arts"]


def test_a_licence_or_the_degrees_own_short_name_after_it_is_no_field():
    entries = _education(
        "BSN, RN — University of Florida, Gainesville, FL, 2021\n"
        "Bachelor of Engineering, BE, Anna University, Chennai, 2018\n"
        "Associate of Science in Nursing, ASN — Hillsborough Community College, 2019\n"
        "Higher Secondary Certificate (HSC), Don Bosco Higher Secondary School, 2014\n"
    )
    assert [(entry["institution"], entry.get("area")) for entry in entries] == [
        ("University of Florida", "Nursing"),
        ("Anna University", None),
        ("Hillsborough Community College", "Nursing"),
        ("Don Bosco Higher Secondary School", None),
    ]
    assert entries[1]["studyType"] == "Bachelor of Engineering"


def test_a_second_degree_after_the_first_is_still_a_second_entry():
    entries = _education("MD, MPH — Emory University, 2018\nBSc, BA, University of Leeds, 2012\n")
    assert [(entry["studyType"], entry["institution"]) for entry in entries] == [
        ("MD", "Emory University"),
        ("MPH", "Emory University"),
        ("BSc", "University of Leeds"),
        ("BA", "University of Leeds"),
    ]


def test_a_level_label_is_no_degree_and_the_campus_stays_with_the_school():
    entries = _education(
        "Tertiary: University of the Philippines – Diliman | Bachelor of Science in Accountancy"
        " | 2015 – 2020\n"
        "Secondary: Philippine Science High School – Main Campus | 2009 – 2015\n"
    )
    assert entries[0]["studyType"] == "Bachelor of Science"
    assert entries[1] == {"institution": "Philippine Science High School – Main Campus"}


def test_a_faculty_after_its_university_is_joined_as_written():
    entries = _education(
        "Universidad Nacional de Colombia, Facultad de Derecho, Ciencias Políticas y Sociales\n"
        "\n"
        "Pontificia Universidad Javeriana – Facultad de Ciencias Jurídicas, 2020\n"
    )
    assert [entry["institution"] for entry in entries] == [
        "Universidad Nacional de Colombia, Facultad de Derecho, Ciencias Políticas y Sociales",
        "Pontificia Universidad Javeriana – Facultad de Ciencias Jurídicas",
    ]


def test_the_nigerian_youth_service_year_is_service_not_schooling():
    for text in (
        "EDUCATION\nB.Sc. Microbiology, University of Nigeria, Nsukka, 2019\n\n"
        "NYSC\nNational Youth Service Corps, Benue State, 2019 – 2020\n",
        "EDUCATION\nB.Sc. Microbiology, University of Nigeria, Nsukka, 2019\n"
        "NYSC, Benue State, 2019 – 2020\n",
    ):
        document = parse_lines([Line(line) for line in text.splitlines()])
        schools = [entry["institution"] for entry in document["education"]]
        assert len(schools) == 1 and schools[0].startswith("University of Nigeria")
        assert [job["startDate"] for job in document["work"]] == ["2019"]


def test_a_diploma_named_for_its_school_system_is_no_school():
    assert _education(
        "Ontario Secondary School Diploma, Bramalea Secondary School, 2013\n"
        "Business Administration Diploma, Humber College, 2015\n"
    ) == [
        {
            "institution": "Bramalea Secondary School",
            "studyType": "Ontario Secondary School Diploma",
        },
        {
            "institution": "Humber College",
            "studyType": "Diploma",
            "area": "Business Administration",
        },
    ]


def test_a_colombian_title_under_its_university_and_faculty_is_the_degree():
    assert _education(
        "Universidad Nacional de Colombia, Facultad de Derecho, Ciencias Políticas y Sociales\n"
        "Abogado, 2018\n"
        "\n"
        "Pontificia Universidad Javeriana, Facultad de Ciencias Jurídicas\n"
        "Especialización en Derecho Laboral, 2020\n"
    ) == [
        {
            "institution": "Universidad Nacional de Colombia, Facultad de Derecho, Ciencias "
            "Políticas y Sociales",
            "studyType": "Abogado",
        },
        {
            "institution": "Pontificia Universidad Javeriana, Facultad de Ciencias Jurídicas",
            "studyType": "Especialización",
            "area": "Derecho Laboral",
        },
    ]


def test_a_school_name_wrapped_before_its_last_word_is_joined():
    assert _education(
        "Bachelor of Education (Science), Kenyatta\nUniversity, 2012 – 2016\n"
        "Kenya Certificate of Secondary Education (KCSE), Alliance High 2008 – 2011\nSchool\n"
    ) == [
        {
            "institution": "Kenyatta University",
            "studyType": "Bachelor of Education",
            "area": "Science",
        },
        {
            "institution": "Alliance High School",
            "studyType": "Kenya Certificate of Secondary Education (KCSE)",
        },
    ]


def test_a_certificate_named_alone_takes_the_field_after_it():
    assert _education(
        "Columbus State Community College - Certificate, Supply Chain Management\n2019 – 2020\n"
    ) == [
        {
            "institution": "Columbus State Community College",
            "studyType": "Certificate",
            "area": "Supply Chain Management",
        }
    ]


def test_a_campus_on_its_own_line_stays_with_its_school():
    document = parse_lines(
        [
            Line(line)
            for line in (
                "EDUCATION\nColumbus State Community College - Certificate, Supply Chain\n"
                "2019 – 2020\nTecnológico de Monterrey\nCampus Guadalajara\n"
                "Ingeniería en Sistemas Computacionales, 2010 – 2015\n"
            ).splitlines()
        ]
    )
    assert [(entry["institution"], entry.get("location")) for entry in document["education"]] == [
        ("Columbus State Community College", None),
        ("Tecnológico de Monterrey", "Campus Guadalajara"),
    ]
    assert not document.get("meta", {}).get("unsorted")


def test_a_school_leaving_certificate_cut_before_its_school_stays_in_education():
    assert _education(
        "Bachelor of Education (Science), Kenyatta\nUniversity, 2014\n"
        "Kenya Certificate of Secondary Education,\nLoreto High School Limuru, 2009\n"
    ) == [
        {
            "institution": "Kenyatta University",
            "studyType": "Bachelor of Education",
            "area": "Science",
        },
        {
            "institution": "Loreto High School Limuru",
            "studyType": "Kenya Certificate of Secondary Education",
        },
    ]


def test_degrees_written_in_capitals():
    assert _education("B.COM – UNIVERSITY OF PUNE, 2010\nBSC COMPUTER SCIENCE, UNILAG, 2008\n") == [
        {"institution": "UNIVERSITY OF PUNE", "studyType": "B.COM", "area": "Commerce"},
        {"institution": "UNILAG", "studyType": "BSC", "area": "COMPUTER SCIENCE"},
    ]


def test_a_diploma_keeps_its_awarding_body_and_a_french_state_diploma_its_profession():
    assert _education(
        "NEBDN National Diploma in Dental Nursing – Leicester College, 2016\n"
        "Diplôme d'État d'Aide-Soignant (DEAS)\nIFAS de la Croix-Rouge française, 2018\n"
    ) == [
        {
            "institution": "Leicester College",
            "studyType": "NEBDN National Diploma",
            "area": "Dental Nursing",
        },
        {
            "institution": "IFAS de la Croix-Rouge française",
            "studyType": "Diplôme d'État d'Aide-Soignant (DEAS)",
        },
    ]


def test_a_field_written_in_brackets_after_the_degree():
    assert _education(
        "B.E. (Computer Engineering), Pune Institute of Computer Technology, 2014\n"
    ) == [
        {
            "institution": "Pune Institute of Computer Technology",
            "studyType": "B.E.",
            "area": "Computer Engineering",
        }
    ]


def test_an_indian_school_leaving_level_keeps_its_year_and_takes_its_stream_as_the_field():
    assert _education(
        "Senior Secondary (XII), Science\n"
        "Delhi Public School -  Noida, Uttar Pradesh\n"
        "2014\n"
        "\n"
        "Secondary (X)\n"
        "Delhi Public School -  Noida, Uttar Pradesh\n"
        "2012\n"
        "\n"
        "12th (Commerce) - Kendriya Vidyalaya, Delhi, 2011\n"
    ) == [
        {
            "institution": "Delhi Public School",
            "studyType": "Senior Secondary (XII)",
            "area": "Science",
            "location": "Noida, Uttar Pradesh",
        },
        {
            "institution": "Delhi Public School",
            "studyType": "Secondary (X)",
            "location": "Noida, Uttar Pradesh",
        },
        {
            "institution": "Kendriya Vidyalaya",
            "studyType": "12th",
            "area": "Commerce",
            "location": "Delhi",
        },
    ]


def test_a_school_with_its_stream_and_no_level_reads_the_stream_as_the_field():
    assert _education("Delhi Public School, Science Stream, 2014\n") == [
        {"institution": "Delhi Public School", "area": "Science"}
    ]


def test_counted_gcses_are_the_qualification_their_grade_range_the_score_and_subjects_courses():
    assert _education(
        "2008  Moulton School – 8 GCSEs (grades A*–C) including Maths and English\n"
    ) == [{"institution": "Moulton School", "studyType": "8 GCSEs", "score": "A*–C"}]
    (entry,) = parse_lines(
        [Line("EDUCATION"), Line("Moulton School, 9 GCSEs including Maths and English, 2008")]
    )["education"]
    assert (entry["studyType"], entry["courses"], entry["endDate"]) == (
        "9 GCSEs",
        ["Maths and English"],
        "2008",
    )
