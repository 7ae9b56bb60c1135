"""A PDF's printed lines read as the lines a person wrote: spaces, rows, wraps, pages.

Each PDF is drawn here with reportlab, glyph by glyph where the point is where
the glyphs sit, and read by the real reader (`pdf.lines_from_pdf`).
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from resumeopt.importers import import_bytes, pdf, read_upload
from resumeopt.tests.labelled import LABELLED

FONT, SIZE, LEFT, RIGHT = "Helvetica", 10, 72, 500


def _pdf(pages: list[list[tuple[float, float, str]]], font_of=lambda text: FONT) -> bytes:
    """Pages of (x, y, text) runs, each drawn where it is placed."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for runs in pages:
        for x, y, text in runs:
            page.setFont(font_of(text), SIZE)
            page.drawString(x, y, text)
        page.showPage()
    page.save()
    return buffer.getvalue()


def _wrapped(text: str, top: float, width: float = RIGHT - LEFT) -> list[tuple[float, float, str]]:
    """A paragraph broken where the next word would not fit, as a word processor does."""
    lines, line = [], ""
    for word in text.split():
        if line and stringWidth(f"{line} {word}", FONT, SIZE) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return [(LEFT, top - 13 * index, line) for index, line in enumerate(lines)]


def _texts(data: bytes) -> list[str]:
    return [line.text for line in pdf.lines_from_pdf(data)]


DUTY = (
    "Led the migration of the billing platform from a monolith to services owned by four "
    "teams, cutting the monthly release cycle to daily deploys and the incident count by "
    "half, and mentored the engineers who now run it"
)


def test_a_paragraph_wrapped_at_the_margin_is_one_line_again():
    runs = _wrapped(DUTY, 700) + _wrapped(DUTY, 640) + _wrapped(DUTY, 580)
    assert len(runs) == 9  # three printed lines each
    texts = [text for text in _texts(_pdf([runs])) if text]
    assert DUTY in texts


def test_a_short_line_and_a_capitalised_line_under_a_full_one_stay_lines_of_their_own():
    runs = [
        *_wrapped(DUTY, 700),
        (LEFT, 661, "Senior Engineer"),  # a title under a full line: not its end
        *_wrapped(DUTY, 648),
        (LEFT, 609, "and a short line a person broke"),
    ]
    texts = [text for text in _texts(_pdf([runs])) if text]
    assert "Senior Engineer" in texts
    assert "and a short line a person broke" not in " ".join(texts[:-1])


def test_justified_word_spacing_gives_one_space_between_words():
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    text = page.beginText(LEFT, 700)
    text.setFont(FONT, SIZE)
    text.setWordSpace(4)  # a justified line: each space glyph drawn wider
    text.textLine("Israel StartUp Tour | Sept 2018 - Feb 2020")
    page.drawText(text)
    page.showPage()
    page.save()
    assert _texts(buffer.getvalue()) == ["Israel StartUp Tour | Sept 2018 - Feb 2020"]


def test_a_line_drawn_in_pieces_out_of_order_reads_as_one_line():
    tail = "Way | Sept 2018 - Feb 2020"
    head_width = stringWidth("Israel ", FONT, SIZE)
    runs = [(LEFT + head_width, 700, tail), (LEFT, 700, "Israel")]
    assert _texts(_pdf([runs])) == ["Israel Way | Sept 2018 - Feb 2020"]


def test_a_title_and_its_dates_far_apart_on_a_row_are_set_apart_by_a_tab():
    runs = [(LEFT, 700, "Data Analyst, Pinsteps"), (420, 700, "Nov 2020 - Present")]
    assert _texts(_pdf([runs])) == ["Data Analyst, Pinsteps\tNov 2020 - Present"]


def test_a_page_break_inside_a_job_is_no_blank_line():
    first = [(LEFT, 760 - 13 * row, f"Line {row} of the first page") for row in range(50)]
    first.append((LEFT, 760 - 13 * 51, "Brain Systems Ltd"))
    second = [(LEFT, 800, "Senior .Net developer"), (LEFT, 787, "Nov 2015 - Mar 2018")]
    texts = _texts(_pdf([first, second]))
    start = texts.index("Brain Systems Ltd")
    assert texts[start : start + 3] == [
        "Brain Systems Ltd",
        "Senior .Net developer",
        "Nov 2015 - Mar 2018",
    ]


