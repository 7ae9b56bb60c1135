"""Realistic generated resumes for tests and benchmarks:
seeded, varied, roughly the size asked for."""

from __future__ import annotations

import random

VERBS = [
    "Led",
    "Built",
    "Designed",
    "Reduced",
    "Launched",
    "Migrated",
    "Automated",
    "Improved",
    "Owned",
    "Created",
    "Scaled",
    "Shipped",
    "Negotiated",
    "Mentored",
    "Analyzed",
    "Delivered",
    "Responsible for",
    "Helped with",
    "Worked on",
]
OBJECTS = [
    "the billing pipeline",
    "a customer onboarding flow",
    "the data warehouse",
    "our mobile checkout",
    "a fraud detection model",
    "the internal analytics dashboard",
    "a partner API",
    "the search service",
    "release tooling",
    "the support ticket triage process",
    "a pricing experiment",
    "the event ingestion layer",
]
RESULTS = [
    "cutting costs by {n}%",
    "serving {n},000 users a day",
    "saving {n} hours a week",
    "raising conversion by {n}%",
    "for {n} enterprise customers",
    "across {n} teams",
    "with zero downtime",
    "in {n} weeks",
]
TECH = [
    "Python",
    "Go",
    "PostgreSQL",
    "Redis",
    "Kafka",
    "Docker",
    "Kubernetes",
    "React",
    "TypeScript",
    "AWS",
    "Terraform",
    "Django",
    "Airflow",
    "Spark",
    "Javascript",
    "Postgres",
]
COMPANIES = [
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Litware",
    "Adatum",
    "Proseware",
    "Woodgrove",
]


def bullet(rng: random.Random) -> str:
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} using {rng.choice(TECH)}"
    if rng.random() < 0.6:
        text += ", " + rng.choice(RESULTS).format(n=rng.randint(2, 90))
    return text + ("." if rng.random() < 0.8 else "")


def resume(seed: int, *, roles: int = 5, bullets: int = 5) -> dict:
    """A JSON Resume document; 5 roles of 5 bullets is about two pages."""
    rng = random.Random(seed)
    year = 2024
    work = []
    for index in range(roles):
        start = year - rng.randint(1, 4)
        entry = {
            "name": f"{rng.choice(COMPANIES)} {rng.choice(['Labs', 'Inc.', 'Systems', 'Health'])}",
            "position": rng.choice(
                [
                    "Software Engineer",
                    "Senior Engineer",
                    "Data Analyst",
                    "Product Manager",
                    "Tech Lead",
                ]
            ),
            "location": rng.choice(["Seattle, WA", "Austin, TX", "Remote", "Berlin, Germany"]),
            "startDate": f"{start}-{rng.randint(1, 12):02d}",
            "summary": "Worked on a platform team that builds internal services for product teams.",
            "highlights": [bullet(rng) for _ in range(bullets)],
        }
        if index:
            entry["endDate"] = f"{year}-{rng.randint(1, 12):02d}"
        work.append(entry)
        year = start - rng.randint(0, 1)
    return {
        "basics": {
            "name": f"Candidate {seed}",
            "label": "Engineer",
            "email": f"candidate{seed}@example.com",
            "phone": "+1 555 0100",
            "location": {"city": "Seattle", "region": "WA"},
            "summary": (
                "I am a passionate engineer with broad experience across backend, data and "
                "product work, known for shipping reliable systems and helping teams move faster."
            ),
            "profiles": [{"network": "LinkedIn", "url": f"https://linkedin.com/in/c{seed}"}],
        },
        "work": work,
        "education": [
            {
                "institution": "State University",
                "studyType": "Bachelor of Science",
                "area": "Computer Science",
                "startDate": "2008-09",
                "endDate": "2012-06",
            }
        ],
        "skills": [{"name": "Technologies", "keywords": rng.sample(TECH, 8)}],
        "projects": [
            {
                "name": "side-project",
                "description": "An open-source tool.",
                "highlights": [bullet(rng)],
            }
        ],
    }
