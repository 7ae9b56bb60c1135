"""Speed of job postings at real sizes: extraction, ranking, analysis and start-up (issue #22).

    .venv/bin/python bench/jobs.py [--postings 1000] [--many 10000] [--skip-many] [--sentences 5000]
        [--only extract,celery,rank_jobs,pages,analyze,start,jsonl]

Real vacancies are 2-6 KB (bench/vacancies.py builds them from pools of vacancy
sentences). Prints one row per figure of issue #22, with its target:

- extract one 4 KB posting: the median over 200 different 4 KB postings, wall and CPU
  time, and the CPU time per KB on the labelled postings, which share no sentences;
  then the CPU median over 4 KB postings of SkillSpan sentences, each used once (when
  ../shared/data is there): the 200 postings reuse pool sentences, so whatever is
  cached by a sentence's text hits across them, never on postings not seen before;
- rank 1,000 postings against one resume through the Celery task: a real worker
  (the configured broker: the file-system one by default, Redis when REDIS_URL is
  set) on a fresh test database (PostgreSQL when DATABASE_URL says so), first with
  one process (solo pool), then as production runs it (prefork, RANKING_PARTS
  processes: WORKER_CONCURRENCY, 2 by default, as docker-compose starts); the
  clock runs from enqueueing to the job row saying it finished, so it includes the
  broker round trips, reading the pasted postings, extraction, matching and saving
  every row. Each worker first ranks a batch of one posting (its time is printed
  too): a worker's processes load their tables as they start, which a production
  worker did long before a batch comes. Beside the wall time, the CPU seconds of
  the task runs (each logged by the process that ran it; the solo pool's include
  this process's polling) and how far apart the last two runs ended. Then a batch
  of as many copies of one posting, which the scorer extracts once: the path
  apart from scoring (reading, saving every row, the broker, the job row);
- rank 10,000 with `rank_jobs`: a child process reading a JSONL file; wall time
  (start-up included), CPU time of it and its processes, and the peak of its
  processes' memory summed (it scores on every processor, in forked processes that
  share the taxonomy's pages);
- analyze a 730-word resume: the median of `optimizer.analysis.analyze` with its report
  cache cleared, the same resume 50 times (what live feedback does on each pause: what the
  checks read of each unchanged text is remembered), then of 50 resumes seen once each;
- the pages of a ranked batch of as many postings: its page (the first of its pages by
  score, one by title, the last) and its ranking.csv, each through the ASGI handler as
  daphne serves it (the CSV streamed, consumed chunk by chunk): wall and CPU time
  (medians of 5), bytes sent, and how far the request lifted this process's resident
  memory above what it held before (the peak, as /proc's VmHWM after resetting it) and
  Python's own allocations at their peak (tracemalloc, a separate pass);
- a management command's start: `manage.py check` and `analyze_job --jsonl` with
  no input, medians of 5 child processes, wall and CPU time, with the project's
  bytecode cached and without it.

Ranking is also timed against a plain TF-IDF cosine ranking of the same postings
run in this process, end to end (from the texts) and for the matching step alone
(from extracted requirements, against precomputed TF-IDF vectors).
"""

import argparse
import gc
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")

import django  # noqa: E402

django.setup()

from bench.timing import median_seconds, ms  # noqa: E402
from bench.vacancies import vacancies, vacancy  # noqa: E402
from jobs.extraction import extract_requirements  # noqa: E402
from jobs.matching import match_profile, profile_of  # noqa: E402
from jobs.models import RankedPosting, RankingBatch  # noqa: E402
from jobs.tasks import rank_batch  # noqa: E402
from jobs.taxonomy import taxonomy  # noqa: E402
from optimizer import analysis  # noqa: E402
from optimizer.analysis import analyze  # noqa: E402
from optimizer.analysis.checks.length import total_words  # noqa: E402
from optimizer.analysis.document import read_document  # noqa: E402
from resumeopt.celery import app  # noqa: E402
from resumeopt.platform.background import start_job  # noqa: E402
from resumeopt.resumes import create_resume  # noqa: E402
from tests.generated_postings import posting  # noqa: E402

POSTINGS = ROOT / "jobs" / "tests" / "postings"
from tests.generated_resumes import resume  # noqa: E402

# ../shared/data from the main checkout; ../../shared/data from a worktree under /work/wt.
SKILLSPAN = next(
    (
        folder / "shared" / "data" / "skillspan-dev"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "data" / "skillspan-dev").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "skillspan-dev",
)
WORD = re.compile(r"[a-z0-9+#]+")


