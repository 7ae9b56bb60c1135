"""Generated job postings for tests and benchmarks:
seeded, varied, the size of real ones (300-400 words)."""

from __future__ import annotations

import random

ROLES = [
    "Backend Engineer",
    "Data Analyst",
    "Frontend Developer",
    "DevOps Engineer",
    "Product Manager",
    "Data Scientist",
    "Mobile Developer",
    "QA Engineer",
    "Security Engineer",
    "Machine Learning Engineer",
    "Marketing Manager",
    "Financial Analyst",
    "Registered Nurse",
    "Account Executive",
    "UX Designer",
]
SKILLS = [
    "Python",
    "Go",
    "Java",
    "TypeScript",
    "React",
    "Kubernetes",
    "Docker",
    "AWS",
    "Terraform",
    "PostgreSQL",
    "Redis",
    "Kafka",
    "Airflow",
    "Spark",
    "SQL",
    "Tableau",
    "Figma",
    "Swift",
    "Kotlin",
    "GraphQL",
    "Django",
    "Node.js",
    "Jenkins",
    "Snowflake",
    "dbt",
    "PyTorch",
    "scikit-learn",
    "Linux",
    "Git",
    "Jira",
    "HubSpot",
    "Salesforce",
    "Excel",
    "Power BI",
    "SAP",
    "Epic",
    "Google Ads",
    "A/B testing",
    "financial modelling",
    "stakeholder management",
    "CI/CD",
    "REST APIs",
    "microservices",
    "Agile",
    "Scrum",
]
SOFT = [
    "excellent communication skills",
    "a team player",
    "strong problem-solving skills",
    "attention to detail",
    "a self-starter who takes ownership",
    "comfortable presenting to executives",
]
EDUCATION = [
    "Bachelor's degree in Computer Science or a related field",
    "Master's degree in a quantitative field",
    "A degree in Business, Finance or similar is a plus",
    "Equivalent practical experience",
]
DOMAINS = [
    "fintech",
    "healthcare",
    "e-commerce",
    "SaaS",
    "logistics industry",
    "B2B",
    "edtech",
    "insurance",
]
PLACES = ["Remote", "Berlin, Germany", "Austin, TX", "London, United Kingdom", "Toronto, Canada"]


def posting(seed: int) -> str:
    rng = random.Random(seed)
    role = rng.choice(ROLES)
    required = rng.sample(SKILLS, 8)
    preferred = rng.sample([s for s in SKILLS if s not in required], 4)
    company = (
        rng.choice(["Northwind", "Contoso", "Fabrikam", "Tailspin", "Brightwave"])
        + " "
        + rng.choice(["Labs", "Systems", "Group", "Health", "Commerce"])
    )
    return "\n".join(
        [
            f"{rng.choice(['Senior', 'Junior', 'Staff', 'Lead', ''])} {role}".strip(),
            f"{company} · {rng.choice(PLACES)} · "
            f"{rng.choice(['Full-time', 'Contract', 'Part-time'])}",
            "",
            f"About {company.split()[0]}",
            f"We are a {rng.choice(DOMAINS)} company growing fast across "
            f"{rng.randint(3, 40)} countries. Our {rng.randint(40, 900)} people build "
            "products that teams rely on every day, and we care about doing that well: "
            "clear writing, thoughtful reviews, and time to learn. We were founded in "
            f"{rng.randint(2005, 2020)} and are backed by investors who think in decades.",
            "",
            "What you'll do",
            f"- Build and operate services with {required[0]} and {required[1]}, from design "
            "to production.",
            f"- Work with product and design on features used by {rng.randint(2, 90)} "
            "million people.",
            f"- Improve reliability, observability and cost of our {required[2]} platform.",
            "- Write clear documentation and review the work of your colleagues.",
            "- Share what you learn with the wider team, and help us hire people better than us.",
            "",
            "Requirements",
            f"- {rng.randint(2, 8)}+ years of experience in a similar role.",
            f"- Strong {required[3]}, {required[4]} and {required[5]}.",
            f"- Hands-on experience with {required[6]} and {required[7]} in production.",
            f"- {rng.choice(EDUCATION)}.",
            f"- {rng.choice(SOFT).capitalize()}.",
            f"- Fluent English; {rng.choice(['German', 'Spanish', 'French'])} is a plus.",
            "",
            "Nice to have",
            f"- Experience with {preferred[0]} or {preferred[1]}.",
            f"- {preferred[2]} is a plus.",
            f"- Some exposure to {preferred[3]}.",
            "",
            "Benefits",
            "- Flexible hours, a learning budget and 30 days of paid holiday.",
            "- Health insurance for you and your family, and a pension plan.",
            f"- A salary range of ${rng.randint(60, 150)},000 to ${rng.randint(151, 220)},000.",
            "",
            f"{company} is an equal opportunity employer. We welcome applicants of every "
            "background.",
        ]
    )
