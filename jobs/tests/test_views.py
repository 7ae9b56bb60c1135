"""Job pages: access, adding postings, highlights, match, compare, batches."""

import csv
import io

import pytest
from asgiref.sync import sync_to_async
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from jobs.extraction import extract_requirements
from jobs.matching import ranking_key
from jobs.models import JobDescription, RankedPosting, RankingBatch
from resumeopt.models import BackgroundJob
from resumeopt.tests.resume_files import make_docx, make_pdf, make_zip

pytestmark = pytest.mark.django_db
POSTING = (
    "Backend Engineer at Acme\nRequirements\n- 5+ years with Python and Kubernetes.\n- Kafka is "
    "a plus.\n"
)


def _job(owner, text=POSTING):
    requirements = extract_requirements(text)
    return JobDescription.objects.create(
        owner=owner,
        title=requirements.title,
        company=requirements.company,
        source_text=text,
        requirements=requirements.to_dict(),
    )


@pytest.fixture
def job(user):
    return _job(user)


@pytest.fixture
def other_job(other_user):
    return _job(other_user)


@pytest.fixture
def batch(user, resume, job):
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Batch")
    job.batch = batch
    job.save()
    RankedPosting.objects.create(
        batch=batch, posting=job, score=70, matched=["Python"], missing=["Kafka"]
    )
    return batch


@pytest.fixture
def other_batch(other_user):
    return RankingBatch.objects.create(owner=other_user, name="Theirs")


JOB_URLS = [
    ("jobs:detail", "get"),
    ("jobs:match", "get"),
    ("jobs:rank_resumes", "get"),
    ("jobs:enrich", "post"),
    ("jobs:delete", "get"),
    ("jobs:delete", "post"),
]
BATCH_URLS = [("jobs:batch", "get"), ("jobs:batch_csv", "get"), ("jobs:batch_delete", "post")]


@pytest.mark.parametrize("name", ["jobs:list", "jobs:create", "jobs:batch_create", "jobs:compare"])
def test_pages_need_login(client, name):
    assert client.get(reverse(name))["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(("name", "method"), JOB_URLS)
def test_other_users_posting_is_404(user_client, other_job, name, method):
    assert getattr(user_client, method)(reverse(name, args=[other_job.pk])).status_code == 404
    assert JobDescription.objects.filter(pk=other_job.pk).exists()


@pytest.mark.parametrize(("name", "method"), BATCH_URLS)
def test_other_users_batch_is_404(user_client, other_batch, name, method):
    assert getattr(user_client, method)(reverse(name, args=[other_batch.pk])).status_code == 404


@pytest.mark.parametrize(("name", "method"), JOB_URLS)
def test_anonymous_is_sent_to_login_for_a_posting(client, job, name, method):
    assert getattr(client, method)(reverse(name, args=[job.pk]))["Location"].startswith(
        reverse("login")
    )


def test_matching_another_users_resume_is_404(user_client, job, other_resume):
    assert (
        user_client.get(
            reverse("jobs:match", args=[job.pk]), {"resume": other_resume.pk}
        ).status_code
        == 404
    )


def test_comparing_another_users_posting_is_404(user_client, job, other_job):
    assert (
        user_client.get(reverse("jobs:compare"), {"ids": [job.pk, other_job.pk]}).status_code == 404
    )


def test_pasted_posting_is_read_and_saved(user_client, user):
    response = user_client.post(reverse("jobs:create"), {"text": POSTING})
    job = JobDescription.objects.get(owner=user)
    assert response["Location"] == job.get_absolute_url()
    assert (job.title, job.company) == ("Backend Engineer", "Acme")
    assert {s["name"] for s in job.requirements["skills"]} >= {"Python", "Kubernetes", "Kafka"}


def test_a_title_the_user_types_wins_and_its_level_is_the_one_matched(user_client, user):
    user_client.post(reverse("jobs:create"), {"text": POSTING, "title": "Senior Platform Engineer"})
    job = JobDescription.objects.get(owner=user)
    requirements = job.parsed_requirements()
    assert (job.title, requirements.title) == ("Senior Platform Engineer",) * 2
    assert requirements.seniority == "Senior"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("posting.docx", make_docx("styles")),
        ("posting.pdf", make_pdf("classic")),
        ("posting.html", b"<h1>Engineer</h1><p>We need <b>Python</b>.</p><script>x()</script>"),
        ("posting.txt", POSTING.encode()),
    ],
)
def test_uploaded_posting_files_are_read(user_client, user, name, data):
    user_client.post(reverse("jobs:create"), {"file": SimpleUploadedFile(name, data)})
    job = JobDescription.objects.get(owner=user)
    assert "Python" in {s["name"] for s in job.requirements["skills"]}
    assert "x()" not in job.source_text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "Paste the posting"),
        ({"text": "x" * 100_001}, "100000 characters"),
        (
            {"file": SimpleUploadedFile("blob.txt", bytes(range(256)) * 10)},
            "not a text, PDF, Word or HTML file",
        ),
        ({"file": SimpleUploadedFile("empty.txt", b"")}, "The submitted file is empty"),
        ({"file": SimpleUploadedFile("long.txt", b"Python " * 20_000)}, "the limit is 100,000"),
    ],
)
def test_bad_postings_get_a_clear_message_and_nothing_is_saved(user_client, user, data, message):
    response = user_client.post(reverse("jobs:create"), data)
    assert message in response.content.decode()
    assert not JobDescription.objects.filter(owner=user).exists()


