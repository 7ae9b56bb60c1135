"""Skills and requirement items, read clause by clause.

Each clause already has its role (see `segmentation`). A skill named in a
qualification or duty is asked for (required, or preferred when its clause is);
one named about the company, its benefits, legal text or how to apply is a
mention, shown but never asked. Skills listed as alternatives ("one of Python,
Perl, PHP", "MySQL or PostgreSQL", "a cloud such as AWS, GCP or Azure") share a
group: any one of them meets the requirement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate, chain, filterfalse
from operator import attrgetter

from jobs.extraction.details import FIELD_EXAMPLES_RE, years_in
from jobs.extraction.model import ExtractedSkill, Requirements
from jobs.extraction.names import named_matches
from jobs.extraction.prefilter import folded, needles
from jobs.extraction.roles import (
    ASIDE_ROLES,
    cue,
    names_no_skill,
    preferred_list_parts,
    preferred_part,
)
from jobs.extraction.segmentation import Clause
from jobs.taxonomy import Match, context_words, spoken_languages, taxonomy

# "our customer success team", "sales and marketing teams": a group of people, not a skill.
TEAM_AFTER_RE = re.compile(
    r"^(?:[\s,&/]+(?:and|or)?\s*[\w-]+){0,2}?\s+(?:teams?|department|departments|org|organi[sz]ation|"
    r"function|functions|colleagues|counterparts|leaders|leadership|partners|stakeholders|reps|staff)\b",
    re.IGNORECASE,
)
# Every match of TEAM_AFTER_RE holds one of these, as `prefilter.folded` writes it ("team",
# "staff"): a skill with none of them in the words after it names no team, and the pattern
# is not tried.
TEAM_WORDS = tuple(sorted(needles(TEAM_AFTER_RE.pattern, TEAM_AFTER_RE.flags) or ("",)))
# Words that make the group another phrase: "people management and building teams".
TEAM_BREAK_RE = re.compile(
    r"\b(?:for|to|with|in|on|at|of|by|across|from|who|that|which|using|through|building|"
    r"leading|managing|growing|scaling|developing|mentoring|coaching|running|motivating)\b",
    re.IGNORECASE,
)
# What may stand between two listed skills: "MySQL or PostgreSQL", "Python/Go", "AWS, GCP or Azure".
# "Java or another backend language", "PostgreSQL or a similar relational database": the
# skill is an example of the kind named next, and either meets the ask.
LIST_GAP_RE = re.compile(
    r"^\s*(?:,|/|\band/or\b|\bor\b|,\s*(?:or|and/or)\b|\band\b|,\s*and\b|&|"
    r",?\s*\bor\s+(?:an?\s+|any\s+)?(?:other|another|similar|equivalent|comparable)\b)\s*$",
    re.IGNORECASE,
)
OR_GAP_RE = re.compile(r"\bor\b|/", re.IGNORECASE)
AND_RE = re.compile(r"\band\b(?!/)", re.IGNORECASE)
# Words before a list that make it a choice: "one of", "such as", "e.g.", "either".
CHOICE_BEFORE_RE = re.compile(
    r"(?:\b(?:one|any|either|at least one) of|\bsuch as|\be\.g\.?|\bfor example|\beither|\blike)"
    r"(?:\s+(?:the\s+)?(?:following\s*)?:?)?\s*(?:[\w+#.-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Words after "X or Y" that make it no choice: "MSSQL 2012 or above", "Python or similar".
NOT_A_CHOICE_AFTER_RE = re.compile(
    r"^\s*(?:\d[\d.]*\s+)?(?:or\s+)?(?:above|higher|later|newer|similar|equivalent)\b",
    re.IGNORECASE,
)
CONTEXT_STOPWORDS = context_words("stopwords")
# Clauses where a name the taxonomy lacks is read as asked ("Experience with CargoWise").
NAMING_ROLES = ("required", "preferred", "duty")
CONTENT_WORD_RE = re.compile(r"[a-z][a-z+#-]{2,}")
CANONICAL = attrgetter("term.canonical")


def read_skills(
    clauses: list[Clause], requirements: Requirements, excluded: list[tuple[int, int]]
) -> None:
    """The skills of every clause, with their level and groups, and one item per asking clause."""
    group_count = 0
    asked_outside_duties: set[str] = set()
    contexts: dict[str, set[str]] = {}  # the words of each list in requirements.skill_context
    for clause in clauses:
        if clause.heading:
            continue
        mention = clause.role in ASIDE_ROLES
        technical = clause.role in ("required", "preferred")
        found = taxonomy().find(clause.text, technical=technical)
        # The spans kept from skills that reach into this clause, in its own offsets: most
        # clauses have none, and each match is then not tested against every span.
        # (Comprehensions are skipped where they would be empty: each makes a frame.)
        naming = clause.role in NAMING_ROLES
        end = clause.start + len(clause.text)
        inside = (
            [
                (start - clause.start, stop - clause.start)
                for start, stop in excluded
                if start < end and clause.start < stop
            ]
            if excluded and (found or naming)
            else []
        )
        # "work with our BI developers who build Power BI dashboards": what the people the
        # candidate works with do is not asked of the candidate. Most clauses have no "who".
        others = _others_work(clause.text) if found else []
        matches = _kept_matches(clause, found, inside, others, mention) if found else []
        if naming:
            named = named_matches(
                clause.text,
                [(match.start, match.end) for match in found] + inside,
            )
            # A name the taxonomy lacks obeys the same context rules ("CPP, EI" is Canada's
            # pension plan, not the payroll certification).
            named = [
                match
                for match in named
                if not names_no_skill(clause.text, match.term.canonical, match.start, match.end)
            ]
            if named:
                matches = sorted([*matches, *named], key=lambda match: match.start)
        if not matches:
            # Most clauses name nothing: no groups, levels or context words to read, only
            # the clause's item.
            if not mention and clause.role != "title":
                _add_item(clause, matches, [], requirements)
            continue
        # A clause with no match elides none (`_with_elided` starts from the matches).
        if not mention and _ELISION_HINT_RE.search(clause.text):
            matches = _with_elided(clause.text, matches, technical)
        groups = [] if mention else alternative_groups(clause.text, matches)
        if not mention and "(" in clause.text:
            groups = _with_examples(clause.text, matches, groups)
        group_of: dict[int, int] = {}
        for members in groups:
            group_count += 1
            group_of.update((index, group_count) for index in members)
        preferred = clause.role == "preferred"
        preferred_part_span = preferred_part(clause.text, clause.section) if preferred else None
        preferred_items = (
            preferred_list_parts(clause.text)
            if clause.role == "required" and clause.section != "preferred"
            else []
        )
        words = content_words(clause.text) if matches and not mention else []
        for index, match in enumerate(matches):
            term = match.term
            required = not mention and (
                not preferred
                or (
                    preferred_part_span is not None
                    and not preferred_part_span[0] <= match.start < preferred_part_span[1]
                )
            )
            if preferred_items and any(a <= match.start < b for a, b in preferred_items):
                required = False
            requirements.skills.append(
                ExtractedSkill(
                    term.canonical,
                    match.text,
                    match.start + clause.start,
                    match.end + clause.start,
                    term.type,
                    required,
                    # A name the taxonomy lacks, read where a requirement puts its object.
                    "posting" if term.source == "posting" else "taxonomy",
                    term.form,
                    mention,
                    group_of.get(index, 0),
                )
            )
            if required and clause.role != "duty":  # asked as required (a mention never is)
                asked_outside_duties.add(term.canonical)
            if not mention:
                context = requirements.skill_context.setdefault(term.canonical, [])
                # A skill named in many clauses gathers a long context: a set to test it.
                # (`words` holds each word once.)
                seen = contexts.get(term.canonical)
                if seen is None:
                    seen = contexts[term.canonical] = set(context)
                fresh = list(filterfalse(seen.__contains__, words))
                seen.update(fresh)
                context.extend(fresh)
        if not mention and clause.role != "title":
            _add_item(clause, matches, groups, requirements)
    _prefer_what_only_duties_require(requirements, asked_outside_duties)
    requirements.keywords = list(
        dict.fromkeys(s.name for s in requirements.skills if s.type == "domain")
    )


def _kept_matches(
    clause: Clause,
    found: list[Match],
    inside: list[tuple[int, int]],
    others: list[tuple[int, int]],
    mention: bool,
) -> list[Match]:
    """The taxonomy's matches in the clause that name a skill there: not in a span kept from
    skills (`inside`), nor a team, colleagues, what others do (`others`), a nationality or a
    generic word in a context that makes it none; in a mention, curated terms only. Each
    test is tried only on the kinds of term it can refuse, in one loop over the matches."""
    text = clause.text
    title, duty = clause.role == "title", clause.role == "duty"
    languages = spoken_languages()
    kept = []
    for match in found:
        term = match.term
        kind = term.type
        if (
            (mention and term.source != "curated")
            or (inside and any(start <= match.start < stop for start, stop in inside))
            or (others and _in_others_work(others, match))
            or (kind in ("hard", "domain") and _names_a_team(text, match))
            or (kind == "certification" and _names_colleagues(text, match))
            or (
                (kind == "language" or term.canonical in languages)
                and _names_a_nationality(text, match)
            )
            or names_no_skill(
                text, term.canonical, match.start, match.end, kind, title=title, duty=duty
            )
        ):
            continue
        kept.append(match)
    return kept


def _prefer_what_only_duties_require(requirements: Requirements, asked: set[str]) -> None:
    """A tool the duties use and the qualifications only prefer is preferred: "you will chart in
    Dentrix" and "Nice to have: Dentrix" ask no one to know Dentrix already. `asked`: the
    skills required by a clause other than a duty."""
    preferred = {
        skill.name for skill in requirements.skills if not skill.required and not skill.mention
    }
    demoted = preferred - asked
    if demoted:
        requirements.skills = [
            replace(skill, required=False)
            if skill.name in demoted and skill.level == "required"
            else skill
            for skill in requirements.skills
        ]


_ELISION_HINT_RE = re.compile(r"\s(?:and|or|&)\s")
# "project and program management", "risk and safety assessments", "Civil or Architectural
# Engineering": the first word shares the head written once after the second.
SHARED_HEAD_RE = re.compile(
    r"\b(?P<first>[A-Za-z][\w-]*(?:,\s+[A-Za-z][\w-]*)*),?\s+(?:and|or|&)\s+"
    r"(?P<second>[A-Za-z][\w-]*)\s+(?P<head>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)"
)
LIST_WORD_RE = re.compile(r"[A-Za-z][\w-]*")
# "accounts payable and receivable": the second word shares the modifier written once before
# the first.
SHARED_MODIFIER_RE = re.compile(
    r"\b(?P<modifier>[A-Za-z][\w-]*)\s+[A-Za-z][\w-]*\s+(?:and|or|&)\s+(?P<second>[A-Za-z][\w-]*)\b"
)


def _after_a_conjunction(text: str, position: int) -> bool:
    """Whether white space, "and", "or" or "&", and white space come just before the position,
    as before SHARED_HEAD_RE's second word."""
    if not text[position - 1 : position].isspace() or not position:
        return False
    bare = text[:position].rstrip()
    return any(
        bare.endswith(conjunction) and bare[: -len(conjunction)][-1:].isspace()
        for conjunction in ("and", "or", "&")
    )


