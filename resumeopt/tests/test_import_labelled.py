"""Import quality on labelled resumes must not fall below what it reached.

The floors are the figures `bench/imports.py` printed when they were last
raised, minus a little; lower them only with a reason in the commit.
"""

import pytest

from resumeopt.importers import ResumeImportError, read_upload
from resumeopt.tests.labelled import Score, degree_level, labelled_sets, same_text, score_document

FLOORS = {
    "own": {
        "name": 0.95,
        "employer": 0.9,
        "title": 0.9,
        "school": 0.8,
        "degree": 0.95,
        "dates": 0.9,
        "real_share": 0.9,
    },
    "parser": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # Written to measure education and headings after those rules were made, labels first;
    # its two flattened two-column pages are hard on the work fields.
    "edu_heldout": {
        "name": 0.9,
        "employer": 0.75,
        "title": 0.75,
        "school": 0.9,
        "degree": 0.85,
        "dates": 0.75,
        "real_share": 0.8,
    },
    # Job-board style text resumes written and labelled before the parser ran on them;
    # "jobboard-fresh" was written after the rules of issue #14 to measure them again.
    "jobboard": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    "jobboard-fresh": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.85
    ),
    # Indeed's own export in its variations (blank lines between fields, no town, no
    # company line, school boards, a page-break link), labelled before the parser ran;
    # first run: title 81%, degree 95%, the rest 100% (its Military Service is unlabelled).
    "jobboard-indeed": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # A second batch written after those rules (no blank lines, titles with a dash, an
    # undated last job, "Projects:" under a job); first run: employer 62%, title 50%,
    # dates 71%, real entries 83%.
    "jobboard-indeed2": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # A second batch, labelled before the parser ran on it; its work fields are not
    # what it was written to measure.
    "edu_heldout-second": {
        "name": 0.9,
        "employer": 0.6,
        "title": 0.6,
        "school": 0.85,
        "degree": 0.85,
        "dates": 0.6,
        "real_share": 0.7,
    },
    "parser-heldout": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # Resume styles (LinkedIn PDF, Europass, academic, non-English...) labelled before the
    # parser ran on them. "styles-third" (after the Europass, LinkedIn, foreign degree and
    # credential rules) first read name 83%, employer 89%, title 95%, dates 84%;
    # "styles-fourth" (after the rules its misses led to) name 75%, title 90%, degree 88%,
    # dates 90%; "styles-fifth" (after those) name 75%, employer and title 90%, degree 83%,
    # dates 90%. All read everything now, so they hold the rules made on them.
    "styles": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    "styles-second": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.95
    ),
    "styles-third": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.95
    ),
    "styles-fourth": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.95
    ),
    "styles-fifth": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.95
    ),
    # Held out: written and labelled before the parser ran on them, never tuned on.
    "everyday": {
        "name": 0.95,
        "employer": 0.93,
        "title": 0.8,
        "school": 0.95,
        "degree": 0.95,
        "dates": 0.93,
        "real_share": 0.95,
    },
    # Written after the rules it checks, by their author, labels first; its first run gave
    # employer 0.9 and title, dates and real entries 0.82, fixed in the stages since.
    "everyday-second": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # The same, a third batch; first run: name and school 0.75, dates 0.83, employer, title
    # and real entries 0.92.
    "everyday-third": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # A fourth batch; first run: employer 0.92 ('Part-time: Lawson, Inc.'), the rest 1.0.
    "everyday-fourth": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # A fifth batch; its first run read every field (1.0).
    "everyday-fifth": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    # Two-column pages flattened row by row (tests/flattened_pages.py), labelled before the
    # parser ran on them; a sidebar beside the jobs is not read yet.
    "flattened": {
        "name": 0.9,
        "employer": 0.75,
        "title": 0.85,
        "school": 0.9,
        "degree": 0.9,
        "dates": 0.85,
        "real_share": 0.85,
    },
    # Written after the side-column rules, labelled before the parser ran on them.
    "flattened-second": {
        "name": 0.9,
        "employer": 0.85,
        "title": 0.85,
        "school": 0.9,
        "degree": 0.9,
        "dates": 0.85,
        "real_share": 0.85,
    },
    # Written after all the side-column rules, labelled before the parser ran on them
    # (first run: employer 22%, title 33%).
    "flattened-third": {
        "name": 0.9,
        "employer": 0.8,
        "title": 0.85,
        "school": 0.9,
        "degree": 0.9,
        "dates": 0.85,
        "real_share": 0.85,
    },
    # The real files printed to PDF (tests/printed_pdfs.py); first run: employer 80%,
    # title 92%, dates 89%, real entries 92% (DOCX: 90%, 96%, 96%, 96%).
    "real_pdf": {
        "name": 0.95,
        "employer": 0.93,
        "title": 0.94,
        "school": 0.93,
        "degree": 0.9,
        "dates": 0.95,
        "real_share": 0.94,
    },
    # Held out: never looked at while the PDF rules were made. First run employer 81%,
    # title 81%, school 86%, degree 80%, dates 88%; after them 92%, 89%, 86%, 100%, 88%
    # (DOCX of the same files in the same run: 92%, 93%, 93%, 100%, 88%).
    "real_pdf-heldout": {
        "name": 0.95,
        "employer": 0.9,
        "title": 0.85,
        "school": 0.83,
        "degree": 0.95,
        "dates": 0.85,
        "real_share": 0.93,
    },
    # The other Word files printed to PDF, Europass and Lebenslauf tables among them; first
    # run: employer 47%, title 59%, school 50% (DOCX: 100%).
    "word_pdf": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.9
    ),
    "real": {
        "name": 0.85,
        "employer": 0.93,
        "title": 0.94,
        "school": 0.9,
        "degree": 0.9,
        "dates": 0.95,
        "real_share": 0.95,
    },
    # Pasted two- and three-column pages and Word sidebars (tests/pasted_columns.py),
    # labelled before the parser ran on them. First run: employer 6/14, title 10/14,
    # school 5/7, degree 4/7, dates 6/14, real entries 10/12; held out (never tuned on):
    # employer 2/6, title 2/6, dates 2/6, the rest read.
    "pasted_columns": {
        "name": 0.95,
        "employer": 0.9,
        "title": 0.95,
        "school": 0.8,
        "degree": 0.8,
        "dates": 0.95,
        "real_share": 0.95,
    },
    # Resume families the other sets leave out (tests/families.py), labelled before the
    # parser ran on them. First run: employer 24/28, title 25/28, school 14/16, degree 10/15,
    # dates 25/28, real entries 26/28; held out (never tuned on): employer 8/14, title 8/14,
    # school 8/8, degree 5/8, dates 7/14, real entries 9/10.
    # The header's place ("location") in the families and varied5-7 sets was labelled later,
    # from the text; the label commits give its first figures.
    "families": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.95,
        "school": 0.95,
        "degree": 0.75,
        "dates": 0.95,
        "real_share": 0.9,
        "location": 0.95,
    },
    "families-heldout": {
        "name": 0.95,
        "employer": 0.75,
        "title": 0.7,
        "school": 0.95,
        "degree": 0.7,
        "dates": 0.75,
        "real_share": 0.95,
        "location": 0.95,
    },
    # Written after the first batch's rules, labelled before the parser ran on them. First
    # run: name 8/9, employer 21/25, title 20/25, school 12/15, degree 10/12, dates 17/25,
    # real entries 22/26.
    "families-second": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share", "location"), 0.95
    ),
    # Written after the second batch's rules. First run: employer 12/15, title 10/15,
    # school 7/9, degree 6/9, dates 11/15, real entries 12/15.
    "families-third": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.95,
        "school": 0.95,
        "degree": 0.85,
        "dates": 0.95,
        "real_share": 0.95,
        "location": 0.95,
    },
    # Online builders' designs printed by Chromium (tests/web_pdfs.py), labelled before the
    # parser ran on them. First run: name 3/8, employer 12/25, title 14/25, school 5/12,
    # degree 5/11, dates 11/25, real entries 14/22; held out (never tuned on): name 2/4,
    # employer 9/13, title 6/13, dates 8/13, real entries 9/10, school and degree read.
    "web_pdf": {
        "name": 0.95,
        "employer": 0.92,
        "title": 0.95,
        "school": 0.95,
        "degree": 0.88,
        "dates": 0.95,
        "real_share": 0.95,
    },
    "web_pdf-heldout": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.75,
        "school": 0.95,
        "degree": 0.95,
        "dates": 0.9,
        "real_share": 0.9,
    },
    # Written after the third batch's rules. First run: employer, title and dates 12/12,
    # school 4/5, degree 2/5 (trade certificates and training programmes).
    "families-fourth": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.95,
        "school": 0.95,
        "degree": 0.95,
        "dates": 0.95,
        "real_share": 0.95,
        "location": 0.95,
    },
    # Written after the fourth batch's rules (students, sales, veterans, promotions under one
    # employer, per-diem nurses, UK, Indian, Australian and Canadian bilingual resumes),
    # labelled before the parser ran. First run: name 8/9, employer 24/28, title 18/28,
    # school 17/18, degree 8/17, dates 24/28, real entries 24/28. After its rules: name 9/9,
    # employer 27/28, title, dates and real entries 28/28, school 18/18, degree 17/17.
    "families-fifth": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.95,
        "school": 0.95,
        "degree": 0.95,
        "dates": 0.95,
        "real_share": 0.95,
        "location": 0.95,
    },
    # Resumes as job seekers write them in layouts the other sets cover thinly
    # (tests/fresh_resumes.py: pipe one-liners, company-first with promotions, all
    # lowercase, Brazilian, a scanned page, a sidebar nurse; held out: LinkedIn's PDF,
    # tabbed dates, a career changer, Philippine, Europass text, Chilean), labelled before
    # the parser ran on them. First run: name 4/6, employer 15/20, title 16/20, dates
    # 18/20, real entries 18/19, school and degree read; held out (never tuned on):
    # employer 13/17, title 13/17, degree 8/10, dates 15/17, real entries 15/17.
    # After its rules (a group in brackets, a lower-case resume, headers cut by a scanner,
    # the name atop a Word table's main cell): name 6/6, employer 20/20, title 17/20 (a
    # unit after the title, which styles-third labels apart), dates 20/20, real entries
    # 20/20; held out employer 14/17, degree 10/10.
    "fresh": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.95,
        "school": 0.95,
        "degree": 0.95,
        "dates": 0.95,
        "real_share": 0.95,
    },
    "fresh-heldout": {
        "name": 0.95,
        "employer": 0.8,
        "title": 0.7,
        "school": 0.95,
        "degree": 0.95,
        "dates": 0.85,
        "real_share": 0.85,
    },
    # Layouts still missing after the sets above (tests/varied_resumes.py: three columns
    # flattened and in a table, sections in a table, titles with their unit, all-caps
    # McAllister and DeSouza, German, French, Indian and academic CVs, Markdown, a two-column
    # paste), labelled before the parser ran on them. First run: name 6/6, employer 13/17,
    # title 10/17, school 8/9, degree 8/9, dates 13/17, real entries 13/17; held out (never
    # tuned on): name 5/6, employer and title 11/18, degree 9/12, dates 12/18, real 12/16.
    # After its rules (a unit after the title, a title's field before the employer, a
    # sidebar joined to the jobs' rows, MChem): employer and dates 17/17, title 16/17.
    "varied2": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.9,
        "school": 0.85,
        "degree": 0.85,
        "dates": 0.95,
        "real_share": 0.9,
    },
    # A second tuning batch written after varied2's rules (a three-column table, an Indian
    # CV of labelled lines, all-caps titles with units, an academic table, a Dutch CV),
    # labelled before the parser ran. First run: name 4/5, employer 9/14, title 8/14,
    # degree 7/8, dates 9/14, real entries 9/13. Dutch month abbreviations ("mrt.") are
    # not read yet (resumeopt/dates.py).
    "varied3": {
        "name": 0.95,
        "employer": 0.75,
        "title": 0.7,
        "school": 0.95,
        "degree": 0.85,
        "dates": 0.75,
        "real_share": 0.8,
    },
    # A third tuning batch after varied3's rules ("Jan '21 – Now", "at Company (Remote)", an
    # agency after "via", "Since 2021:", "2018/09"), labelled before the parser ran. First
    # run: employer 8/9, school 3/4, the rest read; after its rules every field.
    "varied4": dict.fromkeys(
        ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.95
    ),
    # Trades, care, finance, law and public-sector resumes from eight countries in the
    # layouts held-out sets read worst (tests/varied5_resumes.py: "Company | City | Dates"
    # then the title, promotions under one employer, "Title, Company — City (2019–2021)",
    # dates on their own line, a PDF paste with glued all-caps titles, quarters, seasons,
    # "Aug '19", a career break, agency work, the LaTeX layout), labelled before the parser
    # ran. First run: name 12/12, employer 29/37, title 28/38, dates 31/38, real entries
    # 35/38, school and degree read; held out (never tuned on): name 11/12, employer 22/38,
    # title 25/38, school 16/17, degree 13/17, dates 28/38, real entries 29/36. After its
    # rules: employer 37/37, title 37/38, dates 38/38, real 38/39; held out employer 27/38,
    # title 27/38, dates 30/38, real 32/38.
    "varied5": {
        "name": 0.95,
        "employer": 0.95,
        "title": 0.95,
        "school": 0.95,
        "degree": 0.95,
        "dates": 0.95,
        "real_share": 0.95,
        "location": 0.95,
    },
    # A second tuning batch after varied5's rules (a three-column page flattened to single
    # lines, all-caps "TITLE – EMPLOYER (CLIENT: ...)", dates in a tabbed left column,
    # "Organisation: / Position: / Duration:" labels, a Markdown table, tab-separated
    # columns, Colombian pipes, two all-caps employer lines above the title), labelled
    # before the parser ran. First run: employer 18/24, title 21/24, degree 9/10, dates
    # 20/24, real entries 22/24, name and school read. After its rules: employer 21/24,
    # title 23/24, dates 21/24, real 23/24 (a three-column page flattened is not read yet).
    "varied6": {
        "name": 0.95,
        "employer": 0.85,
        "title": 0.9,
        "school": 0.95,
        "degree": 0.85,
        "dates": 0.85,
        "real_share": 0.9,
        "location": 0.95,
    },
    # A third tuning batch after varied6's rules ("Title at Company, Town (dates)", dates
    # first with pipes or bullets, "Employer: ... Role: ... Period: ..." on one line, a
    # German "seit 04/2021" CV, title / dates / company lines, Europass "Occupation or
    # position held:"), labelled before the parser ran. First run: employer 19/23, title
    # and dates 20/23, school 8/9, degree 4/9 (diplomas and certificates), real 20/23.
    # After its rules: employer 22/23, title, dates and real entries 23/23.
    "varied7": {
        "name": 0.95,
        "employer": 0.9,
        "title": 0.95,
        "school": 0.85,
        "degree": 0.4,
        "dates": 0.95,
        "real_share": 0.95,
        "location": 0.95,
    },
    # Work histories in layouts the other sets lack (tests/varied8_resumes.py: a three-column
    # page flattened, employer and unit as two all-caps lines, "(JIB Gold Card)" after a
    # title, "Company | City | Dates" under the title, Markdown skill areas as headings, PDF
    # pastes with broken lines, agency work, breaks), labelled before the parser ran. First
    # run: name 11/12, employer 24/37, title 23/37, school 17/19, degree 16/19, dates 30/37,
    # real entries 30/35; held out (never tuned on): name 10/10, employer 20/30, title
    # 24/30, school 12/14, degree 10/14, dates 25/30, real 26/30. After its rules: employer
    # 33/37, title 31/37, dates 33/37, real 33/35 (the three-column page is not read yet);
    # held out employer 23/30, title 27/30, dates 27/30, real 28/31.
    "varied8": {
        "name": 0.9,
        "employer": 0.85,
        "title": 0.8,
        "school": 0.85,
        "degree": 0.9,
        "dates": 0.85,
        "real_share": 0.9,
    },
    # Work layouts the other sets lack (tests/varied10_resumes.py: agency placements beside
    # permanent roles, promotions dated under one employer, Army service with postings, a
    # career break and "Key achievements" blocks in Markdown, tab-separated fields, a Word
    # table of jobs), labelled before the parser ran. First run: name 7/8, employer 23/28,
    # title 25/28, dates 26/28, job place 20/25, real entries 26/26. After its rules:
    # employer 28/28, title 27/28, dates 28/28, job place 25/25.
    "varied10": {
        "name": 0.85,
        "employer": 0.95,
        "title": 0.9,
        "school": 0.85,
        "degree": 0.95,
        "dates": 0.95,
        "real_share": 0.95,
        "work_place": 0.95,
    },
    # The forms import still misread after varied11 (data/labelled/varied12: a job written
    # without its employer, brands of several words, a site's kind beside the town, titles
    # wrapped in a narrow column, two columns under two headings on one row, certificates
    # listed on one line), labelled before the parser ran. First run: employer 21/22, title
    # 26/28, dates 27/28, phone 7/8, sections 9/12, job place 21/23, real entries 28/30.
    # After its rules: every field read.
    "varied12": {
        **dict.fromkeys(("name", "employer", "title", "school", "degree", "dates"), 0.95),
        **dict.fromkeys(("email", "phone", "area", "sections", "work_place", "real_share"), 0.9),
    },
    # Five more written after varied12's rules, labelled before the parser ran. First run:
    # title 13/15, dates 14/15, area 5/6, sections 7/8, job place 9/10, real entries 14/15.
    # After its rules: title 15/15, dates 15/15, job place 10/10, real entries 15/15.
    "varied12-second": {
        **dict.fromkeys(("name", "employer", "title", "school", "degree", "dates"), 0.95),
        **dict.fromkeys(("email", "phone", "work_place", "real_share"), 0.9),
        **dict.fromkeys(("area", "sections"), 0.8),
    },
    # Resumes for software roles as the product meets them (data/labelled/varied11: Word
    # files from PDF converters, Indeed pastes, PDFs, Markdown), labelled before the parser
    # ran, never tuned on. First run (cf0ab5a): name 16/16, employer 39/46, title 41/47,
    # school 29/30, degree 27/28, dates 41/47, email 13/14, phone 13/14, area 21/24, gpa 4/4,
    # sections 30/33, location 14/16, job place 34/40, real entries 41/45. Floors a little
    # under, to catch a fall, never to tune on.
    "varied11-heldout": {
        "name": 0.95,
        "employer": 0.8,
        "title": 0.82,
        "school": 0.93,
        "degree": 0.92,
        "dates": 0.82,
        "real_share": 0.86,
        "email": 0.9,
        "phone": 0.9,
        "area": 0.83,
        "sections": 0.85,
        "location": 0.8,
        "work_place": 0.8,
    },
    "varied8-heldout": {
        "name": 0.95,
        "employer": 0.7,
        "title": 0.85,
        "school": 0.8,
        "degree": 0.7,
        "dates": 0.85,
        "real_share": 0.85,
    },
    "varied5-heldout": {
        "name": 0.9,
        "employer": 0.68,
        "title": 0.68,
        "school": 0.9,
        "degree": 0.7,
        "dates": 0.75,
        "real_share": 0.8,
        "location": 0.95,
    },
    # Education, contact headers and section placement from many countries
    # (tests/world_resumes.py), labelled before the parser ran, with the detail fields.
    # First run: name 10/13, school 30/31, degree 25/28, phone 11/13, area 21/23, gpa 5/10;
    # "worldedu-second" (written after its rules) name 8/10, school 19/21, degree 16/20,
    # area 12/15, gpa 3/5. The held-out part first read name 12/13, school 24/27, degree
    # 18/23, phone 12/13, area 12/14, gpa 4/7, real entries 24/29.
    "worldedu": {
        **dict.fromkeys(
            ("name", "employer", "title", "school", "degree", "dates", "real_share"), 0.95
        ),
        **dict.fromkeys(("email", "phone", "gpa", "sections", "location", "work_place"), 0.95),
        "area": 0.85,
    },
    "worldedu-second": {
        **dict.fromkeys(("name", "employer", "title", "degree", "dates", "real_share"), 0.95),
        **dict.fromkeys(("email", "phone", "gpa", "sections", "location", "work_place"), 0.95),
        "school": 0.9,
        "area": 0.85,
    },
    # Places were labelled later, from the text: the header's place first read 8/13 and the
    # jobs' 19/21.
    "worldedu-heldout": {
        **dict.fromkeys(("name", "employer", "title", "dates", "email", "phone"), 0.9),
        **dict.fromkeys(("school", "sections", "work_place"), 0.85),
        **dict.fromkeys(("degree", "real_share", "area", "gpa", "location"), 0.75),
    },
    # A second batch from more countries and education systems (TAFE certificates, German
    # Ausbildung and Meister, Contador Público, HND, MD/MPH, unfinished and dual degrees,
    # regions alone and postcodes in the header), labelled before the parser ran. First
    # run: school 26/31, degree 20/29, area 11/16, header place 2/12. The held-out part,
    # never tuned on, first read name 8/10, school 22/24, degree 17/23, header place 2/10.
    "worldedu2": {
        **dict.fromkeys(("name", "employer", "title", "degree", "dates", "real_share"), 0.95),
        **dict.fromkeys(("email", "phone", "gpa", "sections", "location"), 0.95),
        **dict.fromkeys(("school", "area", "work_place"), 0.9),
    },
    # A third batch (a licence or the degree's short name after it, an NYSC year, a name and a
    # province on one line, Chinese provinces, Philippine level labels, a faculty after its
    # university), labelled before the parser ran. First run: name 7/8, school 16/17,
    # degree 12/15, area 7/8, header place 6/8, job place 13/15.
    "worldedu2-third": {
        **dict.fromkeys(("name", "employer", "title", "dates", "real_share"), 0.95),
        **dict.fromkeys(("email", "phone", "gpa", "sections", "location"), 0.95),
        **dict.fromkeys(("school", "area"), 0.85),
        **dict.fromkeys(("degree", "work_place"), 0.75),
    },
    # Eight more systems (Polish magister inżynier, Turkish lisans, Egyptian Very Good,
    # Indonesian S1, Pakistani CGPA, Russian specialist, Vietnamese Kỹ sư, Saudi out of 5),
    # labelled before the parser ran. First run: name 7/8, school 8/14, degree 8/11, area
    # 5/10, gpa 4/10, header place 4/8 (a text opening '[Photo]' was read as broken JSON).
    # Job lines of pieces between pipes, bullets or dashes, the employer first or the title
    # first (Turkish, Indian, Danish, German, Spanish resumes), labelled before the parser
    # ran. First run: employer 11/15, title 11/15, dates 12/15, job place 10/15; after the
    # title lexicon and dashed names: 15/15, 15/15, 15/15, 13/15.
    "pipes": {
        **dict.fromkeys(("name", "employer", "title", "dates", "school", "real_share"), 0.95),
        **dict.fromkeys(("degree", "email", "area"), 0.95),
        "work_place": 0.8,
    },
    "worldedu3": {
        **dict.fromkeys(("name", "school", "degree", "email", "phone", "area", "gpa"), 0.95),
        **dict.fromkeys(("employer", "title", "dates", "sections"), 0.9),
        **dict.fromkeys(("location", "work_place", "real_share"), 0.8),
    },
    "worldedu2-heldout": {
        **dict.fromkeys(("name", "employer", "dates", "email", "school", "sections"), 0.85),
        **dict.fromkeys(("title", "degree", "work_place", "real_share"), 0.8),
        **dict.fromkeys(("phone", "area", "location", "gpa"), 0.6),
    },
    "varied2-heldout": {
        "name": 0.8,
        "employer": 0.55,
        "title": 0.55,
        "school": 0.95,
        "degree": 0.7,
        "dates": 0.6,
        "real_share": 0.7,
    },
    # Towns no hand list knew, people named like towns, employers holding a place's name
    # (issue #14's gazetteer), labelled before the parser ran on them. First run: header place
    # 4/9, job place 26/27; with the gazetteer 9/9, 27/27.
    "places": {
        **dict.fromkeys(("name", "employer", "school", "degree", "dates", "real_share"), 0.95),
        **dict.fromkeys(("title", "location", "work_place"), 0.8),
    },
    "pasted_columns-heldout": {
        "name": 0.95,
        "employer": 0.8,
        "title": 0.95,
        "school": 0.6,
        "degree": 0.95,
        "dates": 0.8,
        "real_share": 0.8,
    },
}


