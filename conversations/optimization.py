"""Going through a whole resume section by section to collect proposals for a target job.

With a model: one deterministic (and cached) call per section asking for
proposals only. Offline: the offline assistant's rewrites. Either way each proposal is
checked and guarded like a chat proposal, and nothing is applied. A section the
model fails on (a timeout, too long for it) is skipped and named; a failure that
would hit every section (no key, unknown model) ends the run with its message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from conversations import context
from conversations.models import OptimizationRun, Proposal
from conversations.proposals import parse_reply
from optimizer import learning
from resumeopt import jsonresume, llm

OPTIMIZE_REQUEST = (
    "Propose the strongest rewrites for this section for the target job: tighter wording, "
    "stronger verbs, the posting's exact terms where the resume already shows that "
    "experience. Keep the reply short and put every rewrite in the proposals block. Do not "
    "invent facts: use only what the resume shows, never a requirement of the job the resume "
    "does not show."
)


JOB_ADVICE = (
    "\n\nThe target job's match page recommends, for this section:\n{advice}\n"
    "Address these where the resume already shows the experience. Where it does not, do not "
    "write it "
    "in: say in your reply what is missing, so the user can add it if it is true."
)


def recommendations_by_section(document: dict, requirements) -> dict[str, list[str]]:
    """The job match's recommendations, by the unit they point at ("basics", "work/0", or a
    whole section such as "skills"); those that point nowhere in particular under ""."""
    # The matcher and the offline engine are imported where they are used: the chat views
    # import this module, and every management command's URL checks import the views.
    from jobs.matching import match_resume

    grouped: dict[str, list[str]] = {}
    for recommendation in match_resume(document, requirements).recommendations:
        path = recommendation.path or ""
        parts = path.split("/")
        unit = (
            "basics"
            if parts[0] == "basics"
            else "/".join(parts[:2])
            if len(parts) > 1
            else parts[0]
        )
        grouped.setdefault(unit, []).append(recommendation.message)
    return grouped


FATAL_KINDS = {"auth", "model", "quota", "offline", "user_limit"}


@dataclass
class Outcome:
    proposals: int = 0
    skipped: list[str] = field(default_factory=list)  # sections the model failed on, by label
    problem: str = ""  # why, for the first one


def units_of(document: dict) -> list[str]:
    paths = ["basics"]
    for section in ("work", "projects", "volunteer", "education"):
        paths.extend(
            f"{section}/{index}"
            for index, entry in enumerate(document.get(section) or [])
            if isinstance(entry, dict)
        )
    return paths


def optimize_sections(run: OptimizationRun, progress: Callable[..., None] | None = None) -> Outcome:
    """Collect proposals for every section of the run's resume. Safe to rerun."""
    # Imported here: the guard loads with its patterns, which the management commands'
    # URL checks, importing this module, do not need (long-running processes preload it).
    from conversations import offline
    from conversations.guard import fabrication_warnings

    run.proposals.all().delete()
    document = run.resume.content
    requirements = run.target_job.parsed_requirements() if run.target_job else None
    job_text = run.target_job.source_text if run.target_job else ""
    paths = units_of(document)
    outcome = Outcome()
    preferences = learning.prompt_summary(run.owner)
    advice = recommendations_by_section(document, requirements) if requirements else {}
    for done, path in enumerate(paths, start=1):
        label = jsonresume.section_label(document, path)
        if llm.is_offline():
            edits = [
                (p["path"], p["original"], p["replacement"], p["rationale"], "rules", p["kind"])
                for p in offline.rewrites(document, path)
            ]
        else:
            request = OPTIMIZE_REQUEST
            # Advice for sections the run does not rewrite (Skills, the whole resume) goes with
            # the summary, where the model can say what is missing.
            lines = advice.get(path, []) + (
                [line for unit, items in advice.items() if unit not in paths for line in items]
                if path == "basics"
                else []
            )
            if lines:
                request += JOB_ADVICE.format(advice="\n".join(f"- {line}" for line in lines))
            messages = context.build_messages(
                document,
                path,
                request,
                [],
                requirements=requirements,
                preferences=preferences,
            )
            try:
                reply = llm.complete(messages, user=run.owner, purpose="optimize", temperature=0)
            except llm.LLMError as error:
                if error.kind in FATAL_KINDS:
                    raise
                outcome.skipped.append(label)
                outcome.problem = outcome.problem or str(error)
                if progress:
                    progress(done, len(paths), f"Skipped {label}: {error}")
                continue
            parsed = parse_reply(reply.text, document, path, job_text=job_text)
            edits = [
                (e.path, e.original, e.replacement, e.rationale, "model", "") for e in parsed.edits
            ]
        Proposal.objects.bulk_create(
            Proposal(
                owner=run.owner,
                resume=run.resume,
                run=run,
                path=p,
                original=original,
                replacement=replacement,
                rationale=rationale,
                source=source,
                kind=kind,
                warnings=fabrication_warnings(original, replacement, document, job_text),
            )
            for p, original, replacement, rationale, source, kind in edits
        )
        outcome.proposals += len(edits)
        if progress:
            progress(done, len(paths), f"Checked {label}")
    return outcome