def _with_elided(text: str, matches: list[Match], technical: bool) -> list[Match]:
    """The matches and the terms a coordination writes with a shared word once: "project and
    program management" names Project Management too, "accounts payable and receivable" Accounts
    Receivable. Only where the elided word is in no match of its own ("MIG and TIG welding" is
    read already), and the whole phrase is the new term's text."""
    taken = [(match.start, match.end) for match in matches]
    starts = {match.start for match in matches}
    # Each pattern's matches count only where a match starts (its second word, or it): most
    # clauses with an "and" have no such place, and the patterns, tried at every position
    # of the clause, are not run.
    heads = any(_after_a_conjunction(text, start) for start in starts)
    modifiers = any(SHARED_MODIFIER_RE.match(text, start) for start in starts)
    if not heads and not modifiers:
        return matches
    names = {match.term.canonical for match in matches}

    # Whether a span overlaps no match, in log time: the matches starting before its end are
    # a prefix of them by start, and one of them overlaps it when their furthest end passes
    # its start (a clause listing thousands of terms checked each against all).
    taken.sort()
    taken_starts = [a for a, _ in taken]
    furthest_ends = list(accumulate((b for _, b in taken), max))

    def free(start: int, end: int) -> bool:
        before_end = bisect_left(taken_starts, end)
        return not before_end or furthest_ends[before_end - 1] <= start

    found = []
    # (the phrase meant, its span in the text, the span of the word written alone); the other
    # conjunct must be a term itself, so that two terms of one shape are coordinated.
    # "electrical, hydraulic and avionics systems": each word of the list before the last.
    candidates = [
        (
            f"{word.group()} {part}",
            (word.start(), head.start("head") + len(part)),
            word.span(),
        )
        for head in (SHARED_HEAD_RE.finditer(text) if heads else ())
        if head.start("second") in starts
        for word in LIST_WORD_RE.finditer(text, head.start("first"), head.end("first"))
        for part in dict.fromkeys((head["head"].split()[0], head["head"]))
    ] + [
        (f"{mod['modifier']} {mod['second']}", mod.span(), mod.span("second"))
        for mod in (SHARED_MODIFIER_RE.finditer(text) if modifiers else ())
        if mod.start() in starts
    ]
    for phrase, (start, end), lone in candidates:
        if not free(*lone):  # "MIG and TIG welding": MIG is read already
            continue
        if not taxonomy().may_name(phrase):
            continue
        terms = taxonomy().find(phrase, technical=technical)
        if len(terms) != 1 or (terms[0].start, terms[0].end) != (0, len(phrase)):
            continue
        term = terms[0].term
        if (
            term.canonical in names
            or terms[0].ambiguous
            or term.source != "curated"
            or term.type == "domain"
        ):
            continue
        found.append(Match(term, text[start:end], start, end, False))
        names.add(term.canonical)
    return sorted([*matches, *found], key=lambda match: match.start) if found else matches


