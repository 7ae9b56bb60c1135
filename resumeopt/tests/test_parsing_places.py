"""Where a job was: the place written after its employer."""

from resumeopt.importers.parsing import Line, parse_lines

RESUME = """Jane Roe

EXPERIENCE
QA Engineer at Checkmarx, Ramat Gan
2019 - 2021

Backend Developer at Wix, Tel Aviv, Israel
2016 - 2019

Engineer at Google, Search Infrastructure Team
2014 - 2016"""


def test_the_place_after_title_at_company_is_the_jobs_location():
    document = parse_lines([Line(text) for text in RESUME.splitlines()])
    assert [(job.get("name"), job.get("location")) for job in document["work"]] == [
        ("Checkmarx", "Ramat Gan"),
        ("Wix", "Tel Aviv, Israel"),
        ("Google", None),
    ]