def test_a_line_opening_with_one_space_glyph_is_a_bullet_that_lost_its_glyph():
    runs = [(LEFT, 700, "Unique Technologies LLC"), (LEFT, 687, " Developed the server side")]
    lines = [line for line in pdf.lines_from_pdf(_pdf([runs])) if line.text]
    assert [(line.text, line.bullet) for line in lines] == [
        ("Unique Technologies LLC", False),
        ("Developed the server side", True),
    ]


def test_wrapped_duties_under_a_job_do_not_become_jobs():
    runs = [
        (LEFT, 760, "Lisa Polotckaia"),
        (LEFT, 730, "EXPERIENCE"),
        (LEFT, 710, "Program coordinator"),
        (LEFT, 697, "Israel StartUp Tour | Sept 2018 - Feb 2020"),
        *_wrapped(
            "Developed and organized tours on Israeli startups for foreign entrepreneurs that "
            "were focused on startup networking and led to successful business corporations "
            "across the region",
            684,
            width=330,
        ),
        (LEFT, 632, "Interviewer"),
        (LEFT, 619, "Israel Way | Sept 2018 - Feb 2020"),
    ]
    document = import_bytes(_pdf([runs]), "cv.pdf").document
    assert [(job["position"], job["name"]) for job in document["work"]] == [
        ("Program coordinator", "Israel StartUp Tour"),
        ("Interviewer", "Israel Way"),
    ]


def _side_headings_page(header_left: bool) -> bytes:
    """Headings in a left column, each beside the first line of its section; the name
    and contact lines above start at the left edge too when `header_left`."""
    header_x = LEFT if header_left else 250
    runs = [
        (header_x, 780, "Daniel Okafor"),
        (header_x, 766, "d.okafor@example.org · +44 20 7946 0321"),
        (header_x, 752, "Leeds, UK"),
        (LEFT, 720, "Experience"),
        (250, 720, "Frontend Developer — Brightpath Media"),
        (250, 706, "Sep 2021 – Present | Leeds"),
        (250, 692, "• Rebuilt the checkout in React."),
        (250, 678, "Junior Web Developer — Northgate Studio"),
        (250, 664, "Jan 2019 – Aug 2021 | York"),
        (250, 650, "• Maintained twelve client sites."),
        (LEFT, 630, "Education"),
        (250, 630, "BSc Software Engineering"),
        (250, 616, "University of Leeds, 2015 – 2018"),
        (LEFT, 596, "Skills"),
        (250, 596, "React, TypeScript, CSS"),
    ]
    return _pdf([runs])


def test_headings_in_a_left_column_come_just_before_their_sections():
    for header_left in (True, False):
        texts = [text for text in _texts(_side_headings_page(header_left)) if text]
        assert texts.index("Experience") + 1 == texts.index("Frontend Developer — Brightpath Media")
        assert texts.index("Education") + 1 == texts.index("BSc Software Engineering")
        document = import_bytes(_side_headings_page(header_left), "cv.pdf").document
        assert [job["name"] for job in document["work"]] == [
            "Brightpath Media",
            "Northgate Studio",
        ]
        assert [school["institution"] for school in document["education"]] == [
            "University of Leeds"
        ]


def test_space_after_every_paragraph_is_no_blank_line_but_a_wider_gap_is():
    runs = [(LEFT, 760 - 24 * row, f"Paragraph {row}") for row in range(6)]
    runs.append((LEFT, 760 - 24 * 5 - 60, "After a gap"))
    texts = _texts(_pdf([runs]))
    assert texts == [*(f"Paragraph {row}" for row in range(6)), "", "After a gap"]


def test_a_footer_that_numbers_its_pages_is_read_nowhere():
    jobs = [
        [(LEFT, 700, "Senior Data Engineer — Northwind Traders"), (LEFT, 687, "Jan 2021 – Now")],
        [(LEFT, 800, "Analyst — Fabrikam Bank"), (LEFT, 787, "Sep 2015 – May 2018")],
    ]
    pages = [
        [
            *page_jobs,
            (LEFT, 30, f"Jordan Lee · Resume · Page {number} of 2"),
            (RIGHT, 30, str(number)),
        ]
        for number, page_jobs in enumerate(jobs, start=1)
    ]
    texts = [text for text in _texts(_pdf(pages)) if text]
    assert texts == [
        "Senior Data Engineer — Northwind Traders",
        "Jan 2021 – Now",
        "Analyst — Fabrikam Bank",
        "Sep 2015 – May 2018",
    ]