def _add_item(
    clause: Clause, matches: list[Match], groups: list[list[int]], requirements: Requirements
) -> None:
    cleaned = clause.text.strip().strip("-•*·▪◦‣●").strip()
    if len(cleaned.split(None, 2)) >= 2:
        if clause.role == "duty":
            requirements.duties.append(cleaned)
        elif clause.role == "preferred":
            requirements.preferred.append(cleaned)
        elif clause.role == "required":
            requirements.required.append(cleaned)
    years = years_in(clause.text)
    if not matches and not years:
        return
    in_group = set(chain.from_iterable(groups))
    requirements.items.append(
        {
            "text": cleaned,
            "level": "preferred" if clause.role == "preferred" else "required",
            "role": clause.role,
            "skills": list(
                dict.fromkeys(m.term.canonical for i, m in enumerate(matches) if i not in in_group)
                if in_group
                else dict.fromkeys(map(CANONICAL, matches))
            ),
            "groups": [
                list(dict.fromkeys(matches[i].term.canonical for i in members))
                for members in groups
            ]
            if groups
            else [],
            "years": years[0] if years else None,
            # "ACLS within 6 months of hire": still asked, by a time after hire.
            "due": due_after_hire(clause.text),
        }
    )


def due_after_hire(text: str) -> str:
    """When a condition is to be met after hire ("within 6 months of hire", "by your start
    date"), as the clause writes it; "" for a condition met before applying (most)."""
    if not any(map(text.__contains__, ("hir", "start", "employment", "first"))):
        return ""  # most clauses: the pattern is not tried (it is written in lower case)
    found = cue("due_after_hire").search(text)
    return found.group() if found else ""


