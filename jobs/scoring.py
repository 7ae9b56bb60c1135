"""Many postings extracted and matched against one resume: the core of batch ranking
(the Celery task) and of `rank_jobs`.

Real uploads repeat postings (one vacancy on several boards, a file in two batches), so
a scorer remembers what it scored lately by the posting's content, and `rank_jobs`
spreads the work over the machine's processors.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from jobs.extraction import PostingError, extract_requirements, prepare
from jobs.matching import MatchResult, ResumeProfile, match_profile, profile_of
from jobs.postings import Posting

SAMPLE_POSTING = Path(__file__).parent / "data" / "sample_posting.txt"
REMEMBERED = 2048  # postings a scorer keeps the outcome of, the latest scored
CHUNK = 32  # postings sent to a process at a time
AHEAD = 4  # chunks per process in flight: enough to keep each busy, few held in memory


@dataclass(frozen=True)
class Scored:
    """What a ranking keeps of one posting: what the batch page, its CSV and `rank_jobs`
    show, and no more (a full match, with its evidence, is eight times the size to keep
    and to pass between processes)."""

    title: str  # the upload's own title where it names one, else the one read
    company: str
    score: int
    matched: list[str]  # the names of the requirements met, as the match lists them
    missing: list[str]
    breakdown: dict[str, int | None]  # each part's score, None where the posting asks nothing
    explanation: str

    @classmethod
    def of(cls, title: str, company: str, match: MatchResult) -> Scored:
        return cls(
            title=title,
            company=company,
            score=match.score,
            matched=[item["name"] for item in match.matched],
            missing=[item["name"] for item in match.missing],
            breakdown={name: part["score"] for name, part in match.breakdown.items()},
            explanation=match.explanation,
        )


class PostingScorer:
    """Extracts and matches postings against one resume profile.

    A posting whose text, title and company were scored lately is not extracted again:
    both depend on nothing else, so the outcome is the same. The outcome is shared, not
    copied: callers only read it.
    """

    def __init__(self, profile: ResumeProfile, remembered: int = REMEMBERED):
        self.profile = profile
        self.remembered = remembered
        self._outcomes: OrderedDict[bytes, Scored | str] = OrderedDict()

    def score(self, posting: Posting) -> Scored:
        """The posting's title, company and match; raises PostingError if it cannot be read."""
        key = _content_key(posting)
        outcome = self._outcomes.get(key)
        if outcome is None:
            outcome = self._scored(posting)
            self._outcomes[key] = outcome
            if len(self._outcomes) > self.remembered:
                self._outcomes.popitem(last=False)
        else:
            self._outcomes.move_to_end(key)
        if isinstance(outcome, str):
            raise PostingError(outcome)
        return outcome

    def _scored(self, posting: Posting) -> Scored | str:
        try:
            # A title or company the upload names in its own column wins over the one read.
            requirements = extract_requirements(
                posting.text, title=posting.title, company=posting.company
            )
        except PostingError as error:
            return str(error)
        match = match_profile(self.profile, requirements, advice=False)
        return Scored.of(requirements.title, requirements.company, match)


def warm_up() -> None:
    """Extract a sample posting and match it against the sample resume, so that what
    extraction and matching build on first use (patterns compiled on first use, the
    inflection tables) is built now, not in a process's first posting: that cost 0.1-0.3 s
    of CPU in each worker process's first batch, and in each process `rank_jobs` forks."""
    # Imported here: resumeopt's sample resume lives with the JSON Resume schema.
    from resumeopt.jsonresume import sample_document

    prepare()
    requirements = extract_requirements(SAMPLE_POSTING.read_text("utf-8"))
    match_profile(profile_of(sample_document()), requirements)


def _content_key(posting: Posting) -> bytes:
    digest = hashlib.blake2b(digest_size=16)
    for part in (posting.text, posting.title, posting.company):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.digest()


def scored_in_order(
    profile: ResumeProfile, postings: Iterable[Posting], processes: int | None = None
) -> Iterator[tuple[Posting, Scored | PostingError]]:
    """Each posting with its outcome (or why it cannot be read), in the order given.

    With more than one processor, forked processes score chunks of postings side by
    side while this one reads ahead a few chunks at most, so memory stays bounded however
    many postings there are. Postings that carry a reading error are passed through.
    """
    processes = processes or len(os.sched_getaffinity(0))
    if processes < 2:
        scorer = PostingScorer(profile)
        for posting in postings:
            yield posting, _outcome(scorer, posting)
        return
    # Built once here, before forking, rather than once in each process.
    warm_up()
    # Objects made so far (the taxonomy, the profile) are left out of every collection,
    # so the forked processes share their pages instead of each writing its own copy.
    gc.freeze()
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(processes, initializer=_start_scoring, initargs=(profile,)) as pool:
            pending: deque = deque()
            for chunk in _chunks(postings, CHUNK):
                pending.append((chunk, pool.apply_async(_score_chunk, (_sent(chunk),))))
                if len(pending) >= processes * AHEAD:
                    sent, result = pending.popleft()
                    yield from zip(sent, result.get(), strict=True)
            while pending:
                sent, result = pending.popleft()
                yield from zip(sent, result.get(), strict=True)
    finally:
        gc.unfreeze()  # this process goes on collecting as before


def _outcome(scorer: PostingScorer, posting: Posting) -> Scored | PostingError:
    if posting.error:
        return PostingError(posting.error)
    try:
        return scorer.score(posting)
    except PostingError as error:
        return error


def _chunks(postings: Iterable[Posting], size: int) -> Iterator[list[Posting]]:
    chunk: list[Posting] = []
    for posting in postings:
        chunk.append(posting)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _sent(chunk: list[Posting]) -> list[Posting]:
    """What a process needs of each posting: not its name or id."""
    return [replace(posting, name="", key=None) for posting in chunk]


_scorer: PostingScorer | None = None  # each scoring process's own


def _start_scoring(profile: ResumeProfile) -> None:
    global _scorer
    _scorer = PostingScorer(profile)


def _score_chunk(chunk: list[Posting]) -> list[Scored | PostingError]:
    return [_outcome(_scorer, posting) for posting in chunk]
