"""Does the ranking agree with a recruiter? NDCG@5 and top-1 against hand-graded orderings.

    .venv/bin/python bench/ranking.py [--explain] [--set NAME ...]

bench/data/ranking/resumes.json holds resumes written for this benchmark, each
with the grade a recruiter would give every posting in jobs/tests/postings
(3 apply now, 2 worth a try, 1 a stretch, 0 wrong job). For each resume the
postings are ranked by `jobs.matching.rank` and, in the same process, by a
plain TF-IDF cosine between the resume's text and each posting's; printed are
the mean NDCG@5 and how often the first posting is one of the best-graded.

bench/data/ranking/cases.json adds resume x 5 postings cases (role family,
must-haves missing, seniority), dev and held-out apart: each resume's five
postings are ranked among themselves, by both, and scored the same way. Its
"varied" cases grade the postings of jobs/tests/postings/varied and kept, graded
before the ranking read them.

bench/data/ranking/hard_cases.json is harder: each resume against five postings
of its own profession (bench/data/ranking/postings) that differ by seniority,
must-have years, a missing must-have, degree or licence, and domain, so that
shared words alone cannot order them. Graded before the ranking was run; "fresh"
cases were written after the ranking's rules were set, and not tuned on. "ladder"
cases put each resume (junior to director, technical or not, a career changer) against
posts a rung or more above and below its own (bench/data/ranking/postings/ladder); they
were graded before the ranking was run on them and are never tuned on; "ladder-dev"
cases, written the same way for other lines of work, are the ones tuned on. "recruiter"
cases (tuned on) do the same in logistics, nursing, finance, the electrical trade and
software, with career changers, over-qualified candidates, headlines naming the post
wanted ("Aspiring Operations Manager") and resumes with no skills section; each case's
"why" gives the reasons for its grades, written before the ranking read them.
"recruiter-lists" cases, resumes whose skills list carries tools their bullets never name,
were written after the no-skills-list changes to check them, and are never tuned on;
"lists-dev" cases of the same shape, against the dev and fresh postings, are tuned on.
"prose-dev" cases (tuned on) put resumes in hotels, schools, sales and building maintenance
against postings written as prose only (bench/data/ranking/postings/prose): duties and a
paragraph about the role, what is wanted in a sentence or two, no list of skills, so that
the must-haves a posting names are few. "lists-ladder-dev" cases (tuned on) put resumes whose
skills list carries tools their bullets never name against posts of their ladder with lists
of requirements (bench/data/ranking/postings/lists), marketing and pharmacy. "bare-dev" cases
(tuned on) put resumes with no skills section (their skills only in bullets, summary,
certificates and job titles) in nursing, accounting, logistics, software, HVAC and retail
management, from a helper to a store manager, against posts of their ladder with lists of
requirements (bench/data/ranking/postings/bare): their own rung, one down, one up, a sibling
specialty and another line of work. "bare-lists-dev" cases (tuned on) are resumes of the same
lines of work, a CNA to a district manager, two of them career changers, whose skills list
carries what their bullets do not name, against the same postings and four more a rung up.
"sectors-dev" (tuned on) and "sectors-heldout" (never tuned on) cases put resumes in allied
health, transport, audit and bookkeeping, schools, sales and marketing, the plumbing and
welding trades and local government (new graduates, career changers, over-qualified
managers, resumes with no skills section) against five or six postings of their sector
(bench/data/ranking/postings/sectors): a rung up and down, near-duplicates in another domain
("Dispatcher" for trucks and for 911, an account executive in SaaS and in medical devices),
some with no list of skills; graded before the ranking was run on them.
"seniority-dev" (tuned on) and "seniority-heldout" (never tuned on) cases put resumes on
career ladders (nursing, the electrical trade, data analysis, case management, carpentry),
most with no skills section, against postings of their ladder as job boards show them
(bench/data/ranking/postings/seniority): the own rung, a rung or half a rung up and down,
level words in the title ("Data Analyst II", "Maintenance Electrician III", "Assistant Nurse
Manager", "Head of", "Trainee") and a two-line posting with the exact title beside long
sibling postings; graded before the ranking was run on them.
"seniority2-heldout" (never tuned on) cases put a new graduate nurse, a warehouse shift
supervisor, a senior FP&A analyst, a backend engineer, a maths teacher and an assistant store
manager (US, Canada, UK, Ireland, Australia) against five postings of realistic length (2-5 KB,
bench/data/ranking/postings/seniority2): the own rung, a rung up and down, two rungs up (head
of, director, area manager, deputy head) and a sibling line whose "manager" title is an
individual contributor's (case manager, account manager); graded before the ranking ran.
"seniority2-dev" (tuned on) cases do the same for case management and agency account
management ladders (bench/data/ranking/postings/seniority2_dev).
"software-dev" (tuned on) cases put eight software resumes (frontend, Java backend, .NET, QA
automation, data engineering, DevOps, a new graduate, a lead full-stack engineer) against five
software vacancies each (bench/data/ranking/postings/software_dev): the own role and stack, a
rung up, the same family in another stack, a neighbouring family, and a post sharing many words
in another family; graded by role family, core stack, seniority and must-haves, in that order,
before the ranking ran.
"software-heldout" (never tuned on) cases put six software resumes (frontend, backend Java, .NET,
QA automation, a data engineer, a junior full-stack developer) against five of eight software
vacancies (bench/data/ranking/postings/software, four of them one paragraph): the own job, a rung
down in the same stack, the same level in another stack, a career change and another job; graded
before the ranking ran. Select it with --set hard/software-heldout.
"plain-dev" (tuned on) cases put six resumes (payments backend, claims analyst, Vue frontend,
SRE, customer success, iOS) against five of seventeen postings written as one paragraph, as
boards show them (bench/data/ranking/postings/plain_dev): what is wanted carried by the title,
the duties and the domain more than by a list of tools; graded before the ranking ran.

Every set is scored again with its resumes as an upload gives them (exported as
plain text and imported back: no structure the parser did not recover) and with
no skills section (skills only in titles, summary and bullets), against the
same grades: the ranking should not collapse where TF-IDF, reading words, holds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeopt.settings")
import django  # noqa: E402

django.setup()

from exports.renderers import ExportOptions  # noqa: E402
from exports.renderers.text import render_text  # noqa: E402
from jobs.extraction import extract_requirements  # noqa: E402
from jobs.matching import rank  # noqa: E402
from resumeopt.importers import import_text  # noqa: E402

POSTINGS = ROOT / "jobs" / "tests" / "postings"
RESUMES = ROOT / "bench" / "data" / "ranking" / "resumes.json"
CASES = ROOT / "bench" / "data" / "ranking" / "cases.json"
HARD_CASES = ROOT / "bench" / "data" / "ranking" / "hard_cases.json"
HARD_POSTINGS = ROOT / "bench" / "data" / "ranking" / "postings"
HARD_SETS = (
    "dev",
    "heldout",
    "fresh",
    "level",
    "ladder-dev",
    "recruiter",
    "lists-dev",
    "recruiter-lists",
    "ladder",
    "prose-dev",
    "lists-ladder-dev",
    "bare-dev",
    "bare-lists-dev",
    "sectors-dev",
    "sectors-heldout",
    "seniority-dev",
    "seniority-heldout",
    "seniority2-dev",
    "seniority2-heldout",
    "software-dev",
    "software-heldout",
    "plain-dev",
)


def ndcg_at(order: list[str], grades: dict[str, int], k: int = 5) -> float:
    gain = sum(
        (2 ** grades.get(name, 0) - 1) / math.log2(i + 2) for i, name in enumerate(order[:k])
    )
    ideal_order = sorted(grades.values(), reverse=True)[:k]
    ideal = sum((2**grade - 1) / math.log2(i + 2) for i, grade in enumerate(ideal_order))
    return gain / ideal if ideal else 0.0


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z0-9+#.]*[a-z0-9+#]|[a-z]", text.lower())


def _document_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_document_text(item) for item in value.values())
    if isinstance(value, list):
        return " ".join(_document_text(item) for item in value)
    return ""


def tfidf_order(resume_text: str, postings: dict[str, str]) -> list[str]:
    """The baseline: cosine of TF-IDF vectors (idf over the postings and the resume)."""
    documents = {name: Counter(_words(text)) for name, text in postings.items()}
    query = Counter(_words(resume_text))
    count = len(documents) + 1
    frequency = Counter(word for counts in [*documents.values(), query] for word in counts)

    def vector(counts: Counter) -> dict[str, float]:
        return {
            w: (1 + math.log(c)) * math.log((count + 1) / (frequency[w] + 1))
            for w, c in counts.items()
        }

    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        dot = sum(value * b.get(word, 0.0) for word, value in a.items())
        norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
        return dot / norm if norm else 0.0

    resume_vector = vector(query)
    scores = {name: cosine(resume_vector, vector(counts)) for name, counts in documents.items()}
    return sorted(postings, key=lambda name: -scores[name])


def reimported(document: dict) -> dict:
    """The resume as an upload would give it: exported as plain text, imported back. A
    name and an email head it, as they head every real resume the parser reads."""
    basics = {"name": "Jordan Lee", "email": "jordan.lee@example.com"}
    basics.update(document.get("basics") or {})
    exported = render_text({**document, "basics": basics}, ExportOptions())
    return import_text(exported).document


def without_skills(document: dict) -> dict:
    """The resume with no skills section: its skills only in titles, summary and bullets."""
    return {key: value for key, value in document.items() if key != "skills"}


def _orders(case: dict, document: dict, postings: dict, extracted: dict) -> dict[str, list]:
    # Both rankers get the postings in an order that says nothing of their grades: the
    # cases list them best first, and a ranking that keeps ties in the order given would
    # otherwise be handed the right answer on every tie.
    names = sorted(case["grades"], key=lambda name: hashlib.sha1(name.encode()).hexdigest())
    own = {name: postings[name] for name in names}
    ours = [name for name, _ in rank(document, [(n, extracted[n]) for n in own], advice=False)]
    return {"ranking": ours, "tf-idf": tfidf_order(_document_text(document), own)}


def _graded(grades: dict[str, int]) -> list[str]:
    """The postings best-graded first, each with its grade: "hard/ladder/sw_mid=3"."""
    return [f"{_short(name)}={grades[name]}" for name in sorted(grades, key=lambda n: -grades[n])]


def _short(name: str) -> str:
    """A posting's file name without its folder, as --explain prints it."""
    return name.rsplit("/", 1)[-1]