def resume_text(document: dict) -> str:
    parts: list[str] = []

    def walk(value):
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(document)
    return "\n".join(parts)


def tfidf_vectors(texts: list[str]) -> tuple[list[dict[str, float]], dict[str, float]]:
    counts = [Counter(WORD.findall(text.lower())) for text in texts]
    frequency = Counter(word for count in counts for word in count)
    idf = {word: math.log((1 + len(texts)) / (1 + df)) + 1 for word, df in frequency.items()}
    return [_normalised(count, idf) for count in counts], idf


def _normalised(count: Counter, idf: dict[str, float]) -> dict[str, float]:
    vector = {word: n * idf.get(word, 0.0) for word, n in count.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {word: v / norm for word, v in vector.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(word, 0.0) for word, v in a.items())


def tfidf_rank(document_text: str, texts: list[str]) -> list[int]:
    """The baseline: plain TF-IDF cosine between the resume and each posting, best first."""
    vectors, idf = tfidf_vectors(texts)
    query = _normalised(Counter(WORD.findall(document_text.lower())), idf)
    scores = [cosine(query, vector) for vector in vectors]
    return sorted(range(len(texts)), key=lambda i: -scores[i])


def our_rank(document: dict, texts: list[str]) -> list[int]:
    profile = profile_of(document)
    scores = [
        match_profile(profile, extract_requirements(text), advice=False).score for text in texts
    ]
    return sorted(range(len(texts)), key=lambda i: -scores[i])


def extraction_and_matching(document: dict, count: int) -> None:
    four_kb = [vacancy(seed, 4096) for seed in range(200)]
    sizes = [len(text.encode()) for text in four_kb]
    for text in four_kb[:5]:
        extract_requirements(text)
    samples, cpu_samples = [], []
    for text in four_kb:
        started, cpu_started = time.perf_counter(), time.process_time()
        extract_requirements(text)
        cpu_samples.append(time.process_time() - cpu_started)
        samples.append(time.perf_counter() - started)
    per_posting = statistics.median(samples)
    cpu_per_posting = statistics.median(cpu_samples)
    kb = statistics.mean(sizes) / 1024
    print(
        f"extract one 4 KB posting:         {ms(per_posting)} median over 200 postings of "
        f"{min(sizes)}-{max(sizes)} bytes ({ms(per_posting / kb)} per KB); CPU "
        f"{ms(cpu_per_posting)} ({ms(cpu_per_posting / kb)} per KB); target <= 2 ms"
    )
    # The vacancies above reuse pool sentences, so caches keyed on a clause's text hit
    # across them; the labelled postings are written one by one and share none.
    fixtures = [path.read_text("utf-8") for path in sorted(POSTINGS.rglob("*.txt"))]
    per_posting_cpu, per_kb = [], []
    for text in fixtures:
        cpu_started = time.process_time()
        extract_requirements(text)
        spent = time.process_time() - cpu_started
        per_posting_cpu.append(spent)
        per_kb.append(spent / (len(text.encode()) / 1024))
    sizes = sorted(len(text.encode()) for text in fixtures)
    print(
        f"extract the labelled postings:    CPU {ms(statistics.median(per_posting_cpu))} median "
        f"per posting ({ms(statistics.median(per_kb))} per KB) over {len(fixtures)} postings "
        f"written one by one, {sizes[0]}-{sizes[-1]} bytes (median {statistics.median(sizes):.0f})"
    )

    distinct = distinct_postings()
    if distinct:
        per_posting_cpu = []
        for text in distinct:
            cpu_started = time.process_time()
            extract_requirements(text)
            per_posting_cpu.append(time.process_time() - cpu_started)
        sizes = sorted(len(text.encode()) for text in distinct)
        print(
            f"extract distinct 4 KB postings:   CPU {ms(statistics.median(per_posting_cpu))} "
            f"median over {len(distinct)} postings of SkillSpan sentences, each used once, "
            f"{sizes[0]}-{sizes[-1]} bytes"
        )

    texts = vacancies(count)
    text = resume_text(document)
    ours = median_seconds(lambda: our_rank(document, texts), runs=1, warmup=0)
    plain = median_seconds(lambda: tfidf_rank(text, texts), runs=3, warmup=1)
    print(
        f"rank {count} postings in process:    {ours:.2f} s; plain TF-IDF cosine {ms(plain)}: "
        f"{ours / plain:.1f}x the baseline end to end"
    )

    extracted = [extract_requirements(text) for text in texts]
    profile = profile_of(document)
    vectors, idf = tfidf_vectors(texts)
    query = _normalised(Counter(WORD.findall(text.lower())), idf)
    matching = median_seconds(
        lambda: [match_profile(profile, r, advice=False) for r in extracted], runs=3, warmup=1
    )
    cosines = median_seconds(lambda: [cosine(query, v) for v in vectors], runs=3, warmup=1)
    print(
        f"match {count} extracted postings:   {ms(matching)}; cosine over TF-IDF vectors "
        f"{ms(cosines)}: {matching / cosines:.2f}x the baseline for matching alone"
    )


def skillspan_sentences() -> list[str]:
    """The SkillSpan dev sentences (job-posting sentences), as written, or none without the data."""
    sentences = []
    for path in sorted(SKILLSPAN.glob("*.conll")) if SKILLSPAN.exists() else ():
        words = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split("\t")[0])
            elif words:
                sentence = re.sub(r" ([.,;:!?)])", r"\1", " ".join(words))
                sentences.append(sentence.replace("( ", "("))
                words = []
    return list(dict.fromkeys(sentences))