def _label_table(rows: list[tuple[str, list[str]]], top: float = 760) -> bytes:
    """A label/value table as a Europass CV prints it: each label on the row of the
    first line of its value, a row's height between rows, labels wrapped in their cell."""
    runs = []
    for label, values in rows:
        label_lines = _wrapped(label, top, width=150) if label else []
        runs += label_lines
        runs += [(250, top - 13 * index, value) for index, value in enumerate(values)]
        top -= 13 * max(len(values), len(label_lines)) + 9
    return _pdf([runs])


EUROPASS = [
    ("Personal information", []),
    ("Name", ["Ferreira Silva, Ana Rita"]),
    ("Address", ["Rua de Santa Catarina 410, 4000-447 Porto"]),
    ("Work experience", []),
    ("Dates", ["10/2018 - present"]),
    ("Occupation or position held", ["Rehabilitation nurse"]),
    (
        "Main activities and responsibilities",
        ["Rehabilitation after strokes", "Teaching nurses on the ward"],
    ),
    ("Name and address of employer", ["Centro Hospitalar de São João, Porto"]),
    ("Dates", ["03/2014 - 09/2018"]),
    ("Occupation or position held", ["Nurse"]),
    ("Name and address of employer", ["Hospital da Luz Arrábida, Vila Nova de Gaia"]),
    ("Education and training", []),
    ("Dates", ["2009 - 2013"]),
    ("Title of qualification awarded", ["Licenciatura em Enfermagem"]),
    ("Name and type of organisation providing education and training", ["Universidade do Minho"]),
]


def test_a_label_and_value_table_is_read_row_by_row():
    texts = [text for text in _texts(_label_table(EUROPASS)) if text]
    assert "Dates\t10/2018 - present" in texts
    assert "Occupation or position held\tRehabilitation nurse" in texts
    # The label wrapped in its cell is whole again, before its value.
    assert (
        "Name and type of organisation providing education and training\tUniversidade do Minho"
        in texts
    )
    document = import_bytes(_label_table(EUROPASS), "cv.pdf").document
    assert [(job["name"], job["position"]) for job in document["work"]] == [
        ("Centro Hospitalar de São João", "Rehabilitation nurse"),
        ("Hospital da Luz Arrábida", "Nurse"),
    ]
    assert document["education"][0]["institution"] == "Universidade do Minho"


@pytest.mark.parametrize("pitch", [13, 19], ids=["dense", "spaced_as_the_jobs"])
def test_a_sidebar_beside_the_jobs_is_still_read_as_a_column(pitch):
    sidebar = ["Contact", "anna.berg@example.com", "Skills", "Python", "SQL", "Airflow"]
    sidebar += ["Languages", "Swedish", "English", "Interests", "Running"]
    jobs = [
        "Experience",
        "Data Engineer — Northwind Traders",
        "Jan 2021 – Present",
        "Built the warehouse loads in Airflow.",
        "Analyst — Fabrikam Bank",
        "Sep 2015 – Dec 2020",
        "Wrote the monthly risk reports.",
        "Education",
        "Uppsala University",
        "MSc Statistics, 2013 – 2015",
    ]
    runs = [(LEFT, 760 - pitch * index, text) for index, text in enumerate(sidebar)]
    runs += [(250, 760 - pitch * index, text) for index, text in enumerate(jobs)]
    texts = [text for text in _texts(_pdf([runs])) if text]
    assert texts[texts.index("Contact") : texts.index("Running") + 1] == sidebar
    assert texts[texts.index("Experience") : texts.index("MSc Statistics, 2013 – 2015") + 1] == jobs


def test_a_line_wrapped_among_short_ones_is_joined_where_the_column_shows_its_margin():
    justified = _wrapped(DUTY, 760)[0][2]  # lines set flush with the margin, as justified
    runs = [(LEFT, 760 - 13 * index, justified) for index in range(3)]
    tools = ["Go", "Go and Rust", "Go, Rust and Python", "Go, Rust, Python and TypeScript"]
    tools += ["Go, Rust, Python, TypeScript, Kotlin and Swift"]
    runs += [(LEFT, 700 - 13 * index, text) for index, text in enumerate(tools)]
    tail = "Junior Android Developer at Mobium, building the shop apps of four retailers"
    runs += _wrapped(f"{tail} and their development", 580)
    assert len(runs) == 3 + 5 + 2
    texts = [text for text in _texts(_pdf([runs])) if text]
    assert f"{tail} and their development" in texts


