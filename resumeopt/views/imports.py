"""Import a resume: parse, show the result for review, then save.

The parsed document travels to the confirm step signed (django.core.signing)
in the review page itself, so nothing is stored until the user says so and an
abandoned import leaves nothing behind.
"""

from django.contrib import messages
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from resumeopt import jsonresume, resumes
from resumeopt.forms import ImportForm
from resumeopt.importers import MAX_UPLOAD_BYTES, ResumeImportError, import_bytes, import_text
from resumeopt.models import Resume
from resumeopt.platform import ratelimits
from resumeopt.views.resumes import resume_context

SIGNING_SALT = "resumeopt.import"
REVIEW_MAX_AGE = 24 * 3600


def _target(request: HttpRequest) -> Resume | None:
    """The resume whose content an import replaces, when the user chose one."""
    pk = request.POST.get("into") or request.GET.get("into")
    if not pk:
        return None
    if not str(pk).isdigit():
        raise Http404("No such resume.")
    return get_object_or_404(Resume, pk=pk, owner=request.user)


@require_http_methods(["GET", "POST"])
@ratelimits.rate_limit("uploads")
def import_start(request: HttpRequest) -> HttpResponse:
    into = _target(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            upload = form.cleaned_data.get("file")
            if upload:
                result = import_bytes(_read_bounded(upload), upload.name)
            else:
                result = import_text(form.cleaned_data["text"])
        except ResumeImportError as error:
            form.add_error("file" if form.cleaned_data.get("file") else "text", str(error))
        else:
            title = form.cleaned_data.get("title") or _default_title(result.document, upload)
            payload = signing.dumps(
                {"document": result.document, "title": title, "format": result.source_format},
                salt=SIGNING_SALT,
                compress=True,
            )
            preview = Resume(owner=request.user, title=title, content=result.document)
            context = resume_context(preview)
            context.update(
                {
                    "payload": payload,
                    "result": result,
                    "into": into,
                    "title": title,
                    "preview": True,
                }
            )
            return render(request, "resumeopt/import_review.html", context)
    return render(request, "resumeopt/import.html", {"form": form, "into": into})


@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    into = _target(request)
    try:
        data = signing.loads(
            request.POST.get("payload", ""), salt=SIGNING_SALT, max_age=REVIEW_MAX_AGE
        )
    except signing.BadSignature:
        messages.error(request, "This import expired or was altered. Please import the file again.")
        return redirect("resume_import")
    document = data["document"]
    try:
        if into is not None:
            resumes.save_document(
                into, document, user=request.user, reason=resumes.ChangeReason.IMPORT
            )
            resume = into
            messages.success(
                request, f"Imported into “{resume.title}”. The previous content is in its history."
            )
        else:
            resume = resumes.create_resume(
                request.user, data["title"], document, reason=resumes.ChangeReason.IMPORT
            )
            messages.success(request, f"Imported “{resume.title}”.")
    except jsonresume.InvalidResume as invalid:
        messages.error(request, f"The imported resume could not be saved: {invalid}")
        return redirect("resume_import")
    return redirect(resume)


def _read_bounded(upload) -> bytes:
    """Read an upload, never more than one chunk past the limit."""
    chunks, size = [], 0
    for chunk in upload.chunks():
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            break
    return b"".join(chunks)


def _default_title(document: dict, upload) -> str:
    name = (document.get("basics") or {}).get("name", "").strip()
    if name:
        return f"{name} – resume"
    if upload is not None:
        return upload.name.rsplit(".", 1)[0][:200] or "Imported resume"
    return "Imported resume"
