import pytest

from jobs.extraction import extract_requirements
from jobs.models import JobDescription

POSTING = """Backend Engineer at Quillfeather
Requirements
- 3+ years of Python and Django.
- PostgreSQL and Docker.
Nice to have: Kubernetes."""


def make_job(owner, text: str = POSTING, **fields) -> JobDescription:
    requirements = extract_requirements(text)
    return JobDescription.objects.create(
        owner=owner,
        title=fields.pop("title", requirements.title or "Backend Engineer"),
        company=fields.pop("company", requirements.company or "Quillfeather"),
        source_text=text,
        requirements=requirements.to_dict(),
        **fields,
    )


@pytest.fixture
def job(user):
    return make_job(user)
