"""Going through a whole resume section by section to collect proposals for a target job.

With a model: one deterministic (and cached) call per section asking for
proposals only. Offline: the rule-based suggestions. Either way each proposal is
checked and guarded like a chat proposal, and nothing is applied.
"""

from __future__ import annotations

from collections.abc import Callable

from conversations import context
from conversations.models import OptimizationRun, Proposal
from conversations.proposals import fabrication_warnings, parse_reply
from optimizer.suggestions import suggest
from resumeopt import jsonresume, llm

OPTIMIZE_REQUEST = (
    "Propose the strongest rewrites for this section for the target job: tighter wording, stronger verbs, "
    "the posting's exact terms where the resume already shows that experience. Keep the reply short and put "
    "every rewrite in the proposals block. Do not invent facts."
)


def units_of(document: dict) -> list[str]:
    paths = ["basics"]
    for section in ("work", "projects", "volunteer", "education"):
        paths.extend(
            f"{section}/{index}"
            for index, entry in enumerate(document.get(section) or [])
            if isinstance(entry, dict)
        )
    return paths


def optimize_sections(run: OptimizationRun, progress: Callable[..., None] | None = None) -> int:
    """Collect proposals for every section of the run's resume; returns how many. Safe to rerun."""
    run.proposals.all().delete()
    document = run.resume.content
    requirements = run.target_job.parsed_requirements() if run.target_job else None
    job_text = run.target_job.source_text if run.target_job else ""
    paths = units_of(document)
    created = 0
    for done, path in enumerate(paths, start=1):
        if llm.is_offline():
            edits = [(s.path, s.original, s.replacement, s.rationale, "rules", s.kind)
                     for s in suggest(document, path) if isinstance(s.original, str)]  # fmt: skip
        else:
            messages = context.build_messages(
                document, path, OPTIMIZE_REQUEST, [], requirements=requirements
            )
            reply = llm.complete(messages, user=run.owner, purpose="optimize", temperature=0)
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
            )  # fmt: skip
            for p, original, replacement, rationale, source, kind in edits
        )
        created += len(edits)
        if progress:
            progress(done, len(paths), f"Checked {jsonresume.section_label(document, path)}")
    return created
