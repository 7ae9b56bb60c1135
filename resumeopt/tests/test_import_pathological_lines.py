"""Lines no resume has (a word of 100 KB, a run of dashes) import in a fraction of a second.

The parser tries each pattern along each line: a pattern that tries a long run again from
every point of it costs time in the square of the line's length, and one such line held
the import for minutes. Times are CPU seconds, which a loaded machine does not inflate.
"""

import time

from resumeopt.importers import import_text

RESUME = """Jane Roe
jane.roe@example.com | +1 415 555 0100

EXPERIENCE
Senior Engineer, Acme Corp
2019 - present
- Built the billing service

CERTIFICATIONS
AWS Certified Solutions Architect, May 2020
"""


def _import_timed(text):
    started = time.process_time()
    document = import_text(text).document
    return document, time.process_time() - started


def test_a_resume_with_a_100kb_word_imports_quickly_and_keeps_its_fields():
    document, seconds = _import_timed(RESUME + "\n" + "abcdefghij" * 10_000 + "\n")
    assert seconds < 3  # minutes before
    assert document["basics"]["name"] == "Jane Roe"
    assert document["basics"]["email"] == "jane.roe@example.com"


def test_a_resume_with_a_line_of_dashes_imports_quickly_and_keeps_its_certificate():
    for rule in ("-" * 50_000, "- " * 25_000, "2019 - " * 10_000):
        document, seconds = _import_timed(RESUME + rule + "\n")
        assert seconds < 3, rule[:10]  # a line of 1,000 dashes alone took 2 s
        assert document["basics"]["name"] == "Jane Roe"
        assert "AWS Certified Solutions Architect" in str(document["certificates"])


def test_a_resume_with_a_long_run_of_spaces_and_tabs_imports_quickly():
    document, seconds = _import_timed(RESUME.replace("EXPERIENCE", " \t" * 50_000 + "\nEXPERIENCE"))
    assert seconds < 3  # 32 KB of them took 11 s
    assert document["basics"]["name"] == "Jane Roe"
    assert document["work"][0]["name"] == "Acme Corp"


def test_a_resume_of_5000_dated_jobs_keeps_every_job_in_seconds():
    jobs = "\n".join(
        f"Engineer, Acme {number}\nJan {1990 + number % 30} - Mar {1991 + number % 30}"
        for number in range(5000)
    )
    document, seconds = _import_timed(f"Jane Roe\njane@example.com\n\nEXPERIENCE\n{jobs}\n")
    assert seconds < 10  # 4.9 s before on a loaded machine, 3.7 s after; grows linearly
    assert len(document["work"]) == 5000
    assert document["work"][-1]["name"] == "Acme 4999"


def test_an_education_section_with_a_100kb_word_imports_quickly_and_keeps_its_school():
    text = RESUME + "\nEDUCATION\nB.Sc. in Physics, Ohio State University\n2015 - 2019\n"
    document, seconds = _import_timed(text + "abcdefghij" * 10_000 + "\n")
    assert seconds < 3  # 50 KB took 14 s in the 'expected May 2027' pattern alone
    assert document["education"][0]["institution"] == "Ohio State University"


def test_a_resume_with_a_sidebar_and_100000_blank_lines_imports_quickly():
    text = """Maria Costa
maria.costa@example.com | +55 11 98765 4321

EDUCATION
B.Sc. in Computer Science – University of Campinas – 2011 to 2015

EXPERIENCE

Itau Unibanco – Sao Paulo
Senior Systems Analyst – Mar 2019 to present
• Led the move of the card system to AWS.

LANGUAGES
English – advanced
"""
    document, seconds = _import_timed(text + "\n" * 100_000)
    assert seconds < 3  # 20,000 blank lines took 2.5 s and grew in their square
    assert document["work"][0]["name"] == "Itau Unibanco"
    assert document["languages"] == [{"language": "English", "fluency": "advanced"}]