def alternative_groups(text: str, matches: list[Match]) -> list[list[int]]:
    """Runs of skills listed as a choice: indexes into `matches`, two or more each.

    "one of Python, Perl, PHP" and "AWS, GCP or Azure" are one choice each; in
    "Python or Go, AWS and PostgreSQL" only "Python or Go" is.
    """
    groups: list[list[int]] = []
    run: list[int] = []

    def keep(members: list[int]) -> None:
        if len({matches[i].term.canonical for i in members}) >= 2:
            groups.append(list(members))

    def close() -> None:
        if len(run) >= 2:
            gaps = [
                text[matches[a].end : matches[b].start] for a, b in zip(run, run[1:], strict=False)
            ]
            before = text[max(0, matches[run[0]].start - 60) : matches[run[0]].start]
            after = text[matches[run[-1]].end : matches[run[-1]].end + 20]
            if NOT_A_CHOICE_AFTER_RE.match(after):
                gaps[-1] = " and "  # "MSSQL 2012 or above": no choice at the end
            if CHOICE_BEFORE_RE.search(before) or (
                OR_GAP_RE.search(gaps[-1]) and not AND_RE.search(" ".join(gaps))
            ):
                keep(run)
            else:
                pair = [run[0]]
                for gap, index in zip(gaps, run[1:], strict=False):
                    if OR_GAP_RE.search(gap) and not AND_RE.search(gap):
                        pair.append(index)
                    else:
                        keep(pair)
                        pair = [index]
                keep(pair)
        run.clear()

    for index, match in enumerate(matches):
        if run and not LIST_GAP_RE.match(text[matches[run[-1]].end : match.start]):
            close()
        if match.term.type in ("soft", "language", "domain"):
            close()
            continue
        run.append(index)
    close()
    return groups


