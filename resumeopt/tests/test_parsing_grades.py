"""A degree's grade as written around the world: Kenyan and British classifications in
brackets after the degree, an Egyptian 'Grade: Very Good' under it, a grade word alone on
the line below the school."""

from resumeopt.importers import read_upload


def _education(text: str) -> list[tuple[str, str | None]]:
    document = read_upload(
        ("Amina Otieno\nNairobi\namina@example.com\n\nEDUCATION\n" + text).encode(), "cv.txt"
    )["document"]
    assert not document.get("meta", {}).get("unsorted")
    return [(entry.get("area"), entry.get("score")) for entry in document["education"]]


def test_a_grade_in_brackets_after_the_degree_is_its_grade():
    assert _education(
        "Diploma in Business Management (Upper Credit)\n"
        "Kenya Institute of Management, 2010 – 2011\n"
        "BSc Computer Science (Second Class Upper)\nUniversity of Lagos, 2008 – 2012\n"
        "BA Economics (First Class Honours)\nUniversity of Ghana, 2005 – 2008\n"
        "MSc Finance (Distinction), University of Nairobi, 2017\n"
        "Bachelor of Commerce, Accounting (Very Good)\nCairo University, 2012 – 2016\n"
    ) == [
        ("Business Management", "Upper Credit"),
        ("Computer Science", "Second Class Upper"),
        ("Economics", "First Class Honours"),
        ("Finance", "Distinction"),
        ("Accounting", "Very Good"),
    ]


def test_a_grade_in_words_on_the_lines_under_the_school():
    assert _education(
        "Bachelor of Commerce, Accounting\nCairo University, 2012 – 2016\nGrade: Very Good\n"
        "Diploma in Nursing\nKenya Medical Training College, 2014 – 2017\nDistinction\n"
        "Bachelor of Arts in Sociology (Second Class Honours, Upper Division)\n"
        "University of Nairobi, 2010 – 2014\n"
    ) == [
        ("Accounting", "Very Good"),
        ("Nursing", "Distinction"),
        ("Sociology", "Second Class Honours, Upper Division"),
    ]


def test_honours_in_a_degree_name_is_no_grade():
    document = read_upload(
        b"Tom Reid\nLeeds\ntom@example.com\n\nEDUCATION\n"
        b"BSc (Honours) Computer Science, University of Leeds, 2016 - 2019\n",
        "cv.txt",
    )["document"]
    assert "score" not in document["education"][0]


def test_a_gpa_out_of_five_with_its_grade_in_words_and_marks_out_of_a_total():
    document = read_upload(
        "Faisal Al-Qahtani\nRiyadh\nTel.: +966 55 123 4567\n\nEDUCATION\n"
        "Bachelor of Science in Electrical Engineering\nKing Saud University, 2013 – 2018\n"
        "GPA 4.62 out of 5 (Excellent with Second Class Honors)\n"
        "Intermediate (FSc Pre-Engineering)    2011 - 2013\nPunjab Group of Colleges, Lahore\n"
        "Marks: 962/1100\nBachelor of Commerce – Accounting Department\n"
        "Ain Shams University, 2012 – 2016\n".encode(),
        "cv.txt",
    )["document"]
    assert document["basics"]["phone"] == "+966 55 123 4567"
    assert [(entry.get("area"), entry.get("score")) for entry in document["education"]] == [
        ("Electrical Engineering", "4.62 out of 5 GPA (Excellent with Second Class Honors)"),
        (None, "962/1100"),
        ("Accounting", None),
    ]
    assert not document.get("meta", {}).get("unsorted")