def _scores(set_name: str) -> Score:
    folder, labels = labelled_sets()[set_name]
    total = Score()
    for file_name, expected in labels.items():
        try:
            document = read_upload((folder / file_name).read_bytes(), file_name)["document"]
        except ResumeImportError:
            document = {}
        total.add(score_document(document, expected))
    return total


@pytest.mark.parametrize("set_name", sorted(FLOORS))
def test_labelled_resumes_keep_their_recall(set_name):
    score = _scores(set_name)
    below = {
        name: round(score.real_share if name == "real_share" else score.recall(name), 3)
        for name, floor in FLOORS[set_name].items()
        if (score.real_share if name == "real_share" else score.recall(name)) < floor
    }
    assert not below, f"recall fell below its floor in {set_name}: {below}"


def test_scoring_matches_text_loosely_but_not_anything():
    assert same_text("Inetex", "INETEX")
    assert same_text("Inetex Ltd", "Inetex Ltd.")
    assert not same_text("Inetex", "Inetex builds car sharing for the whole region")
    assert not same_text("Amdocs", "")


def test_degree_levels_read_the_usual_spellings():
    assert degree_level("B.E in Computer Science Engineering") == "bachelor"
    assert degree_level("B. Tech in Electrical and Electronics") == "bachelor"
    assert degree_level("Bachelor's Degree") == "bachelor"
    assert degree_level("M.Sc.") == "master"
    assert degree_level("MBA") == "mba"
    assert degree_level("PhD") == "doctor"
    assert degree_level("Lisans") == "bachelor"
    assert degree_level("S1") == "bachelor"
    assert degree_level("Yüksek Lisans") == "master"
    assert degree_level("Engineer's Degree (Kỹ sư)") == "engineer"
    assert degree_level("Kubernetes") == ""


