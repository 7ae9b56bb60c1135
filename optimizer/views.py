"""The findings panel, the full report, one-click suggestions and the "How scoring works" page.

The analysis, the suggestions and the draft feedback are imported by the views that use
them: every management command's URL checks import this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import messages
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from optimizer import display, learning
from optimizer.forms import EXPIRED, PersonalisationForm, SuggestionForm
from optimizer.models import SuggestionEvent
from optimizer.preferences import MIN_EVIDENCE, PreferenceModel
from resumeopt import jsonresume, sections
from resumeopt.platform.htmx import HtmxHttpRequest
from resumeopt.resumes import EditConflict
from resumeopt.views.resumes import owned_resume, unit_context

if TYPE_CHECKING:
    from optimizer.suggestions import Suggestion

PANEL = "optimizer/panel.html"


def panel_context(resume, user) -> dict:
    """The analysis with its rewrites, in the order this user is likeliest to take them.

    Rewrites the user dismissed are left out; ones they almost never accept are
    folded away (learning.rank), and the ones shown are recorded as shown.
    """
    from optimizer.analysis import analyze
    from optimizer.analysis.report import CATEGORIES
    from optimizer.suggestions import suggest

    report = analyze(resume.content)
    suggestions = learning.without_dismissed(user, suggest(resume.content))
    ranked = learning.rank(learning.model_for(user), suggestions, learning.candidate_of_suggestion)
    learning.record_shown(
        user,
        [(s.id, learning.candidate_of_suggestion(s)) for s in ranked.visible],
        resume=resume,
    )
    return {
        "resume": resume,
        "report": report,
        "categories": [(name, report.categories[name]) for name in CATEGORIES],
        "groups": display.grouped(
            report, ranked.visible, resume.content, resume.pk, hidden=ranked.hidden
        ),
        "suggestion_count": len(suggestions),
    }


@require_GET
def panel(request: HttpRequest, pk: int) -> HttpResponse:
    """The score and findings beside the resume; reloaded after every change."""
    resume = owned_resume(request, pk)
    return render(request, f"{PANEL}#panel", panel_context(resume, request.user))


@require_GET
def report(request: HttpRequest, pk: int) -> HttpResponse:
    """The same analysis as a page of its own (linkable, and without JavaScript)."""
    resume = owned_resume(request, pk)
    return render(request, "optimizer/report.html", panel_context(resume, request.user))


@require_POST
def apply(request: HttpRequest, pk: int) -> HttpResponse:
    """Apply one suggestion the page showed, refusing it if its text has changed since."""
    from optimizer.analysis import compare
    from optimizer.suggestions import apply_suggestion

    resume = owned_resume(request, pk)
    suggestion = _posted_suggestion(request, resume)
    if suggestion is None:
        return _after_apply(request, resume, None)
    before = resume.content
    try:
        apply_suggestion(resume, suggestion, user=request.user)
    except EditConflict as conflict:
        messages.error(request, str(conflict))
        return _after_apply(request, resume, None)
    except (jsonresume.InvalidResume, KeyError):
        messages.error(
            request, "This suggestion no longer fits the resume, so nothing was changed."
        )
        return _after_apply(request, resume, None)
    learning.record_decision(
        request.user,
        SuggestionEvent.Kind.APPLIED,
        suggestion.id,
        learning.candidate_of_suggestion(suggestion),
        resume=resume,
        history_id=resume.history.values_list("history_id", flat=True).first(),
    )
    impact = compare(before, resume.content)
    messages.success(request, f"Applied. Score {impact.score_before} → {impact.score_after}.")
    return _after_apply(request, resume, suggestion.path)


@require_POST
def dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """Reject one suggestion: it goes away, and ResumeOpt learns from it."""
    resume = owned_resume(request, pk)
    suggestion = _posted_suggestion(request, resume)
    if suggestion is None:
        return _after_apply(request, resume, None)
    learning.record_decision(
        request.user,
        SuggestionEvent.Kind.REJECTED,
        suggestion.id,
        learning.candidate_of_suggestion(suggestion),
        resume=resume,
    )
    messages.info(request, "Dismissed. ResumeOpt will show fewer suggestions like it.")
    return _after_apply(request, resume, None)


def _posted_suggestion(request: HttpRequest, resume) -> Suggestion | None:
    """The suggestion the page showed for this resume,
    or None (with a message) if altered or old."""
    form = SuggestionForm(request.POST, resume_pk=resume.pk)
    if not form.is_valid():
        messages.error(request, EXPIRED)
        return None
    return form.cleaned_data["suggestion"]


def _after_apply(request: HtmxHttpRequest, resume, path: str | None) -> HttpResponse:
    if not request.htmx:
        return redirect(f"{resume.get_absolute_url()}#findings-panel")
    context = panel_context(resume, request.user)
    unit_path = display.unit_path_of(path) if path else None
    if unit_path:
        context["changed_unit"] = unit_context(resume, unit_path)
    response = render(request, f"{PANEL}#panel-with-unit", context)
    if path:
        # The rest of the page (undo and redo, versions) follows every saved change.
        trigger_client_event(response, "resume-changed", after="settle")
    return response


@require_POST
def check_draft(request: HtmxHttpRequest, pk: int, path: str) -> HttpResponse:
    """The "Check" button of a section form (used when JavaScript is off): feedback on the draft."""
    from optimizer.feedback import draft_feedback

    resume = owned_resume(request, pk)
    if not sections.is_unit_path(path):
        raise Http404("No such section.")
    section = sections.unit_section(path)
    if section != "basics" and jsonresume.split_path(path)[1] > len(
        resume.content.get(section) or []
    ):
        raise Http404("No such entry.")  # an existing entry, or the new one after the last
    feedback = draft_feedback(resume.content, path, request.POST)
    form = sections.unit_form(
        section,
        jsonresume.get_at(resume.content, path),
        data=request.POST,
        prefix=sections.form_prefix(path),
    )
    form.is_valid()
    context = {
        "resume": resume,
        "unit": unit_context(resume, path),
        "form": form,
        "feedback": feedback,
    }
    template = (
        "resumeopt/resume_detail.html#unit-form" if request.htmx else "resumeopt/unit_edit.html"
    )
    return render(request, template, context)


@require_GET
def scoring(request: HttpRequest) -> HttpResponse:
    """How scoring works: the weights and every check, read from the code that applies them."""
    from optimizer.analysis import CHECKS
    from optimizer.analysis.report import CATEGORIES
    from optimizer.analysis.scoring import (
        CATEGORY_DESCRIPTIONS,
        CATEGORY_WEIGHTS,
        MAX_REPEATS_PER_CHECK,
        SEVERITY_POINTS,
    )

    checks_by_category = {name: [] for name in CATEGORIES}
    for registered in CHECKS.values():
        checks_by_category[registered.category].append(registered)
    categories = [
        {
            "name": name,
            "weight": round(CATEGORY_WEIGHTS[name] * 100),
            "description": CATEGORY_DESCRIPTIONS[name],
            "checks": [
                {"id": c.id, "title": c.title, "label": display.SEVERITY_LABELS[c.severity]}
                for c in sorted(checks_by_category[name], key=lambda c: c.id)
            ],
        }
        for name in sorted(CATEGORIES, key=lambda name: -CATEGORY_WEIGHTS[name])
    ]
    context = {
        "categories": categories,
        "severity_points": SEVERITY_POINTS,
        "max_repeats": MAX_REPEATS_PER_CHECK,
        "check_count": len(CHECKS),
    }
    return render(request, "optimizer/scoring.html", context)


@require_http_methods(["GET", "POST"])
def learned(request: HttpRequest) -> HttpResponse:
    """What ResumeOpt has learned from this user's decisions, with the switch and the reset."""
    if request.method == "POST":
        form = PersonalisationForm(request.POST)
        action = form.cleaned_data["action"] if form.is_valid() else None
        if action == "reset":
            learning.reset(request.user)
            messages.success(request, "Forgotten. Suggestions are back to the default order.")
        elif action in ("on", "off"):
            learning.set_enabled(request.user, action == "on")
            messages.success(
                request,
                "Personalisation is on."
                if action == "on"
                else "Personalisation is off: "
                "suggestions keep the default order and nothing new is learned.",
            )
        return redirect("optimizer:learned")
    row = learning.preferences_of(request.user)
    model = PreferenceModel.from_dict(row.state)
    counts = dict(
        SuggestionEvent.objects.filter(owner=request.user)
        .values_list("kind")
        .annotate(n=Count("pk"))
        .values_list("kind", "n")
    )
    context = {
        "enabled": row.enabled,
        "model": model,
        "preferences": model.learned(),
        "typical_length": model.typical_accepted_length(),
        "prompt_summary": model.prompt_summary(),
        "counts": counts,
        "recent": SuggestionEvent.objects.filter(owner=request.user)
        .exclude(kind=SuggestionEvent.Kind.SHOWN)
        .select_related("resume")[:15],
        "min_evidence": MIN_EVIDENCE,
    }
    return render(request, "optimizer/learned.html", context)
