"""Job postings: add, read with highlights, match against a resume, compare, rank in batches.

The views import the extractor and the matcher when they run: every management command's
URL checks import this module, and loading those at the top cost them a tenth of a second.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import AsyncIterator, Iterator

from asgiref.sync import sync_to_async
from django.contrib import messages
from django.core.files.base import ContentFile
from django.core.handlers.asgi import ASGIRequest
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jobs import display
from jobs.forms import BatchForm, PostingForm, ResumeChoiceForm
from jobs.models import JobDescription, RankedPosting, RankingBatch
from resumeopt import jsonresume, llm
from resumeopt.models import Resume
from resumeopt.platform.background import start_job
from resumeopt.platform.htmx import HtmxHttpRequest
from resumeopt.platform.ratelimits import rate_limit

MAX_COMPARED = 5
BATCH_PAGE_SIZE = 50
SORTS = {
    "score": "-score",
    "-score": "score",
    "title": "posting__title",
    "-title": "-posting__title",
    "company": "posting__company",
    "-company": "-posting__company",
}


def owned_job(request: HttpRequest, pk: int) -> JobDescription:
    return get_object_or_404(
        JobDescription.objects.select_related("enrichment_job"), pk=pk, owner=request.user
    )


def shown_batches() -> QuerySet[RankingBatch]:
    """Batches as pages show them, without the pasted upload (2-6 KB a posting, read by the
    task alone) or the resume's content (only its title is shown): the batch page, polled
    every 3 s while a batch ranks, and its CSV each loaded 4 MB of text for a batch of
    1,000 pasted postings, and the postings list every batch's."""
    return RankingBatch.objects.select_related("job", "resume").defer(
        "source_text", "resume__content"
    )


def owned_batch(request: HttpRequest, pk: int) -> RankingBatch:
    return get_object_or_404(shown_batches(), pk=pk, owner=request.user)


def _chosen_resume(request: HttpRequest) -> Resume | None:
    pk = request.GET.get("resume")
    if pk:
        if not str(pk).isdigit():
            raise Http404("No such resume.")
        return get_object_or_404(Resume, pk=pk, owner=request.user)
    return Resume.objects.filter(owner=request.user).first()


@require_GET
def job_list(request: HttpRequest) -> HttpResponse:
    postings = JobDescription.objects.filter(owner=request.user, batch__isnull=True).only(
        "pk", "title", "company", "created_at"
    )
    batches = shown_batches().filter(owner=request.user)
    return render(request, "jobs/job_list.html", {"postings": postings, "batches": batches})


@require_http_methods(["GET", "POST"])
@rate_limit("uploads")
def job_create(request: HttpRequest) -> HttpResponse:
    from jobs.extraction import PostingError, extract_requirements
    from jobs.postings import text_from_file

    form = PostingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        try:
            text = (
                text_from_file(upload.read(), upload.name) if upload else form.cleaned_data["text"]
            )
            requirements = extract_requirements(
                text, title=form.cleaned_data["title"], company=form.cleaned_data["company"]
            )
        except PostingError as error:
            form.add_error("file" if upload else "text", str(error))
        else:
            job = JobDescription.objects.create(
                owner=request.user,
                title=requirements.title[:200],
                company=requirements.company[:200],
                source_text=text,
                source_name=upload.name[:255] if upload else "",
                requirements=requirements.to_dict(),
            )
            messages.success(
                request,
                f"Read “{job.display_title}”: {len(requirements.unique_skills())} skills found.",
            )
            return redirect(job)
    return render(request, "jobs/job_form.html", {"form": form})


@require_GET
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = owned_job(request, pk)
    requirements = job.parsed_requirements()
    context = {
        "job": job,
        "requirements": requirements,
        "highlighted": display.highlight(job.source_text, requirements.skills),
        "skill_groups": display.skills_by_type(requirements.skills),
        "mentions": display.mentions(requirements.skills),
        "resume_form": ResumeChoiceForm(user=request.user),
        "can_enrich": not llm.is_offline(),
        "model_added": any(skill.source == "llm" for skill in requirements.skills),
    }
    return render(request, "jobs/job_detail.html", context)