def test_places_are_scored_by_each_part_a_reader_finds():
    labels = {
        "location": {"city": "Nairobi", "countryCode": "KE"},
        "work": [{"employer": "PwC Kenya", "title": "Audit Senior", "location": "Nairobi, Kenya"}],
    }
    read = {
        "basics": {"location": {"city": "Nairobi", "countryCode": "KE"}},
        "work": [{"name": "PwC Kenya", "position": "Audit Senior", "location": "Nairobi"}],
    }
    score = score_document(read, labels)
    assert (score.found["location"], score.found["work_place"]) == (1, 1)
    read["basics"]["location"] = {"city": "Nairobi"}  # the country written was not read
    read["work"][0]["location"] = "Kenya"
    score = score_document(read, labels)
    assert (score.found["location"], score.expected["location"]) == (0, 1)
    assert (score.found["work_place"], score.expected["work_place"]) == (0, 1)


def test_a_field_read_inside_the_degrees_name_counts_as_read():
    labels = {
        "education": [
            {"school": "TAFE NSW", "degree": "Certificate IV in Carpentry", "area": "Carpentry"},
            {"school": "KMTC", "degree": "Diploma in Community Health Nursing"},
        ]
    }
    read = {
        "education": [
            {"institution": "TAFE NSW", "studyType": "Certificate IV in Carpentry"},
            {"institution": "KMTC", "studyType": "Diploma", "area": "Community Health Nursing"},
        ]
    }
    score = score_document(read, labels)
    assert (score.found["area"], score.found["degree"]) == (1, 2)
    read["education"][0]["studyType"] = "Certificate IV"  # the field not read at all
    assert score_document(read, labels).found["area"] == 0