def _print_orders(case: str, grades: dict[str, int], given: dict, bare: dict) -> None:
    """A case's grades and orderings, as written and with no skills list (marked where the
    ranking's top five differ between the two)."""
    print(f"  {case:<16} graded {_graded(grades)}")
    print(f"  {'':<16} ours   {[_short(n) for n in given['ranking'][:5]]}")
    print(f"  {'':<16} tfidf  {[_short(n) for n in given['tf-idf'][:5]]}")
    mark = "" if bare["ranking"][:5] == given["ranking"][:5] else "  (differs)"
    print(f"  {'':<16} no skills list:")
    print(f"  {'':<16} ours   {[_short(n) for n in bare['ranking'][:5]]}{mark}")
    print(f"  {'':<16} tfidf  {[_short(n) for n in bare['tf-idf'][:5]]}")


def score(cases: list[dict], postings: dict[str, str], extracted: dict, explain: bool) -> None:
    """Print NDCG@5 and top-1 of the ranking and of TF-IDF over the cases, then the same for
    the resumes re-imported from a text export and with no skills section. With `explain`,
    each case's orderings as given and with no skills list (where misses there show)."""
    forms = {"": lambda document: document, "re-imported": reimported}
    forms["no skills list"] = without_skills
    totals = {(form, label): [0.0, 0] for form in forms for label in ("ranking", "tf-idf")}
    for case in cases:
        grades = case["grades"]
        best = max(grades.values())
        by_form = {
            form: _orders(case, change(case["document"]), postings, extracted)
            for form, change in forms.items()
        }
        for form, orders in by_form.items():
            for label, order in orders.items():
                totals[form, label][0] += ndcg_at(order, grades)
                totals[form, label][1] += grades.get(order[0], 0) == best
        if explain:
            _print_orders(case["id"], grades, by_form[""], by_form["no skills list"])
    count = len(cases)
    for form in forms:
        line = []
        for label in ("ranking", "tf-idf"):
            ndcg, top = totals[form, label]
            line.append(f"{label:<8} NDCG@5 {ndcg / count:.3f}   top-1 {top}/{count}")
        if form:
            print(f"  {form + ':':<16}" + "   ".join(line))
        else:
            print("  " + "\n  ".join(line))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print each resume's orderings, as written and with no skills list",
    )
    parser.add_argument(
        "--set",
        action="append",
        dest="sets",
        metavar="NAME",
        help="score only this set (repeatable): first, dev, heldout, varied, hard/dev, "
        "hard/heldout, hard/ladder-dev, ...",
    )
    args = parser.parse_args()
    wanted = set(args.sets or ())
    postings = {
        str(path.relative_to(POSTINGS).with_suffix("")): path.read_text(encoding="utf-8")
        for path in sorted(POSTINGS.glob("**/*.txt"))
    }
    postings.update(
        {
            "hard/" + str(path.relative_to(HARD_POSTINGS).with_suffix("")): path.read_text("utf-8")
            for path in sorted(HARD_POSTINGS.glob("**/*.txt"))
        }
    )
    extracted = {name: extract_requirements(text) for name, text in postings.items()}
    first = {name: text for name, text in postings.items() if "/" not in name}
    resumes = json.loads(RESUMES.read_text(encoding="utf-8"))["resumes"]
    for resume in resumes:
        resume["grades"] = {name: resume["grades"].get(name, 0) for name in first}
    if not wanted or "first" in wanted:
        print(f"first: {len(resumes)} resumes x {len(first)} postings, hand-graded orderings")
        score(resumes, postings, extracted, args.explain)
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    for name in ("dev", "heldout", "varied"):
        if not wanted or name in wanted:
            print(f"{name}: {len(cases[name])} resumes x 5 postings")
            score(cases[name], postings, extracted, args.explain)
    hard = json.loads(HARD_CASES.read_text(encoding="utf-8"))
    for name in HARD_SETS:
        if not wanted or f"hard/{name}" in wanted:
            print(f"hard {name}: {len(hard[name])} resumes x 5 postings of their own profession")
            score(hard[name], postings, extracted, args.explain)


if __name__ == "__main__":
    main()