# "a warehouse management system (Manhattan, Blue Yonder or similar)": examples of the kind
# named before the bracket, any of which, or the kind itself, meets the requirement.
# "sales or customer-facing experience (retail, hospitality and restaurants all count)": lines
# of work given as examples of the experience asked, after the kind or a choice of kinds.
EXAMPLES_OPEN_RE = re.compile(
    r"(?:\s+or\s+[a-z][\w-]*)?\s*(?:(?:system|systems|software|tool|tools|platform|platforms|"
    r"application|applications|suite|package|packages|solution|solutions|experience|background|"
    r"roles?)\s*)?\(\s*(?P<cue>(?:e\.g\.|eg\b|such as|for example|including)\s*,?\s*)?",
    re.IGNORECASE,
)
EXAMPLES_CLOSE_RE = re.compile(
    r"\s*(?:,?\s*(?:or|and)\s+(?:similar|equivalent|comparable|another|other)\b[^()]{0,40}|"
    r",?\s*etc\.?|(?:,?\s*(?:or|and)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+(?:all\s+|also\s+|each\s+"
    r"|both\s+)?(?:count|counts|qualify|qualifies|(?:are|is)\s+(?:welcome|accepted|considered|"
    r"relevant)))\s*\)",
    re.IGNORECASE,
)
# After an example cue ("(e.g. retail, hospitality)") the bracket need only close.
EXAMPLES_END_RE = re.compile(r"[^()]{0,40}\)")


def _with_examples(text: str, matches: list[Match], groups: list[list[int]]) -> list[list[int]]:
    """The groups, with one more for each kind followed by its examples in brackets: the
    kind and every example in one group ("any WMS (Manhattan, Blue Yonder or similar)").
    Only examples the bracket closes as such ("or similar", "etc."): "Python (pandas)" and
    "SQL (Oracle or PostgreSQL)" name what is meant, not examples of it."""
    for kind_index, kind in enumerate(matches[:-1]):
        if kind.term.type in ("soft", "language"):
            continue
        first = kind_index + 1
        opening = EXAMPLES_OPEN_RE.fullmatch(text, kind.end, matches[first].start)
        if not opening:
            continue
        last = first
        while last + 1 < len(matches) and LIST_GAP_RE.match(
            text[matches[last].end : matches[last + 1].start]
        ):
            last += 1
        closing = EXAMPLES_END_RE if opening["cue"] else EXAMPLES_CLOSE_RE
        if not closing.match(text, matches[last].end):
            continue
        members = list(range(first, last + 1))
        if len({matches[i].term.canonical for i in members}) < 2:
            continue
        groups = [group for group in groups if not set(group) <= set(members)]
        groups.append([kind_index, *members])
    return groups


def _names_a_team(text: str, match: Match) -> bool:
    """ "our customer success team": the skill names a group the candidate works with."""
    if match.term.type not in ("hard", "domain"):
        return False
    after = text[match.end : match.end + 60]
    lower = folded(after)
    if not any(map(lower.__contains__, TEAM_WORDS)):
        return False
    found = TEAM_AFTER_RE.match(after)
    return bool(found) and not TEAM_BREAK_RE.search(found.group())