def test_detail_highlights_requirements_and_escapes_the_posting(user_client, user):
    job = _job(user, "Engineer\nRequirements\n- Python <script>alert(1)</script>\n")
    page = user_client.get(job.get_absolute_url()).content.decode()
    assert '<mark class="skill skill-tool required"' in page and ">Python</mark>" in page
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_match_page_shows_score_missing_and_recommendations(user_client, job, resume):
    page = user_client.get(
        reverse("jobs:match", args=[job.pk]), {"resume": resume.pk}
    ).content.decode()
    assert "Match score" in page and "Kafka" in page and "What to change" in page
    assert f'href="{resume.get_absolute_url()}#unit-' in page


def test_compare_needs_two_to_five_postings(user_client, user, job, resume):
    other = _job(user, "Data Analyst\nWe need SQL, Python and Tableau.")
    assert user_client.get(reverse("jobs:compare"), {"ids": [job.pk]}).status_code == 302
    page = user_client.get(reverse("jobs:compare"), {"ids": [job.pk, other.pk]}).content.decode()
    assert "Shared by all" in page and "Tableau" in page and "Kubernetes" in page


def test_rank_resumes_lists_the_users_resumes_best_first(user_client, user, job, resume):
    from resumeopt.resumes import create_resume

    create_resume(user, "Empty one")
    page = user_client.get(reverse("jobs:rank_resumes", args=[job.pk])).content.decode()
    assert page.index("Jane&#x27;s resume") < page.index("Empty one")