def _spaced(x: float, y: float, text: str, char_space: float, size: float = SIZE) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    written = page.beginText(x, y)
    written.setFont(FONT, size)
    written.setCharSpace(char_space)
    written.textLine(text)
    page.drawText(written)
    page.setFont(FONT, SIZE)
    page.drawString(LEFT, y - 30, "Data Analyst at Acme Corp")
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("text", ["WORK EXPERIENCE", "Berufserfahrung", "SOPHIE NGUYEN"])
def test_letter_spaced_type_reads_as_its_words(text):
    assert _texts(_spaced(LEFT, 700, text, 5))[0] == text


def test_letter_spaced_words_with_no_space_glyph_part_where_the_gap_is_wider():
    words = ["WORK", "EXPERIENCE"]
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont(FONT, SIZE)
    x = LEFT
    for word in words:
        for letter in word:
            page.drawString(x, 700, letter)
            x += stringWidth(letter, FONT, SIZE) + 5
        x += stringWidth(" ", FONT, SIZE)  # the space's width, not its glyph
    page.drawString(LEFT, 670, "Data Analyst at Acme Corp")
    page.save()
    assert _texts(buffer.getvalue())[0] == "WORK EXPERIENCE"


def _page(runs: list[tuple[float, float, str, float]]) -> bytes:
    """One page of (x, y, text, size) runs."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for x, y, text, size in runs:
        page.setFont(FONT, size)
        page.drawString(x, y, text)
    page.save()
    return buffer.getvalue()


JOB = [
    (LEFT, 640, "EXPERIENCE", 12),
    (LEFT, 620, "Data Analyst at Acme Corp", SIZE),
    (LEFT, 607, "Built the sales dashboards the regional managers use every week", SIZE),
]


def test_a_name_in_large_type_over_two_lines_is_one_name():
    runs = [(LEFT, 760, "OLIVIA", 34), (LEFT, 726, "MARTINEZ", 34), *JOB]
    assert _texts(_page(runs))[0] == "OLIVIA MARTINEZ"
    beside = [(LEFT, 760, "Marco", 34), (400, 748, "+39 347 123 4567", SIZE)]
    beside += [(LEFT, 726, "RINALDI", 34), (400, 730, "marco@example.it", SIZE), *JOB]
    assert _texts(_page(beside))[:3] == ["Marco RINALDI", "+39 347 123 4567", "marco@example.it"]


def test_two_headings_in_large_type_stay_apart():
    runs = [(LEFT, 760, "Summary", 34), (LEFT, 726, "Experience", 34), *JOB]
    texts = _texts(_page(runs))
    assert texts[0] == "Summary" and "Experience" in texts


def test_an_icon_before_a_heading_is_no_bullet():
    lines = pdf.lines_from_pdf(_page([(LEFT, 700, "• FORMACIÓN", SIZE), *JOB]))
    assert (lines[0].text, lines[0].heading) == ("FORMACIÓN", True)
    assert pdf.lines_from_pdf(_page([(LEFT, 700, "• Education", SIZE), *JOB]))[0].text == (
        "• Education"
    )


def test_a_bullet_drawn_as_a_shape_opens_a_list_item():
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont(FONT, SIZE)
    page.drawString(LEFT, 700, "Account Executive, Paylocity")
    page.circle(LEFT + 3, 687 + 3.5, 1.5, stroke=0, fill=1)  # as a browser draws a disc
    page.drawString(LEFT + 12, 687, "Closed $3.1M ARR in 2023, 128% of quota")
    page.rect(LEFT, 640, 3, 3, stroke=0, fill=1)  # a mark far from any line opens none
    page.drawString(LEFT + 12, 674, "Sold payroll software to companies of 50-500 employees")
    page.save()
    lines = pdf.lines_from_pdf(buffer.getvalue())
    assert [(line.text[:7], line.bullet) for line in lines] == [
        ("Account", False),
        ("Closed ", True),
        ("Sold pa", False),
    ]


def test_a_sidebar_read_in_columns_is_not_taken_apart_again():
    """An online builder's page (tests/web_pdfs.py): the reader sets the sidebar after the
    jobs and their certifications, which no longer interleave with it."""
    data = (LABELLED / "web_pdf" / "01_sidebar_marketing.pdf").read_bytes()
    document = read_upload(data, "resume.pdf")["document"]
    skills = [keyword for group in document["skills"] for keyword in group["keywords"]]
    assert skills == ["SEO & SEM", "Google Analytics 4", "HubSpot", "Content Strategy"] + [
        "Adobe Creative Suite"
    ]
    assert [item["language"] for item in document["languages"]] == [
        "English",
        "Spanish",
        "Portuguese",
    ]
