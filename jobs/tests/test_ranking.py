"""Batch ranking gives each posting what ranking it alone would give."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from jobs.extraction import PostingError, extract_requirements
from jobs.matching import WEIGHTS, match_resume
from jobs.models import JobDescription, RankedPosting, RankingBatch
from jobs.ranking import BatchTakenOver, nothing_left_for, run_batch
from resumeopt.tests.resume_files import make_zip

pytestmark = pytest.mark.django_db

POSTINGS = [
    "Backend Engineer at Acme\nRequirements\n- 5+ years with Python and Kubernetes.\n- Kafka "
    "is a plus.",
    "Product Designer\nFigma, Sketch and user research. A degree in design is preferred.",
    "Data Analyst at Contoso\nWe need SQL, Tableau and Excel; Python is a plus.",
    "Registered Nurse\nBLS certification and two years of patient care experience.",
    "Backend Engineer at Acme\nRequirements\n- 5+ years with Python and Kubernetes.\n- Kafka "
    "is a plus.",
]


def test_a_batch_ranks_every_posting_as_matching_it_alone_would(user, resume):
    # More postings than one step of the batch saves, so several steps are covered.
    texts = [f"{text}\nReference {n}." for n in range(45) for text in POSTINGS][:210]
    batch = RankingBatch.objects.create(
        owner=user, resume=resume, name="Batch", source_text="\n---\n".join(texts)
    )
    progress = []
    assert run_batch(batch, progress=lambda done, total, message: progress.append(done)) == {
        "postings": 210,
        "ranked": 210,
        "failed": 0,
    }
    assert progress[-1] == 210
    ranked = RankedPosting.objects.filter(batch=batch).select_related("posting")
    assert ranked.count() == 210
    for row in ranked:
        alone = match_resume(resume.content, extract_requirements(row.posting.source_text))
        assert row.score == alone.score
        assert row.matched == [m["name"] for m in alone.matched]
        assert row.missing == [m["name"] for m in alone.missing]
        assert row.breakdown == {name: part["score"] for name, part in alone.breakdown.items()}
        assert set(row.breakdown) <= set(WEIGHTS)
        assert row.posting.parsed_requirements() == extract_requirements(row.posting.source_text)


def test_a_batch_is_saved_in_bulk_whatever_its_size(user, resume):
    # One step either way (fewer postings than a step holds): a query per posting, or per
    # part of one, would make the bigger batch run more.
    queries = {}
    for size in (10, 90):
        texts = [f"{POSTINGS[n % len(POSTINGS)]}\nReference {n}." for n in range(size)]
        batch = RankingBatch.objects.create(
            owner=user, resume=resume, name=f"{size}", source_text="\n---\n".join(texts)
        )
        with CaptureQueriesContext(connection) as captured:
            assert run_batch(batch)["ranked"] == size
        queries[size] = len(captured)
        assert RankedPosting.objects.filter(batch=batch).count() == size
    assert queries[10] == queries[90]


def test_a_batch_stopped_between_steps_goes_on_from_its_last_saved_step(user, resume):
    texts = [f"{text}\nReference {n}." for n in range(50) for text in POSTINGS][:230]
    batch = RankingBatch.objects.create(
        owner=user, resume=resume, name="Batch", source_text="\n---\n".join(texts)
    )
    assert run_batch(batch, seconds=0) is None  # out of time after its first saved step
    kept = RankingBatch.objects.get(pk=batch.pk)
    assert kept.processed == RankedPosting.objects.filter(batch=batch).count() == 100

    progress = []
    assert run_batch(kept, progress=lambda *report: progress.append(report)) == {
        "postings": 230,
        "ranked": 230,
        "failed": 0,
    }
    assert progress[0] == (200, 230, "Read 200 of 230 postings; 200 ranked")
    names = RankedPosting.objects.filter(batch=batch).values_list("posting__source_name", flat=True)
    assert sorted(names) == sorted(f"Posting {n}" for n in range(1, 231))


def test_postings_that_cannot_be_read_are_kept_as_failures_step_by_step(user, resume):
    texts = ["Data Analyst\nWe need SQL.", "word " * 25_000, "Registered Nurse\nBLS."] * 50
    batch = RankingBatch.objects.create(
        owner=user, resume=resume, name="Batch", source_text="\n---\n".join(texts)
    )
    assert run_batch(batch, seconds=0) is None
    assert len(RankingBatch.objects.get(pk=batch.pk).failures) == 33  # of the first 100
    assert run_batch(RankingBatch.objects.get(pk=batch.pk)) == {
        "postings": 150,
        "ranked": 100,
        "failed": 50,
    }
    assert len(RankingBatch.objects.get(pk=batch.pk).failures) == 50


def test_the_batch_company_column_is_filled_from_each_posting(user, resume):
    texts = [
        "Backend Engineer\nAcme Payments, Madrid\n\nRequirements\n- Python and PostgreSQL.",
        "Data Analyst at Contoso\nWe need SQL and Tableau.",
        "Brandt GmbH is hiring a Staff Accountant to join our team. You know Excel.",
        "Registered Nurse\nBLS certification and patient care experience.",
    ]
    batch = RankingBatch.objects.create(
        owner=user, resume=resume, name="Batch", source_text="\n---\n".join(texts)
    )
    run_batch(batch)
    companies = {
        row.posting.title: row.posting.company
        for row in RankedPosting.objects.filter(batch=batch).select_related("posting")
    }
    assert companies == {
        "Backend Engineer": "Acme Payments",
        "Data Analyst": "Contoso",
        "Staff Accountant": "Brandt GmbH",
        "Registered Nurse": "",
    }


def test_a_ranked_posting_is_read_in_full_when_opened_and_kept(user, resume, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    table = (
        "id,title,text\n"
        '1,Platform Engineer,"Backend Engineer at Acme\nRequirements\n- Python and Kubernetes."\n'
        '2,,"Data Analyst at Contoso\nWe need SQL and Tableau."\n'
    )
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Batch")
    batch.source_file.save("postings.csv", ContentFile(table.encode()))
    run_batch(batch)
    postings = {row.posting.source_name: row.posting for row in RankedPosting.objects.all()}
    assert all(posting.requirements is None for posting in postings.values())

    opened = postings["1"].parsed_requirements()
    # The upload's title column wins, as it did when the posting was ranked.
    assert opened == extract_requirements(postings["1"].source_text, title="Platform Engineer")
    assert opened.title == "Platform Engineer"
    assert {skill.name for skill in opened.skills} >= {"Python", "Kubernetes"}
    assert JobDescription.objects.get(pk=postings["1"].pk).requirements == opened.to_dict()
    assert JobDescription.objects.get(pk=postings["2"].pk).requirements is None


def test_runners_take_stretches_in_turn_and_a_late_one_ranks_what_is_left(user, resume):
    texts = [f"{text}\nReference {n}." for n in range(50) for text in POSTINGS][:250]
    batch = RankingBatch.objects.create(
        owner=user, resume=resume, name="Batch", source_text="\n---\n".join(texts)
    )
    started = []
    # Out of time after its first stretch, runner 0 leaves the rest to whoever takes it.
    assert run_batch(batch, seconds=0, runners=2, start_runner=started.append) is None
    assert started == [1]
    first = batch.parts[0]
    assert first["runner"] == 0 and first["next"] == first["end"] < 250
    assert not nothing_left_for(batch, 0)  # stretches nobody took are left

    # Runner 1 takes every stretch left and finishes the batch.
    assert run_batch(RankingBatch.objects.get(pk=batch.pk), runner=1, runners=2) == {
        "postings": 250,
        "ranked": 250,
        "failed": 0,
    }
    batch = RankingBatch.objects.get(pk=batch.pk)
    assert [stretch["runner"] for stretch in batch.parts] == [0] + [1] * (len(batch.parts) - 1)
    assert nothing_left_for(batch, 0) and nothing_left_for(batch, 1)
    # Stretches shrink toward the end, so runners that share the work end close together.
    sizes = [stretch["end"] for stretch in batch.parts]
    sizes = [end - start for start, end in zip([0, *sizes], sizes, strict=False)]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] < sizes[0] / 4
    places = RankedPosting.objects.filter(batch=batch).values_list("position", flat=True)
    assert sorted(places) == list(range(250))


def test_a_runner_that_stops_the_batch_stops_every_runner(user, resume, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    files = {f"{n:03}.txt": f"Data Analyst\nWe need SQL. Ref {n}.".encode() for n in range(250)}
    files["240.txt"] = make_zip({"inner.txt": b"A zip in a zip"})
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Batch")
    batch.source_file.save("postings.zip", ContentFile(make_zip(files)))
    assert run_batch(batch, seconds=0, runners=2) is None
    taken = batch.parts[0]["end"]

    with pytest.raises(PostingError) as stopped:
        run_batch(RankingBatch.objects.get(pk=batch.pk), runner=1, runners=2)
    # Runner 1 ranked every stretch up to the one holding the archive.
    reached = RankingBatch.objects.get(pk=batch.pk).processed
    assert taken < reached <= 240
    assert f"It stopped after reading {reached} of 250 postings; the {reached} ranked" in str(
        stopped.value
    )
    with pytest.raises(BatchTakenOver):  # runner 0 goes no further than the batch got
        run_batch(RankingBatch.objects.get(pk=batch.pk), runner=0, runners=2)
    names = RankedPosting.objects.filter(batch=batch).values_list("posting__source_name", flat=True)
    assert sorted(names) == [f"{n:03}.txt" for n in range(reached)]
