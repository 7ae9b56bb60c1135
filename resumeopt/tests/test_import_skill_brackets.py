"""A skill written with what of it was used, in brackets: "AWS (EMR, Glue, S3)".

The commas inside the bracket list the parts of one skill, not more skills: the skills list
keeps "AWS (EMR, Glue, S3)" whole, and the skills beside it stay apart.
"""

from resumeopt.importers import import_text

RESUME = """Jane Doe
jane@example.com

SKILLS
Cloud: AWS (EMR, Glue, S3), Azure
Languages: Python, SQL (PostgreSQL, MySQL), Scala
Docker, Kubernetes (EKS, AKS), Terraform

EXPERIENCE
Data Engineer, Acme Corp, Berlin
Jan 2020 - Present
- Built pipelines
"""


def _keywords(text: str) -> list[list[str]]:
    return [group["keywords"] for group in import_text(text).document["skills"]]


def test_commas_inside_brackets_part_no_skills():
    assert _keywords(RESUME) == [
        ["AWS (EMR, Glue, S3)", "Azure"],
        ["Python", "SQL (PostgreSQL, MySQL)", "Scala"],
        ["Docker", "Kubernetes (EKS, AKS)", "Terraform"],
    ]


def test_a_bracket_never_closed_does_not_swallow_the_list():
    text = RESUME.replace("AWS (EMR, Glue, S3), Azure", "AWS (EMR, Glue, S3, Azure")
    assert _keywords(text)[0] == ["AWS (EMR", "Glue", "S3", "Azure"]


def test_a_bracket_wrapped_over_three_lines_is_one_skill():
    text = RESUME.replace(
        "Docker, Kubernetes (EKS, AKS), Terraform",
        "MVC, Spring Framework(Spring Boot, Spring Web, Spring\nSecurity, Spring\n"
        "Starter Mail, Spring Validation), Mockito",
    )
    assert _keywords(text)[2] == [
        "MVC",
        "Spring Framework(Spring Boot, Spring Web, Spring Security, Spring Starter Mail, "
        "Spring Validation)",
        "Mockito",
    ]
