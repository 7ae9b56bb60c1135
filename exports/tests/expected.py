"""What the rich resume (data/rich.resume.json) must read as, in order, in every PDF and DOCX.

Written out by hand, not computed by the code under test: each line is a field
(or a bullet) as a reader sees it. Section headings are in the template's case.
"""

from __future__ import annotations

from exports.renderers import templates

HEADER = [
    "Zoë Ñúñez",
    "Staff Platform Engineer",
    "zoe.nunez@example.org",
    "+34 600 123 456",
    "Valencia, Comunidad Valenciana, Spain",
    "https://zoe.example.org",
    "https://github.com/zoenunez",
    "Mastodon: @zoe@hachyderm.io",
]
SECTIONS = [
    (
        "Summary",
        ["Platform engineer who builds calm, observable infrastructure for payment systems."],
    ),
    (
        "Experience",
        [
            "Principal Infrastructure Engineer · Nordlicht Payments",
            "Remote (Europe) · Mar 2021 – Present",
            "Payments processor for 4,000 European merchants.",
            "Led the platform group of nine engineers.",
            "Cut p99 checkout latency from 840 ms to 210 ms by moving fraud scoring off the "
            "request path.",
            "Designed the multi-region Kafka topology that survived the 2023 Frankfurt "
            "outage with zero lost events.",
            "Wrote the incident handbook adopted by all 14 product teams.",
            "Старший инженер · Полярная Звезда",
            "Санкт-Петербург · Sep 2016 – Feb 2021",
            "Перевёл биллинг на PostgreSQL 13 без простоя.",
            "Наставлял четырёх младших инженеров.",
            "Μηχανικός λογισμικού · Ελληνική Τράπεζα",
            "Αθήνα · Jan 2014 – Aug 2016",
            "Αυτοματοποίησα τις αναφορές συμμόρφωσης.",
            "Μείωσα τον χρόνο κλεισίματος μήνα κατά δύο ημέρες.",
        ],
    ),
    (
        "Education",
        [
            "Universitat Politècnica de València",
            "Master of Science in Computer Engineering · Sep 2012 – Jun 2014 · 9.1/10",
            "Courses: Distributed Systems, Compilers",
        ],
    ),
    (
        "Skills",
        ["Infrastructure (Expert): Kubernetes, Terraform, Kafka", "Programming: Go, Python, Rust"],
    ),
    (
        "Projects",
        [
            "LedgerLint",
            "Maintainer · Jan 2020 – Present · https://codeberg.org/zoenunez/ledgerlint",
            "A linter for double-entry ledgers.",
            "Technologies: Rust, SQL",
            "Adopted by three Spanish banks.",
        ],
    ),
    (
        "Certifications",
        [
            "Certified Kubernetes Administrator — Cloud Native Computing Foundation, May 2021",
            "https://cncf.io/certification/cka",
        ],
    ),
    (
        "Awards",
        [
            "Engineering Excellence Award",
            "European Fintech Forum · Nov 2022",
            "For the zero-downtime ledger migration.",
        ],
    ),
    (
        "Publications",
        [
            "Backpressure in Payment Pipelines",
            "ACM Queue · Mar 2022",
            "How we shed load without dropping payments.",
        ],
    ),
    (
        "Volunteering",
        [
            "Mentor · Code Club Valencia",
            "2019 – Present",
            "Weekly coding sessions for children aged 9 to 13.",
            "Ran 120 sessions over four years.",
        ],
    ),
    ("Languages", ["Spanish (Native), English (Fluent), Русский (Intermediate)"]),
    ("Interests", ["Cycling: Audax, Randonneuring"]),
    ("References", ["Dr. Ada Quintero: The engineer I call when production is on fire."]),
]
BULLETS = [
    "Cut p99 checkout latency from 840 ms to 210 ms by moving fraud scoring off the request path.",
    "Designed the multi-region Kafka topology that survived the 2023 Frankfurt outage with "
    "zero lost events.",
    "Wrote the incident handbook adopted by all 14 product teams.",
    "Перевёл биллинг на PostgreSQL 13 без простоя.",
    "Наставлял четырёх младших инженеров.",
    "Αυτοματοποίησα τις αναφορές συμμόρφωσης.",
    "Μείωσα τον χρόνο κλεισίματος μήνα κατά δύο ημέρες.",
    "Adopted by three Spanish banks.",
    "Ran 120 sessions over four years.",
]
NEVER_EXPORTED = ["Calle Falsa", "46001"]  # the street address stays private


def heading(title: str, template: str) -> str:
    return title.upper() if templates()[template]["heading_upper"] else title


def reading_order(template: str) -> list[str]:
    """Every line of the rich resume, in the order a reader meets it."""
    lines = list(HEADER)
    for title, content in SECTIONS:
        lines += [heading(title, template), *content]
    return lines