# Words before a credential that make it the people the candidate leads, trains, works beside
# or serves, not what is asked of the candidate: "assist our Certified Public Accountant", "lead
# a team of about 65 RNs, LPNs, CNAs", "delegate to and supervise nursing assistants", "alongside
# LPNs", "precept new graduate RNs". A bare "with" is not one: "an RN with BLS" asks BLS.
PEOPLE_CUE_RE = re.compile(
    r"\b(?:our|(?:teams?|staff|crews?|groups?)\s+of|lead(?:s|ing)?|supervis(?:e|es|ing)|"
    r"manag(?:e|es|ing)|direct(?:s|ing)?|delegat(?:e|es|ing)\s+to|oversee(?:s|ing)?|"
    r"train(?:s|ing)?|mentor(?:s|ing)?|coach(?:es|ing)?|precept(?:s|ing)?|orient(?:s|ing)?|"
    r"assist(?:s|ing)?|support(?:s|ing)?|alongside|together\s+with|"
    r"(?:work(?:s|ing)?|collaborat(?:e|es|ing)|partner(?:s|ing)?)\s+(?:closely\s+)?with|"
    r"(?:report|escalat|communicat)\w*(?:\s+[\w-]+){0,5}?\s+to|serv(?:e|es|ing)|"
    r"under\s+(?:the\s+)?(?:direction|supervision|guidance|delegation)(?:\s+and\s+\w+)?\s+of)\b",
    re.IGNORECASE,
)
# Words between the cue and the credential that end the people's list: "supervise staff and
# hold a current CNA", "train staff to maintain BLS", "serve as the RN".
PEOPLE_GAP_BREAKS = frozenset(
    (
        *("hold", "holds", "have", "has", "maintain", "possess", "obtain", "obtaining", "be"),
        *("is", "are", "must", "keep", "with", "who", "that", "which", "while", "by", "using"),
        *("in", "for", "to", "as"),
    )
)
# "RNs, CNAs and other staff": the credential is one of a list of people.
OTHER_PEOPLE_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:and|&)\s+other\s+(?:[\w-]+\s+){0,2}?(?:staff|members|personnel|"
    r"colleagues|professionals|providers|clinicians|employees|workers|caregivers|disciplines)\b",
    re.IGNORECASE,
)
# Words after a credential that make it the credential held ("our CNA certification program"
# aside): "supervise staff and hold a CNA certification", "lead BLS classes".
HELD_AFTER_RE = re.compile(
    r"^\s*(?:licen[cs]es?|licensure|certifi\w+|registration|cards?|credentials?|exams?|"
    r"courses?|class(?:es)?|training|programs?|projects?|initiatives?|required|preferred)\b",
    re.IGNORECASE,
)
DETERMINER_BEFORE_RE = re.compile(
    r"\b(?:the|our|an?|each|every|other|fellow)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
GAP_WORD_RE = re.compile(r"[\w'+/-]+")


# The people a candidate works with or supports, and a relative clause saying what they do.
OTHERS_WORK_RE = re.compile(
    r"\b(?:(?:work|working|works|collaborate|collaborating|partner|partnering)\s+(?:closely\s+)?"
    r"with\s+(?:(?:our|the|other|its|their)\s+)?|(?:with|alongside|supporting|support|supports|"
    r"for)\s+(?:our|the|other|its|their)\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:developers|engineers|analysts|scientists|designers|teams|colleagues|"
    r"managers|specialists|staff|consultants|architects|teammates|researchers|users|clients|"
    r"customers)\s+(?:who|that)\s+(?=[a-z])",
    re.IGNORECASE,
)
# Where the relative clause ends: a stop, a semicolon, a dash or a comma before the candidate
# is spoken of again ("..., and you will ...").
OTHERS_WORK_END_RE = re.compile(r"[.;:()–—]|,\s+(?:and\s+)?(?:you|we|to)\b")


def _others_work(text: str) -> list[tuple[int, int]]:
    """The spans of the relative clauses in the text that say what others do (OTHERS_WORK_RE),
    each looked for only in the words just before a " who " or " that ": most clauses have none,
    and a pattern opening on an alternation is tried at every position of the clause."""
    spans = []
    for word in (" who ", " that "):
        at = text.find(word)
        while at != -1:
            window_start = max(0, at - 90)
            people = OTHERS_WORK_RE.search(text, window_start, at + len(word) + 1)
            if people is not None and people.end() == at + len(word):
                spans.append((people.end(), _clause_part_end(text, people.end())))
            at = text.find(word, at + 1)
    return spans


def _clause_part_end(text: str, start: int) -> int:
    end = OTHERS_WORK_END_RE.search(text, start)
    return end.start() if end else len(text)


def _in_others_work(others: list[tuple[int, int]], match: Match) -> bool:
    return any(start <= match.start < end for start, end in others)


def _names_colleagues(text: str, match: Match) -> bool:
    """A credential named as the people the candidate leads, supervises, delegates to, trains,
    works with or serves is not asked of the candidate ("lead a team of RNs, LPNs, CNAs", "you
    will assist our Certified Public Accountant"; "your CPA", "current RN license" are asked).
    The credential must read as people: plural ("LPNs", "nursing assistants"), after a
    determiner ("the RN"), or one of "X and other staff"."""
    if match.term.type != "certification":
        return False
    after = text[match.end : match.end + 60]
    if HELD_AFTER_RE.match(after):
        return False
    before = text[max(0, match.start - 80) : match.start]
    plural = match.text.endswith("s") and not match.text.endswith("ss")  # "LPNs", not "BLS"
    if plural and OTHER_PEOPLE_AFTER_RE.match(after):
        return True
    if not plural and not DETERMINER_BEFORE_RE.search(before):
        return False
    cues = list(PEOPLE_CUE_RE.finditer(before))
    if not cues:
        return False
    gap = before[cues[-1].end() :]
    if any(mark in gap for mark in ".;:()"):
        return False
    words = GAP_WORD_RE.findall(gap.lower())
    if len(words) > 8 or any(word in PEOPLE_GAP_BREAKS for word in words):
        return False
    # "RNs and CNAs", "the charge nurse and the RN": "and" or "or" only before the last of
    # a list.
    while words and words[-1] in ("the", "a", "an", "our", "other"):
        words.pop()
    # "WHMIS training and a White Card": a list that starts at the cue holds no people.
    if words[:1] and words[0] in ("and", "or", "&"):
        return False
    return not any(word in ("and", "or", "&") for word in words[:-1])


# What may follow a language's name when it names the language: its cue words ("English
# skills", "Spanish speaking") and words that go on with the sentence ("English is required").
NEXT_WORD_RE = re.compile(r"\s+([a-z][a-z'’-]*)\b")
AFTER_A_LANGUAGE = frozenset(
    {"is", "are", "was", "be", "and", "or", "nor", "as", "at", "to", "a", "an", "the", "with"}
    | {"in", "on", "for", "of", "would", "will", "must", "should", "also", "both", "plus"}
    | {"essential", "desirable", "necessary", "needed", "only", "etc", "e", "i", "from", "by"}
)


def _names_a_nationality(text: str, match: Match) -> bool:
    """ "Irish payroll legislation", "German employment law": a language's name before a noun
    says whose, not a language asked ("English skills", "Spanish speaking" name one)."""
    if match.term.type != "language" and match.term.canonical not in spoken_languages():
        return False
    following = NEXT_WORD_RE.match(text, match.end)
    if not following:
        return False
    word = following.group(1)
    # "English orally and in writing": an adverb goes on with the language, a noun is owned.
    return (
        word not in AFTER_A_LANGUAGE
        and word not in context_words("language_cues")
        and not word.endswith("ly")
    )


def field_spans(fields: list[tuple[Clause, list[re.Match] | None]]) -> list[tuple[int, int]]:
    """ "MS in Statistics or Economics" is the education asked for, not two skills. `fields`:
    clauses with their matches of EDUCATION_FIELD_RE (`details.education_fields`)."""
    return [
        (clause.start + found.start("field"), clause.start + _field_end(found))
        for clause, matches in fields
        for found in matches or ()
    ]


# A word after which a degree's field of study is over and the clause goes on ("Degree in CS or
# related field plus strong knowledge of Python", "... from an accredited university").
AFTER_THE_FIELD_RE = re.compile(
    r"\s+(?:with|from|at|required|preferred|is|are|plus|including|as|would|will|that|which|who|"
    r"to|for|by|strongly)\b",
    re.IGNORECASE,
)


def _field_end(found: re.Match) -> int:
    """Where the fields a match names end, with what they offer in their place ("or a related
    life science"): the words after them may name skills."""
    field = found["field"]
    # "a quantitative field such as Econometrics, Statistics": the fields it names follow "as"
    examples = FIELD_EXAMPLES_RE.match(field)
    end = AFTER_THE_FIELD_RE.search(field, examples.end() if examples else 0)
    return found.start("field") + end.start() if end else found.end("field")


def content_words(text: str) -> list[str]:
    words = CONTENT_WORD_RE.findall(text.lower())
    return [word for word in dict.fromkeys(words) if word not in CONTEXT_STOPWORDS][:30]
