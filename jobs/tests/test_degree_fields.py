"""A field of study is the degree's: "a degree in Computer Science, Engineering or a related
field" asks for a degree in those fields, not for Computer Science and Engineering as skills.
The field is read with the degree, kept out of the skills, read the same with the posting's
line breaks removed, and shown with the degree on the match page."""

import re

import pytest
from django.urls import reverse

from jobs.extraction import extract_requirements
from jobs.models import JobDescription

HEAD = "Data Engineer\nFernhill Analytics\n\nYou will build our pipelines.\n\nRequirements:\n"


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        (
            "- Bachelor's degree in Computer Science, Engineering or a related field",
            "Bachelor's",
            "Computer Science, Engineering",
        ),
        ("- A Computer Science degree or equivalent experience", "Bachelor's", "Computer Science"),
        ("- BSc Computer Science or similar", "Bachelor's", "Computer Science"),
        (
            "- Completed degree in computer science or a comparable qualification",
            "Bachelor's",
            "computer science",
        ),
        ("- Bachelor of Information Technology", "Bachelor's", "Information Technology"),
        (
            "- Degree in a quantitative field such as Economics or Statistics",
            "Bachelor's",
            "Economics or Statistics",
        ),
    ],
)
def test_a_degrees_field_is_the_degrees_not_a_skill(line, level, field):
    posting = f"{HEAD}{line}\n- 3+ years of Python and SQL\n"
    for text in (posting, " ".join(posting.split())):
        read = extract_requirements(text)
        assert (read.education_level, read.education_field) == (level, field)
        skills = {skill.name for skill in read.skills}
        assert {"Python", "SQL"} <= skills
        assert not {"Computer Science", "Engineering", "Information Technology"} & skills


def test_a_field_asked_as_work_is_still_a_skill():
    read = extract_requirements(
        f"{HEAD}- Bachelor's degree in Economics\n- Solid knowledge of statistics\n"
    )
    assert read.education_field == "Economics"
    assert "Statistics" in {skill.name for skill in read.skills}


def test_a_degree_named_by_its_field_alone_has_no_level_of_its_own():
    """ "Culinary degree from an accredited school" may be a college's diploma: its field is
    read, its level is not guessed."""
    read = extract_requirements(
        "Sous Chef\nCopper Kettle\n\nRequirements:\n- Culinary degree from an accredited school\n"
    )
    assert read.education_level == ""


@pytest.mark.django_db
def test_the_match_page_shows_the_degree_with_its_field(user_client, user, resume):
    text = f"{HEAD}- Bachelor's degree in Computer Science or a related field\n- Python\n"
    requirements = extract_requirements(text)
    job = JobDescription.objects.create(
        owner=user,
        title=requirements.title,
        company=requirements.company,
        source_text=text,
        requirements=requirements.to_dict(),
    )
    page = user_client.get(
        reverse("jobs:match", args=[job.pk]), {"resume": resume.pk}
    ).content.decode()
    assert "Education: Bachelor&#x27;s in Computer Science; your studies are in this field." in page
    missing = re.search(r'data-testid="missing-keywords">(.*?)</ul>', page)
    assert missing is None or "Computer Science" not in missing.group(1)
