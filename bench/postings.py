"""Generated job postings for benchmarks: seeded and varied, about the size of real ones."""

from __future__ import annotations

import random

ROLES = ["Backend Engineer", "Data Analyst", "Frontend Developer", "DevOps Engineer", "Product Manager",
         "Data Scientist", "Mobile Developer", "QA Engineer", "Security Engineer", "Machine Learning Engineer"]  # fmt: skip
SKILLS = ["Python", "Go", "Java", "TypeScript", "React", "Kubernetes", "Docker", "AWS", "Terraform", "PostgreSQL",
          "Redis", "Kafka", "Airflow", "Spark", "SQL", "Tableau", "Figma", "Swift", "Kotlin", "GraphQL", "Django",
          "Node.js", "Jenkins", "Snowflake", "dbt", "PyTorch", "scikit-learn", "Linux", "Git", "Jira"]  # fmt: skip
SOFT = [
    "excellent communication skills",
    "a team player",
    "strong problem-solving skills",
    "attention to detail",
]
EDUCATION = [
    "Bachelor's degree in Computer Science",
    "Master's degree in a quantitative field",
    "Equivalent experience",
]
DOMAINS = ["fintech", "healthcare", "e-commerce", "SaaS", "logistics industry", "B2B"]


def posting(seed: int) -> str:
    rng = random.Random(seed)
    role = rng.choice(ROLES)
    required = rng.sample(SKILLS, 6)
    preferred = rng.sample([s for s in SKILLS if s not in required], 3)
    return "\n".join([
        f"{rng.choice(['Senior', 'Junior', 'Staff', ''])} {role}".strip(),
        f"Location: {rng.choice(['Remote', 'Berlin, Germany', 'Austin, TX', 'London, United Kingdom'])}",
        rng.choice(["Full-time", "Contract", "Part-time"]),
        "",
        "About us",
        f"We are a {rng.choice(DOMAINS)} company growing fast across {rng.randint(3, 40)} countries.",
        "",
        "What you'll do",
        f"- Build and operate services with {required[0]} and {required[1]}.",
        f"- Work with product and design on features used by {rng.randint(2, 90)} million people.",
        f"- Improve reliability, observability and cost of our {required[2]} platform.",
        "",
        "Requirements",
        f"- {rng.randint(2, 8)}+ years of experience in a similar role.",
        f"- Strong {required[3]}, {required[4]} and {required[5]}.",
        f"- {rng.choice(EDUCATION)}.",
        f"- {rng.choice(SOFT).capitalize()}.",
        "",
        "Nice to have",
        f"- Experience with {preferred[0]} or {preferred[1]}.",
        f"- {preferred[2]} is a plus.",
        "",
        "Benefits",
        "- Flexible hours, a learning budget and 30 days of paid holiday.",
    ])  # fmt: skip