def distinct_postings(size: int = 4000) -> list[str]:
    """Postings of about `size` bytes whose sentences all differ (SkillSpan's, each used
    once, under the usual headings, two in three as bullets): caches keyed on a clause's
    text never hit across them, as on postings a worker has not seen."""
    headings = ["About us", "What you will do", "Requirements:", "Nice to have", "Benefits", ""]
    postings, lines, length = [], [], 0
    for index, sentence in enumerate(skillspan_sentences()):
        if index % 7 == 0 and headings[index // 7 % len(headings)]:
            lines.append(headings[index // 7 % len(headings)])
        lines.append(("• " if index % 3 else "") + sentence)
        length += len(sentence) + 1
        if length >= size:
            postings.append("\n".join(lines))
            lines, length = [], 0
    return postings


def ranking_through_celery(document: dict, count: int) -> None:
    from celery.contrib.testing.worker import start_worker
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":  # a file: the worker's processes share the database
        scratch = tempfile.mkdtemp(prefix="bench-jobs-")
        connection.settings_dict["TEST"]["NAME"] = str(Path(scratch) / "bench.sqlite3")
    else:  # a database of its own: pytest's test_<name> may be in use on the same server
        connection.settings_dict["TEST"]["NAME"] = f"bench_jobs_{os.getpid()}"
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    runs = Path(tempfile.mkdtemp(prefix="bench-jobs-runs-")) / "runs"
    _log_task_runs(runs)
    try:
        taxonomy()
        user = get_user_model().objects.create_user("bench")
        saved = create_resume(user, "Bench", document)
        text = "\n---\n".join(vacancies(count))
        copies = "\n---\n".join(vacancies(1) * count)
        app.conf.task_always_eager = False
        broker = app.conf.broker_url.split(":")[0]
        # One worker process, then the production worker: WORKER_CONCURRENCY processes
        # (docker-compose's default, 2), over which a batch's runners rank side by side.
        for pool, processes in (("solo", 1), ("prefork", settings.RANKING_PARTS)):
            connection.close()  # not shared with forked worker processes
            with start_worker(
                app,
                perform_ping_check=False,
                pool=pool,
                concurrency=processes,
                loglevel="WARNING",
                shutdown_timeout=30,
            ):
                # A worker's processes load their tables as they start, before they take a
                # job: a batch of one posting first, so the clock runs from a ready worker as
                # a batch finds one in production (that first batch's time is printed too).
                starting, _ = _rank_batch(user, saved, vacancies(1)[0])
                elapsed, job = _rank_batch(user, saved, text)
                # The path apart from scoring: the scorer remembers a posting it scored, so
                # copies of one posting are extracted once and everything else (reading,
                # saving every row, the broker, the job row) is as for different ones.
                path_only, copies_job = _rank_batch(user, saved, copies)
            ranked = RankedPosting.objects.filter(batch__job=job).count()
            logged = [line.split() for line in runs.read_text().splitlines()]
            copies_cpu = sum(float(cpu) for ran, cpu, _ in logged if ran == str(copies_job.pk))
            logged = [(float(cpu), float(end)) for ran, cpu, end in logged if ran == str(job.pk)]
            cpu = sum(seconds for seconds, _ in logged)
            ends = sorted(end for _, end in logged)
            print(
                f"rank {count} through the Celery task: {elapsed:.2f} s end to end ({ranked} "
                f"ranked, job {job.status}; {pool} worker of {processes} process"
                f"{'es' if processes > 1 else ''}, {broker} broker, {connection.vendor}); "
                f"CPU {cpu:.2f} s in {len(logged)} task runs"
                + (
                    f", the last two ended {ends[-1] - ends[-2]:.2f} s apart"
                    if processes > 1 and len(ends) > 1
                    else ""
                )
                + f"; load {os.getloadavg()[0]:.1f}; target <= 2 s\n"
                f"    (the one-posting batch before it: {starting:.2f} s, the worker starting; "
                f"{count} copies of one posting after it: {path_only:.2f} s, CPU "
                f"{copies_cpu:.2f} s, all but scoring)"
            )
    finally:
        connection.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)


def _rank_batch(user, resume, text: str):
    """Seconds from enqueueing a batch of the pasted `text` to its job row saying it finished,
    and the job."""
    batch = RankingBatch.objects.create(owner=user, resume=resume, name="Bench", source_text=text)
    started = time.perf_counter()
    job = start_job(rank_batch, owner=user, kind="jobs.rank", label="bench", args=(batch.pk,))
    while not job.is_finished:
        if time.perf_counter() - started > 600:
            raise SystemExit("the worker did not finish within 10 minutes")
        time.sleep(0.02)
        job.refresh_from_db(fields=["status"])
    batch.job = job
    batch.save(update_fields=["job"])
    return time.perf_counter() - started, job


def _log_task_runs(path: Path) -> None:
    """Each task run's job, CPU seconds and end time, appended to `path` by the process that
    ran it (connected before the worker forks, so its processes log too)."""
    from celery.signals import task_postrun, task_prerun

    began: dict[str, float] = {}

    def before(task_id=None, **kwargs):
        began[task_id] = time.process_time()

    def after(task_id=None, args=(), **kwargs):
        with path.open("a") as log:
            log.write(f"{args[0]} {time.process_time() - began.pop(task_id)} {time.time()}\n")

    task_prerun.connect(before, weak=False)
    task_postrun.connect(after, weak=False)


def rank_jobs_command(document: dict, count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        resume_path = Path(folder) / "resume.json"
        resume_path.write_text(json.dumps(document))
        jobs_path = Path(folder) / "postings.jsonl"
        with jobs_path.open("w") as handle:
            for index, text in enumerate(vacancies(count, seed=7)):
                handle.write(json.dumps({"id": f"p{index}", "text": text}) + "\n")
        size = jobs_path.stat().st_size / 1e6
        command = [
            sys.executable,
            str(ROOT / "manage.py"),
            "rank_jobs",
            "--resume",
            str(resume_path),
            "--jobs",
            str(jobs_path),
            "--json",
        ]
        started = time.perf_counter()
        errors_path = Path(folder) / "errors.txt"
        # The command may score on several forked processes: their memory is summed as
        # proportional set sizes (pages they share counted once), sampled every 50 ms.
        peak_total = peak_largest = 0.0
        with errors_path.open("wb") as errors_file:
            child = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=errors_file, cwd=ROOT
            )
            while True:
                waited, status, usage = os.wait4(child.pid, os.WNOHANG)
                if waited:
                    break
                total, largest = _tree_memory_mb(child.pid)
                peak_total, peak_largest = max(peak_total, total), max(peak_largest, largest)
                time.sleep(0.05)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        errors = errors_path.read_text()[-300:]
        cpu = usage.ru_utime + usage.ru_stime
        print(
            f"rank {count} with rank_jobs:      {elapsed:.1f} s (CPU {cpu:.1f} s, load "
            f"{os.getloadavg()[0]:.1f}) and {peak_total:.0f} MB peak over "
            f"its processes (largest one {peak_largest:.0f} MB resident; {size:.0f} MB of JSONL, "
            f"exit {child.returncode}); target <= 20 s and <= 300 MB"
            + (f"\n    {errors}" if child.returncode else "")
        )


def _tree_memory_mb(pid: int) -> tuple[float, float]:
    """Proportional set size of a process and its descendants summed, and the largest
    resident set size among them, in MB (0 once gone)."""
    sizes = {"Pss:": 0.0, "Rss:": 0.0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line[:4] in sizes:
                sizes[line[:4]] = int(line.split()[1]) / 1024
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return sizes["Pss:"], sizes["Rss:"]
    total, largest = sizes["Pss:"], sizes["Rss:"]
    for child in children:
        pss, rss = _tree_memory_mb(int(child))
        total, largest = total + pss, max(largest, rss)
    return total, largest


def batch_pages(document: dict, count: int) -> None:
    """The batch page and its ranking.csv for a batch of `count` ranked postings."""
    import asyncio
    import tracemalloc

    from asgiref.sync import sync_to_async
    from django.contrib.auth import get_user_model
    from django.db import connection, connections
    from django.test import AsyncClient
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from jobs import ranking

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    if connection.vendor == "sqlite":
        scratch = tempfile.mkdtemp(prefix="bench-pages-")
        connection.settings_dict["TEST"]["NAME"] = str(Path(scratch) / "bench.sqlite3")
    else:
        connection.settings_dict["TEST"]["NAME"] = f"bench_pages_{os.getpid()}"
    connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        user = get_user_model().objects.create_user("bench")
        saved = create_resume(user, "Bench", document)
        batch = RankingBatch.objects.create(
            owner=user, resume=saved, name="Bench", source_text="\n---\n".join(vacancies(count))
        )
        ranking.run_batch(batch)  # in this process, one runner
        ranked = RankedPosting.objects.filter(batch=batch).count()
        client = AsyncClient()
        client.force_login(user)
        page_url = batch.get_absolute_url()
        last = math.ceil(ranked / 50)
        requests = [
            ("batch page", page_url, {}),
            ("by title", page_url, {"sort": "title"}),
            (f"page {last}", page_url, {"page": last}),
            ("ranking.csv", reverse("jobs:batch_csv", args=[batch.pk]), {}),
        ]

        async def fetch(url: str, query: dict) -> int:
            response = await client.get(url, query)
            assert response.status_code == 200, (url, response.status_code)
            if response.streaming:
                return sum([len(chunk) async for chunk in response])
            return len(response.content)

        connection.close()  # the handler's threads open their own
        print(f"pages of a batch of {ranked} ranked postings ({connection.vendor}), through ASGI:")
        for label, url, query in requests:
            asyncio.run(fetch(url, query))  # a first view compiles its templates
            walls, cpus = [], []
            for _ in range(5):
                started, cpu_started = time.perf_counter(), time.process_time()
                size = asyncio.run(fetch(url, query))
                cpus.append(time.process_time() - cpu_started)
                walls.append(time.perf_counter() - started)
            gc.collect()
            before = _resident_mb("VmRSS:")
            Path("/proc/self/clear_refs").write_text("5")  # VmHWM back to VmRSS
            asyncio.run(fetch(url, query))
            lifted = _resident_mb("VmHWM:") - before
            tracemalloc.start()
            asyncio.run(fetch(url, query))
            _, traced = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(
                f"    {label:<12} {ms(statistics.median(walls))} (CPU "
                f"{ms(statistics.median(cpus))}), {size / 1024:.0f} KB; resident memory +"
                f"{lifted:.1f} MB at its peak, Python's allocations {traced / 1e6:.1f} MB at "
                f"theirs; load {os.getloadavg()[0]:.1f}"
            )
        # The test client keeps the handler's connection open after each request: close it
        # in the thread that served them.
        asyncio.run(sync_to_async(connections.close_all)())
    finally:
        connection.close()
        connection.creation.destroy_test_db(old_name, verbosity=0)


def _resident_mb(field: str) -> float:
    """This process's VmRSS or VmHWM from /proc, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0


def resume_analysis() -> None:

    document = resume(7, roles=9, bullets=6)

    def uncached():
        analysis._cache.clear()
        return analyze(document)

    once = median_seconds(uncached, runs=50)
    words = total_words(read_document(document))
    # Word-level caches help a repeated resume most: also time 50 resumes seen once each.
    # Wall time on a loaded machine is mostly waiting for a processor: CPU time beside it.
    samples, cpu_samples = [], []
    for seed in range(100, 150):
        other = resume(seed, roles=9, bullets=6)
        started, cpu_started = time.perf_counter(), time.process_time()
        analyze(other)
        cpu_samples.append(time.process_time() - cpu_started)
        samples.append(time.perf_counter() - started)
    print(
        f"analyze a {words}-word resume:      {ms(once)} median of 50 re-analyses; "
        f"{ms(statistics.median(samples))} (CPU {ms(statistics.median(cpu_samples))}) median "
        f"over 50 resumes seen once; load {os.getloadavg()[0]:.1f}; target <= 5 ms"
    )


def start_up() -> None:
    """A command's start, wall and CPU seconds (medians of 5), with the project's bytecode
    cached (.pyc files, as installs and CI have them) and without it (PYTHONDONTWRITEBYTECODE:
    in a tree with no __pycache__, every project module is compiled on each start)."""
    with tempfile.TemporaryDirectory() as folder:
        cached = {**os.environ, "PYTHONPYCACHEPREFIX": folder}
        cached.pop("PYTHONDONTWRITEBYTECODE", None)
        uncached = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        for label, env in (("with .pyc", cached), ("without .pyc", uncached)):
            figures = []
            for arguments in (["check"], ["analyze_job", "--jsonl"]):
                timed_command(arguments, env)  # fills the cache in the first case
                wall, cpu = zip(*(timed_command(arguments, env) for _ in range(5)), strict=True)
                figures.append(
                    f"{' '.join(arguments)} {statistics.median(wall):.2f} s "
                    f"(CPU {statistics.median(cpu):.2f} s)"
                )
            print(
                f"management command start, {label}: {'; '.join(figures)}; "
                f"load {os.getloadavg()[0]:.1f}; target <= 0.5 s"
            )
    bare = statistics.median(timed_command(["-c", "pass"], None, python=True)[0] for _ in range(5))
    print(f"    (python -c pass: {bare:.2f} s)")


def timed_command(
    arguments: list[str], env: dict | None, *, python: bool = False
) -> tuple[float, float]:
    """Wall and CPU seconds of one child process: manage.py with `arguments`, no input."""
    command = [sys.executable, *([] if python else [str(ROOT / "manage.py")]), *arguments]
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )
    _, _, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def jsonl_command(sentences: int) -> None:
    lines = []
    if SKILLSPAN.exists():
        for path in sorted(SKILLSPAN.glob("*.conll")):
            words = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    words.append(line.split("\t")[0])
                elif words:
                    lines.append(" ".join(words))
                    words = []
    seed = 0
    while len(lines) < sentences:
        lines.extend(line for line in posting(seed).splitlines() if line.strip())
        seed += 1
    lines = lines[:sentences]
    payload = "".join(
        json.dumps({"id": index, "text": line}) + "\n" for index, line in enumerate(lines)
    )
    command = [sys.executable, str(ROOT / "manage.py"), "analyze_job", "--jsonl"]
    started = time.perf_counter()
    subprocess.run(command, input=payload.encode(), capture_output=True, check=False, cwd=ROOT)
    total = time.perf_counter() - started
    print(
        f"analyze_job --jsonl over {len(lines)} sentences: {len(lines) / total:.0f} sentences/s "
        f"including start-up ({total:.2f} s)"
    )


ROWS = ("extract", "celery", "rank_jobs", "pages", "analyze", "start", "jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=1000)
    parser.add_argument("--many", type=int, default=10000)
    parser.add_argument("--skip-many", action="store_true", help="Leave out the rank_jobs row.")
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument(
        "--only",
        default=",".join(ROWS),
        help=f"The rows to print, comma-separated, of: {', '.join(ROWS)} (all by default).",
    )
    args = parser.parse_args()
    rows = set(args.only.split(","))
    if args.skip_many:
        rows.discard("rank_jobs")
    if unknown := rows - set(ROWS):
        parser.error(f"no such row: {', '.join(sorted(unknown))}")
    document = resume(3)
    started = time.perf_counter()
    taxonomy()
    loaded = time.perf_counter() - started
    gc.collect()
    full = median_seconds(gc.collect, runs=7, warmup=0)
    print(
        f"taxonomy loaded in this process:  {ms(loaded)}; then a full collection takes {ms(full)} "
        f"({len(gc.get_objects())} objects tracked); load {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} processors"
    )
    if "extract" in rows:
        extraction_and_matching(document, args.postings)
    if "celery" in rows:
        ranking_through_celery(document, args.postings)
    if "rank_jobs" in rows:
        rank_jobs_command(document, args.many)
    if "pages" in rows:
        batch_pages(document, args.postings)
    if "analyze" in rows:
        resume_analysis()
    if "start" in rows:
        start_up()
    if "jsonl" in rows:
        jsonl_command(args.sentences)


if __name__ == "__main__":
    main()