@require_POST
def job_enrich(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask the configured language model for skills the taxonomy missed, in the background."""
    # Celery loads when a job starts, not with the URLconf.
    from jobs.tasks import enrich_posting

    job = owned_job(request, pk)
    if llm.is_offline():
        messages.error(request, "No language model is configured, so there is nothing to ask.")
        return redirect(job)
    job.enrichment_job = start_job(
        enrich_posting,
        owner=request.user,
        kind="jobs.enrich",
        label=f"Asking the model about {job.display_title}",
        total=1,
        args=(job.pk,),
    )
    job.save(update_fields=["enrichment_job"])
    messages.success(request, "Asked the model; skills it adds appear marked as its own.")
    return redirect(job)


@require_GET
def job_match(request: HttpRequest, pk: int) -> HttpResponse:
    """How the chosen resume covers this posting, and what to change."""
    job = owned_job(request, pk)
    resume = _chosen_resume(request)
    if resume is None:
        messages.info(request, "Import or create a resume first, then match it to this job.")
        return redirect("resume_import")
    from jobs.matching import match_resume
    from optimizer.display import anchor_for

    result = match_resume(resume.content, job.parsed_requirements())
    for item in result.matched:
        item["places"] = [
            (jsonresume.section_label(resume.content, path), anchor_for(path))
            for path in item["where"][:3]
        ]
    recommendations = [
        (rec, anchor_for(rec.path) if rec.path else "") for rec in result.recommendations
    ]
    context = {
        "job": job,
        "resume": resume,
        "result": result,
        "recommendations": recommendations,
        "breakdown": [
            (name.replace("_", " "), part)
            for name, part in result.breakdown.items()
            if part["score"] is not None
        ],
        "resume_form": ResumeChoiceForm(user=request.user, initial={"resume": resume.pk}),
    }
    return render(request, "jobs/job_match.html", context)


@require_GET
def rank_resumes(request: HttpRequest, pk: int) -> HttpResponse:
    """The user's resumes, best first, against one posting."""
    from jobs.matching import rank_documents

    job = owned_job(request, pk)
    resumes = list(Resume.objects.filter(owner=request.user).only("pk", "title", "content"))
    by_id = {str(resume.pk): resume for resume in resumes}
    ranked = rank_documents(
        [(str(resume.pk), resume.content) for resume in resumes], job.parsed_requirements()
    )
    rows = [(by_id[pk_], result) for pk_, result in ranked]
    return render(request, "jobs/rank_resumes.html", {"job": job, "rows": rows})


@require_GET
def job_compare(request: HttpRequest) -> HttpResponse:
    """Two to five postings side by side: shared and unique requirements, and a score for each."""
    from jobs.matching import match_resume

    ids = list(dict.fromkeys(value for value in request.GET.getlist("ids") if value.isdigit()))
    if not 2 <= len(ids) <= MAX_COMPARED:
        messages.error(request, f"Choose between 2 and {MAX_COMPARED} postings to compare.")
        return redirect("jobs:list")
    found = {
        str(job.pk): job for job in JobDescription.objects.filter(owner=request.user, pk__in=ids)
    }
    if len(found) != len(ids):
        raise Http404("No such posting.")
    jobs = [found[pk_] for pk_ in ids]  # in the order they were chosen
    resume = _chosen_resume(request)
    columns = []
    for job in jobs:
        requirements = job.parsed_requirements()
        score = match_resume(resume.content, requirements).score if resume else None
        columns.append(
            {"job": job, "skills": requirements.unique_skills(mentions=False), "score": score}
        )
    shared = sorted(set.intersection(*(set(column["skills"]) for column in columns)), key=str.lower)
    for column in columns:
        elsewhere = set().union(*(set(other["skills"]) for other in columns if other is not column))
        column["unique"] = sorted(set(column["skills"]) - elsewhere, key=str.lower)
    context = {
        "columns": columns,
        "shared": shared,
        "resume": resume,
        "ids": ids,
        "resume_form": ResumeChoiceForm(
            user=request.user, initial={"resume": resume.pk if resume else None}
        ),
    }
    return render(request, "jobs/job_compare.html", context)


@require_http_methods(["GET", "POST"])
def job_delete(request: HttpRequest, pk: int) -> HttpResponse:
    job = owned_job(request, pk)
    if request.method == "POST":
        title = job.display_title
        job.delete()
        messages.success(request, f"Deleted “{title}”.")
        return redirect("jobs:list")
    return render(request, "jobs/confirm_delete.html", {"object": job, "what": "posting"})


@require_http_methods(["GET", "POST"])
@rate_limit("uploads")
def batch_create(request: HttpRequest) -> HttpResponse:
    """Upload or paste many postings; a worker extracts and ranks them with progress."""
    from jobs.postings import PostingInputError, postings_from_pasted
    from jobs.ranking import bundle_files

    form = BatchForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        files = [(upload.name, upload.read()) for upload in form.cleaned_data["files"]]
        text = form.cleaned_data["text"]
        try:
            if files and text.strip():
                raise PostingInputError("Upload files or paste postings, not both.")
            bundle = bundle_files(files) if files else None
            if not files:
                postings_from_pasted(text)  # refuses an empty paste before anything is saved
        except PostingInputError as error:
            form.add_error(None, str(error))
        else:
            resume = form.cleaned_data["resume"]
            name = bundle[0] if bundle else "Pasted postings"
            batch = RankingBatch(
                owner=request.user,
                resume=resume,
                name=f"{name} vs {resume.title}"[:200],
                source_text=text,
            )
            if bundle:
                batch.source_file.save(bundle[0], ContentFile(bundle[1]), save=False)
            batch.save()
            # Celery loads when a job starts, not with the URLconf.
            from jobs.tasks import rank_batch

            batch.job = start_job(
                rank_batch,
                owner=request.user,
                kind="jobs.rank",
                label=f"Ranking {batch.name}",
                args=(batch.pk,),
            )
            batch.save(update_fields=["job"])
            messages.success(request, "Ranking started. This page shows its progress.")
            return redirect(batch)
    return render(request, "jobs/batch_form.html", {"form": form})


@require_GET
def batch_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    batch = owned_batch(request, pk)
    sort = request.GET.get("sort", "score")
    ordering = SORTS.get(sort, "-score")
    ranked = (
        RankedPosting.objects.filter(batch=batch)
        .select_related("posting")
        .only(
            "score",
            "missing",
            "explanation",
            "posting__id",
            "posting__title",
            "posting__company",
            "posting__source_name",
        )
        .order_by(ordering, *RankedPosting.RANKING[1:])
    )
    # A thousand rows are 300 KB of HTML: show them a page at a time.
    page = Paginator(ranked, BATCH_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "batch": batch,
        "page": page,
        "sort": sort,
        "finished": batch.job is None or batch.job.is_finished,
    }
    if request.htmx and request.GET.get("table"):
        return render(request, "jobs/batch_detail.html#ranking", context)
    return render(request, "jobs/batch_detail.html", context)


class _Echo:
    """A file-like object whose write returns the line, for csv.writer to feed a stream."""

    def write(self, value: str) -> str:
        return value


@require_GET
def batch_csv(request: HttpRequest, pk: int) -> StreamingHttpResponse:
    """The whole ranking as CSV, streamed row by row from the columns it needs."""
    batch = owned_batch(request, pk)
    rows = _csv_rows(batch)
    # Served by daphne, the stream must be asynchronous: Django collects a synchronous one
    # whole into a list before sending its first byte (and warns each time).
    content = _streamed(rows) if isinstance(request, ASGIRequest) else rows
    response = StreamingHttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="ranking-{batch.pk}.csv"'
    return response


CSV_LINES_A_CHUNK = 500


async def _streamed(rows: Iterator[str]) -> AsyncIterator[str]:
    """The CSV's lines a chunk at a time, each chunk read in the request's own thread (where
    its database connection and the rows' cursor live)."""
    take = sync_to_async(lambda: "".join(itertools.islice(rows, CSV_LINES_A_CHUNK)))
    try:
        while chunk := await take():
            yield chunk
    finally:
        await sync_to_async(rows.close)()  # the cursor, when the download stops early


def _csv_rows(batch: RankingBatch) -> Iterator[str]:
    from jobs.matching import WEIGHTS

    writer = csv.writer(_Echo())
    # The score's breakdown, one column each ("" where the posting asks nothing).
    parts = list(WEIGHTS)
    yield writer.writerow(
        ["rank", "score", "title", "company", "source", *parts, "matched", "missing"]
    )
    rows = (
        RankedPosting.objects.filter(batch=batch)
        .order_by(*RankedPosting.RANKING)
        .values_list(
            "score",
            "posting__title",
            "posting__company",
            "posting__source_name",
            "breakdown",
            "matched",
            "missing",
        )
    )
    for number, (score, title, company, source, breakdown, matched, missing) in enumerate(
        rows.iterator(chunk_size=500), start=1
    ):
        values = [breakdown.get(part) for part in parts]
        yield writer.writerow(
            [
                number,
                score,
                _cell(title),
                _cell(company),
                _cell(source),
                *("" if value is None else value for value in values),
                _cell("; ".join(matched)),
                _cell("; ".join(missing)),
            ]
        )


def _cell(value: str) -> str:
    """Spreadsheet-safe: a cell starting with = + - @ is not run as a formula."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@") else value


@require_POST
def batch_delete(request: HttpRequest, pk: int) -> HttpResponse:
    batch = owned_batch(request, pk)
    batch.delete()
    messages.success(request, "Deleted the batch and its postings.")
    return redirect(reverse("jobs:list"))