def test_batch_upload_ranks_postings_and_reports_failures(
    user_client, user, resume, django_capture_on_commit_callbacks
):
    archive = make_zip(
        {
            "backend.txt": POSTING.encode(),
            "data.txt": b"Data Analyst\nWe need Tableau and SAS.",
            "bad.bin": bytes(range(256)) * 10,
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.post(
            reverse("jobs:batch_create"),
            {"resume": resume.pk, "files": [SimpleUploadedFile("postings.zip", archive)]},
        )
    batch = RankingBatch.objects.get(owner=user)
    assert response["Location"] == batch.get_absolute_url()
    batch.job.refresh_from_db()
    assert batch.job.status == "succeeded"
    ranked = list(RankedPosting.objects.filter(batch=batch).order_by("-score"))
    assert [r.posting.source_name for r in ranked] == ["backend.txt", "data.txt"]
    page = user_client.get(batch.get_absolute_url()).content.decode()
    assert "bad.bin" in page and "could not be read" in page


def test_bad_batch_upload_is_refused_as_a_whole(user_client, user, resume):
    csv_without_text = SimpleUploadedFile("postings.csv", b"id,summary\n1,Python\n")
    response = user_client.post(
        reverse("jobs:batch_create"), {"resume": resume.pk, "files": [csv_without_text]}
    )
    assert "no text column" in response.content.decode()
    assert not RankingBatch.objects.exists()


def test_batch_csv_export_is_ranked_and_formula_safe(user_client, batch):
    batch.postings.update(title='=HYPERLINK("http://x")')
    rows = _csv_rows(user_client, batch)
    assert rows[0][:3] == ["rank", "score", "title"] and "hard_skills" in rows[0]
    assert rows[1][1] == "70" and rows[1][2].startswith("'=")


def _csv_rows(client, batch) -> list[list[str]]:
    response = client.get(reverse("jobs:batch_csv", args=[batch.pk]))
    assert response.streaming and response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def _large_batch(user, resume, count: int) -> RankingBatch:
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Large")
    postings = JobDescription.objects.bulk_create(
        JobDescription(
            owner=user,
            batch=batch,
            title=f"Role {n:03d}",
            company=f"Co {n}",
            source_name=f"row {n}",
            source_text=POSTING,
        )
        for n in range(count)
    )
    RankedPosting.objects.bulk_create(
        RankedPosting(
            batch=batch,
            posting=posting,
            score=n % 100,
            matched=["Python"],
            missing=[f"Skill {n}"],
            breakdown={"hard_skills": n % 100, "title": None},
        )
        for n, posting in enumerate(postings)
    )
    return batch


def test_batch_csv_streams_every_row_best_first(user_client, user, resume):
    batch = _large_batch(user, resume, 130)
    header, *rows = _csv_rows(user_client, batch)
    assert len(rows) == 130
    assert [row[0] for row in rows] == [str(n) for n in range(1, 131)]
    scores = [int(row[1]) for row in rows]
    assert scores == sorted(scores, reverse=True)
    first = rows[0]
    assert first[1:5] == ["99", "Role 099", "Co 99", "row 99"]
    assert first[header.index("hard_skills")] == "99" and first[header.index("education")] == ""
    assert first[-2:] == ["Python", "Skill 99"]


@pytest.mark.django_db(transaction=True)
async def test_batch_csv_streams_as_daphne_serves_it(async_client, user, resume, recwarn):
    """Through the ASGI handler the rows are streamed, not collected into a list first."""
    batch = await sync_to_async(_large_batch)(user, resume, 1200)
    await async_client.aforce_login(user)
    response = await async_client.get(reverse("jobs:batch_csv", args=[batch.pk]))
    chunks = [chunk async for chunk in response]  # as the handler sends them
    header, *rows = csv.reader(io.StringIO(b"".join(chunks).decode()))
    assert len(chunks) > 1 and len(rows) == 1200
    assert [int(row[0]) for row in rows] == list(range(1, 1201))
    assert rows[0][1] == "99" and header[:3] == ["rank", "score", "title"]
    assert not [w for w in recwarn if "synchronous iterators" in str(w.message)]


def test_batch_page_shows_the_ranking_a_page_at_a_time(user_client, user, resume):
    batch = _large_batch(user, resume, 120)
    first = user_client.get(batch.get_absolute_url()).content.decode()
    assert "120 postings" in first and "Page 1 of 3" in first
    assert first.count("<tr>") == 51  # the header and 50 rows
    assert "Role 099" in first and "Role 001" not in first
    last = user_client.get(batch.get_absolute_url(), {"page": 3, "sort": "title"}).content.decode()
    assert "Page 3 of 3" in last and last.count("<tr>") == 21
    assert "<td>101</td>" in last and "Role 119" in last and "Role 000" not in last
    assert "?sort=title&page=2" in last
    beyond = user_client.get(batch.get_absolute_url(), {"page": 99}).content.decode()
    assert "Page 3 of 3" in beyond


def test_batch_page_and_csv_break_equal_scores_as_rank_does(user_client, user, resume):
    """Of equal scores, the posting meeting more requirements first, then the upload's order:
    the order jobs.matching.rank gives the same matches."""
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Ties")
    met = [["Python"], ["Python", "SQL"], ["Python", "SQL"], ["Python", "SQL", "Kafka"]]
    scores = [60, 60, 60, 40]
    for position, (names, score) in enumerate(zip(met, scores, strict=True)):
        posting = JobDescription.objects.create(
            owner=user, batch=batch, title=f"Role {position}", source_text=POSTING
        )
        RankedPosting.objects.create(
            batch=batch,
            posting=posting,
            score=score,
            matched=names,
            matched_count=len(names),
            position=position,
        )
    expected = [
        f"Role {n}"
        for n in sorted(range(4), key=lambda n: ranking_key(scores[n], met[n]))  # stable
    ]
    assert expected == ["Role 1", "Role 2", "Role 0", "Role 3"]
    page = user_client.get(batch.get_absolute_url()).content.decode()
    assert sorted(expected, key=page.index) == expected
    _, *rows = _csv_rows(user_client, batch)
    assert [row[2] for row in rows] == expected


def test_a_ranked_batch_keeps_how_many_requirements_each_posting_met(
    user_client, user, resume, django_capture_on_commit_callbacks
):
    text = POSTING + "\n---\nData Analyst\nWe need Tableau and SAS.\n"
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(reverse("jobs:batch_create"), {"resume": resume.pk, "text": text})
    ranked = RankedPosting.objects.filter(batch__owner=user)
    assert ranked.count() == 2
    assert all(row.matched_count == len(row.matched) for row in ranked)
    assert any(row.matched_count for row in ranked)


def test_batch_pages_leave_the_upload_and_the_resume_unread(user_client, user, resume, batch):
    """The pasted upload (MBs for a big batch) and the resume's content are the task's: the
    batch page, its CSV and the postings list show neither, and read neither."""
    batch.source_text = "Pasted posting\n---\n" * 1000
    batch.failures = [{"name": "row 7", "error": "No text"}]
    batch.save()
    with CaptureQueriesContext(connection) as queries:
        page = user_client.get(batch.get_absolute_url()).content.decode()
        listed = user_client.get(reverse("jobs:list")).content.decode()
        exported = _csv_rows(user_client, batch)
    assert f"Ranking for “{escape(resume.title)}”" in page and "row 7" in page and "Kafka" in page
    assert batch.name in listed
    assert exported[1][1] == "70"
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"jobs_rankingbatch"."name"' in read and '"resumeopt_resume"."title"' in read
    assert '"jobs_rankingbatch"."source_text"' not in read
    assert '"resumeopt_resume"."content"' not in read


def test_pasted_batch_and_sorting(user_client, user, resume, django_capture_on_commit_callbacks):
    text = POSTING + "\n---\nData Analyst\nWe need Tableau and SAS.\n"
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(reverse("jobs:batch_create"), {"resume": resume.pk, "text": text})
    batch = RankingBatch.objects.get(owner=user)
    by_title = user_client.get(batch.get_absolute_url(), {"sort": "title"}).content.decode()
    assert by_title.index("Backend Engineer") < by_title.index("Data Analyst")


def _nothing_saved():
    return not (
        RankingBatch.objects.exists()
        or JobDescription.objects.exists()
        or BackgroundJob.objects.exists()
    )


@pytest.mark.parametrize(
    ("files", "text", "message"),
    [
        (
            [
                (
                    "postings.zip",
                    make_zip({"a.txt": POSTING.encode(), "more.zip": make_zip({"b.txt": b"x"})}),
                )
            ],
            "",
            "another archive",
        ),
        (
            [("postings.zip", make_zip({f"{i}.txt": POSTING.encode() for i in range(501)}))],
            "",
            "the limit is 500",
        ),
        (
            [("postings.zip", make_zip({"huge.txt": b"a" * (51 * 1024 * 1024)}))],
            "",
            "more than 50 MB",
        ),
        ([("postings.csv", b"id,summary\n1,Python\n")], "", "no text column"),
        ([("postings.jsonl", bytes(range(256)) * 10)], "", "not text"),
        ([], " \n---\n ", "Paste at least one posting"),
        ([("a.txt", POSTING.encode())], POSTING, "not both"),
    ],
)
def test_every_bad_batch_gets_a_clear_message_and_nothing_is_saved(
    user_client, resume, files, text, message
):
    uploads = [SimpleUploadedFile(name, data) for name, data in files]
    response = user_client.post(
        reverse("jobs:batch_create"), {"resume": resume.pk, "files": uploads, "text": text}
    )
    assert response.status_code == 200 and message in response.content.decode()
    assert _nothing_saved()


def test_batch_against_another_users_resume_is_refused(user_client, other_resume):
    response = user_client.post(
        reverse("jobs:batch_create"), {"resume": other_resume.pk, "text": POSTING}
    )
    assert "Select a valid choice" in response.content.decode()
    assert _nothing_saved()


def test_a_batch_whose_resume_was_deleted_fails_with_a_reason(
    user_client, user, resume, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        user_client.post(reverse("jobs:batch_create"), {"resume": resume.pk, "text": POSTING})
    resume.delete()
    for callback in callbacks:
        callback()
    batch = RankingBatch.objects.get(owner=user)
    batch.job.refresh_from_db()
    assert batch.job.status == "failed" and "was deleted" in batch.job.error


def test_a_pasted_batch_ranks_what_it_can_and_lists_the_rest(
    user_client, user, resume, django_capture_on_commit_callbacks
):
    text = POSTING + "\n---\n" + "x" * 100_001 + "\n---\nData Analyst\nWe need SQL.\n"
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(reverse("jobs:batch_create"), {"resume": resume.pk, "text": text})
    batch = RankingBatch.objects.get(owner=user)
    assert batch.ranked.count() == 2
    assert batch.failures == [{"name": "Posting 2", "error": batch.failures[0]["error"]}]
    assert "limit is 100,000" in batch.failures[0]["error"]
    batch.job.refresh_from_db()
    assert batch.job.message == "Ranked 2 postings; 1 could not be read."


def test_mentions_are_highlighted_apart_from_requirements(user_client, user):
    job = _job(user, "Engineer\n\nAbout us\nWe run on Kafka.\n\nRequirements\n- Python.\n")
    page = user_client.get(job.get_absolute_url()).content.decode()
    assert (
        '<mark class="skill skill-tool mention" title="Kafka · Tools and technologies · '
        'mentioned, not asked">' in page
    )
    assert "Mentioned about the company" in page


def test_compare_ignores_a_posting_chosen_twice(user_client, user, job):
    other = _job(user, "Data Analyst\nWe need SQL.")
    page = user_client.get(reverse("jobs:compare"), {"ids": [job.pk, other.pk, job.pk]})
    assert "Compare 2 postings" in page.content.decode()
    assert user_client.get(reverse("jobs:compare"), {"ids": [job.pk, job.pk]}).status_code == 302


def test_adding_postings_counts_against_the_upload_limit(user_client, settings):
    from jobs.models import JobDescription

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "uploads": (1, 3600)}
    posting = {"text": "Data Analyst\nRequirements\n- SQL and Tableau, 3+ years."}
    assert user_client.post(reverse("jobs:create"), posting).status_code == 302
    refused = user_client.post(reverse("jobs:create"), posting)
    assert refused.status_code == 429
    assert "You have reached the limit on uploads" in refused.content.decode()
    assert JobDescription.objects.count() == 1
    assert user_client.post(reverse("jobs:batch_create"), {"text": "a\n---\nb"}).status_code == 429


def test_deleting_a_batch_deletes_its_uploaded_file(user_client, user, resume, settings, tmp_path):
    from django.core.files.base import ContentFile

    from jobs.models import RankingBatch

    settings.MEDIA_ROOT = tmp_path
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Spring applications")
    batch.source_file.save("postings.csv", ContentFile(b"id,text\n1,Data Analyst"))
    stored = tmp_path / batch.source_file.name
    assert stored.exists()
    user_client.post(reverse("jobs:batch_delete", args=[batch.pk]))
    assert not RankingBatch.objects.filter(pk=batch.pk).exists()
    assert not stored.exists()


def test_batch_page_explains_each_place_and_fills_the_company(
    user_client, user, resume, django_capture_on_commit_callbacks
):
    rows = (
        "id,company,text\n"
        '1,Acme <b>Payments</b>,"Backend Engineer\nRequirements\n- 5+ years with Python and '
        'Kubernetes."\n'
        '2,,"Data Analyst\nAcme Insights, Madrid\nWe need Tableau and SAS."\n'
    )
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(
            reverse("jobs:batch_create"),
            {"resume": resume.pk, "files": [SimpleUploadedFile("postings.csv", rows.encode())]},
        )
    batch = RankingBatch.objects.get(owner=user)
    ranked = {r.posting.source_name: r for r in RankedPosting.objects.filter(batch=batch)}
    assert ranked["1"].posting.company == "Acme <b>Payments</b>"
    assert ranked["2"].posting.company == "Acme Insights"
    assert "must-have" in ranked["1"].explanation
    page = user_client.get(batch.get_absolute_url()).content.decode()
    assert "Acme &lt;b&gt;Payments&lt;/b&gt;" in page and "Acme Insights" in page
    assert ranked["1"].explanation in page


def test_match_page_says_which_skills_only_a_job_title_shows(user_client, user):
    from resumeopt.resumes import create_resume

    job = _job(user, "Data Scientist\nRequirements\n- Data science.\n- SQL.\n")
    resume = create_resume(
        user,
        "Scientist",
        {
            "basics": {"name": "Ada", "label": "Data Scientist"},
            "work": [{"name": "Acme", "position": "Data Scientist", "highlights": ["Used SQL."]}],
        },
    )
    page = user_client.get(
        reverse("jobs:match", args=[job.pk]), {"resume": resume.pk}
    ).content.decode()
    assert "shown by a job title only" in page


def test_match_page_says_when_skills_not_named_count_in_part(user_client, user):
    from resumeopt.resumes import create_resume

    job = _job(user, "Electrician\nRequirements\n- Conduit bending.\n- Blueprint reading.\n")
    resume = create_resume(
        user,
        "Electrician",
        {
            "basics": {"name": "Ada", "label": "Electrician"},
            "work": [
                {
                    "name": "Volt Brothers",
                    "position": "Electrician",
                    "highlights": ["Installed panels and lighting."],
                }
            ],
        },
    )
    page = user_client.get(
        reverse("jobs:match", args=[job.pk]), {"resume": resume.pk}
    ).content.decode()
    assert "Your resume has no skills list, so 2 skills it does not name count in part" in page


def test_the_posting_form_pastes_as_much_as_the_extractor_reads():
    """The form states the extractor's limit rather than import it (issue #22)."""
    from jobs.extraction import MAX_POSTING_CHARACTERS
    from jobs.forms import PostingForm

    assert PostingForm.base_fields["text"].max_length == MAX_POSTING_CHARACTERS
