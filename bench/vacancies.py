"""Real-length job postings (2-6 KB) for benchmarks, built from pools of vacancy sentences.

Real vacancies are 2-6 KB: an about-us story, a long list of duties, requirements
in bullets and in prose, nice-to-haves, benefits, the hiring process, an equal
opportunity statement. The 240-word postings of tests/generated_postings.py hide most of
the cost of extraction, so the speed figures use these. Seeded: `vacancy(seed, size)`
is always the same text.
"""

from __future__ import annotations

import random

from tests.generated_postings import DOMAINS, EDUCATION, PLACES, ROLES, SKILLS, SOFT

MORE_SKILLS = [
    "Rust",
    "C++",
    "C#",
    ".NET",
    "Ruby on Rails",
    "Vue.js",
    "Angular",
    "Next.js",
    "MongoDB",
    "Elasticsearch",
    "RabbitMQ",
    "gRPC",
    "OpenTelemetry",
    "Prometheus",
    "Grafana",
    "Datadog",
    "Azure",
    "Google Cloud",
    "Ansible",
    "Helm",
    "Looker",
    "BigQuery",
    "Redshift",
    "pandas",
    "TensorFlow",
    "NLP",
    "computer vision",
    "data modeling",
    "ETL",
    "unit testing",
    "Selenium",
    "Cypress",
    "accessibility",
    "user research",
    "Sketch",
    "Adobe Photoshop",
    "SEO",
    "copywriting",
    "budgeting",
    "forecasting",
    "GAAP",
    "IFRS",
    "patient care",
    "BLS certification",
    "CRM",
    "lead generation",
    "negotiation",
    "project management",
    "PMP",
    "ITIL",
    "ISO 27001",
    "OWASP",
    "penetration testing",
    "SIEM",
    "Bash",
    "PowerShell",
    "Scala",
    "Haskell",
    "Elixir",
    "PHP",
    "Laravel",
    "Flutter",
    "React Native",
    "iOS",
    "Android",
]
POOL = SKILLS + MORE_SKILLS
SOFT_MORE = [
    "strong written and verbal communication",
    "curiosity and a willingness to learn",
    "the ability to work independently",
    "good judgement under pressure",
    "empathy for users and colleagues",
    "leadership and mentoring",
    "a collaborative mindset",
]

ABOUT = [
    "We are a {domain} company on a mission to make everyday work simpler for {n} million people.",
    "Founded in {year}, we have grown from a handful of friends in a garage to a team of {n} "
    "hundred.",
    "Our customers include some of the largest retailers, banks and hospitals in {place}.",
    "We believe that the best products come from small, autonomous teams that own their work "
    "end to end.",
    "Last year we raised a Series {letter} round led by investors who share our long-term view.",
    "We are profitable, growing quickly, and still small enough that every person shapes "
    "what we build.",
    "Our offices are in {place}, but most of our colleagues work remotely across {n} time zones.",
    "We care about craft: clear writing, careful code review and time set aside for learning.",
    "Diversity of background and thought makes our products better, and we build our team "
    "accordingly.",
    "Our platform processes more than {n} billion events a month with an uptime we are proud of.",
]
ROLE_INTRO = [
    "As a {role} you will join a team of {n} people that owns {thing} from idea to production.",
    "This is a hands-on role with real ownership: you will shape the roadmap as much as you "
    "deliver it.",
    "You will report to the Head of {area} and work closely with product, design and "
    "customer success.",
    "We are looking for someone who enjoys ambiguity and turns vague problems into concrete plans.",
    "The role is based in {place}, with the option to work from home up to three days a week.",
    "In your first ninety days you will get to know our customers, our codebase and our way "
    "of working.",
]
DUTIES = [
    "Design, build and maintain {thing} using {skill} and {skill2}.",
    "Own the reliability and performance of our {skill} services in production.",
    "Collaborate with product managers and designers to turn requirements into shippable "
    "increments.",
    "Write clear technical documentation and keep our runbooks up to date.",
    "Mentor junior colleagues through pairing, code review and regular one-to-ones.",
    "Take part in an on-call rotation, roughly one week in {n}, with generous time off in lieu.",
    "Analyse data with {skill} to understand how customers use {thing} and where they struggle.",
    "Improve our delivery pipeline so that changes reach customers safely several times a day.",
    "Lead technical discussions and drive decisions that balance speed, quality and cost.",
    "Work with stakeholders across the business to prioritise the work that matters most.",
    "Build dashboards and reports in {skill} for leadership and operations teams.",
    "Run experiments, measure their impact and share the results with the wider company.",
    "Migrate legacy components to {skill} without interrupting the service for our customers.",
    "Partner with security and compliance to keep customer data safe and our audits clean.",
    "Prepare budgets and forecasts, and explain variances to the leadership team.",
    "Represent the team at conferences and meetups when you want to.",
]
REQUIREMENTS = [
    "{years}+ years of professional experience as a {role} or in a similar role.",
    "Strong experience with {skill}, {skill2} and {skill3}.",
    "Proven track record of delivering {thing} in a fast-paced environment.",
    "Hands-on experience with {skill} in production, including monitoring and troubleshooting.",
    "Solid understanding of {skill} and of the trade-offs between different approaches.",
    "{education}.",
    "{soft}.",
    "Fluent English, written and spoken; {language} is an advantage.",
    "You are comfortable with {skill} and willing to learn {skill2}.",
    "Experience working with distributed teams across time zones.",
    "A portfolio or examples of past work that you are proud of.",
    "You must have the right to work in {place}; we cannot sponsor visas for this role.",
    "Familiarity with {skill} is required, and knowledge of {skill2} is essential.",
    "You have shipped software used by thousands of people and learned from its mistakes.",
]
NICE = [
    "Experience with {skill} or {skill2}.",
    "Knowledge of the {domain} industry is a plus.",
    "Contributions to open-source projects, especially around {skill}.",
    "A certification such as {cert} would be nice to have.",
    "Exposure to {skill} is a bonus, but we are happy to teach it.",
    "Previous experience in a start-up or a scale-up.",
]
BENEFITS = [
    "A competitive salary between ${low},000 and ${high},000, plus equity.",
    "{days} days of paid holiday, plus public holidays and your birthday off.",
    "Private health, dental and vision insurance for you and your dependants.",
    "A yearly learning budget of ${budget} for books, courses and conferences.",
    "A home-office allowance and the latest equipment of your choice.",
    "Flexible working hours and a four-day week during the summer months.",
    "Sixteen weeks of fully paid parental leave for every parent.",
    "Company retreats twice a year in places chosen by the team.",
    "A pension plan with employer contributions of up to {n}%.",
]
PROCESS = [
    "Our process has four steps: a call with our recruiter, a take-home exercise of about "
    "two hours, a technical conversation with two engineers and a final chat with the hiring "
    "manager.",
    "We aim to give you an answer within two weeks of your application, and feedback at "
    "every stage.",
    "If you need any adjustments during the interview process, let us know and we will make them.",
    "Not sure you meet every requirement? Apply anyway: we would rather hear from you than not.",
]
EEO = [
    "{company} is an equal opportunity employer. We do not discriminate on the basis of "
    "race, religion, colour, national origin, gender, sexual orientation, age, marital "
    "status, veteran status or disability.",
    "We are committed to building a diverse and inclusive workplace and encourage "
    "applications from people of every background.",
]
THINGS = [
    "the billing platform",
    "our customer onboarding flow",
    "the analytics pipeline",
    "the mobile app",
    "our search experience",
    "the partner API",
    "the internal tooling",
    "the pricing engine",
    "the fraud detection system",
    "our design system",
]
AREAS = [
    "Engineering",
    "Data",
    "Product",
    "Finance",
    "Marketing",
    "Operations",
    "Security",
    "Design",
]
CERTS = ["AWS Certified Solutions Architect", "CISSP", "PMP", "CPA", "Scrum Master", "CKA"]
HEADINGS = {
    "about": ["About us", "Who we are", "About the company"],
    "role": ["The role", "About the role", "Your mission"],
    "duties": ["What you'll do", "Responsibilities", "Your responsibilities", "Key duties"],
    "requirements": ["Requirements", "What we're looking for", "Qualifications", "About you"],
    "nice": ["Nice to have", "Bonus points", "Preferred qualifications"],
    "benefits": ["What we offer", "Benefits", "Perks"],
    "process": ["How we hire", "Our interview process"],
}


def _fill(rng: random.Random, template: str, fields: dict) -> str:
    skills = rng.sample(POOL, 3)
    values = dict(
        fields,
        skill=skills[0],
        skill2=skills[1],
        skill3=skills[2],
        n=rng.randint(2, 40),
        year=rng.randint(1995, 2021),
        letter=rng.choice("ABCDE"),
        thing=rng.choice(THINGS),
        area=rng.choice(AREAS),
        years=rng.randint(2, 10),
        education=rng.choice(EDUCATION),
        soft=rng.choice(SOFT + SOFT_MORE).capitalize(),
        language=rng.choice(["German", "Spanish", "French", "Dutch", "Japanese"]),
        cert=rng.choice(CERTS),
        low=rng.randint(55, 140),
        high=rng.randint(141, 240),
        days=rng.randint(25, 35),
        budget=rng.choice(["1,000", "1,500", "2,500"]),
    )
    return template.format(**values)


def _section(
    rng: random.Random, key: str, pool: list[str], count: int, fields: dict, *, bullets: bool
) -> list[str]:
    chosen = [_fill(rng, template, fields) for template in rng.sample(pool, min(count, len(pool)))]
    lines = ["", rng.choice(HEADINGS[key])] if key in HEADINGS else [""]
    if bullets:
        marker = rng.choice(["- ", "• ", "* "])
        return lines + [marker + sentence for sentence in chosen]
    return lines + [" ".join(chosen)]


def vacancy(seed: int, size: int = 4096) -> str:
    """One posting of about `size` bytes (within a few hundred), seeded."""
    rng = random.Random(seed)
    company = (
        f"{rng.choice(['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Brightwave', 'Litware'])} "
        f"{rng.choice(['Labs', 'Systems', 'Group', 'Health', 'Commerce', 'Analytics'])}"
    )
    role = f"{rng.choice(['Senior ', 'Junior ', 'Staff ', 'Lead ', ''])}{rng.choice(ROLES)}"
    fields = {
        "role": role,
        "company": company,
        "domain": rng.choice(DOMAINS),
        "place": rng.choice(PLACES),
    }
    head = [
        role,
        f"{company} · {fields['place']} · {rng.choice(['Full-time', 'Contract', 'Part-time'])}",
    ]
    scale = max(1, size // 1300)
    sections = [
        _section(rng, "about", ABOUT, 2 + scale, fields, bullets=False),
        _section(rng, "role", ROLE_INTRO, 1 + scale, fields, bullets=False),
        _section(rng, "duties", DUTIES, 3 + 2 * scale, fields, bullets=True),
        _section(
            rng, "requirements", REQUIREMENTS, 3 + 2 * scale, fields, bullets=rng.random() < 0.85
        ),
        _section(rng, "nice", NICE, 1 + scale, fields, bullets=True),
        _section(rng, "benefits", BENEFITS, 2 + scale, fields, bullets=True),
        _section(rng, "process", PROCESS, 1 + scale // 2, fields, bullets=False),
        _section(rng, "eeo", EEO, 1 + scale // 3, fields, bullets=False),
    ]

    def text() -> str:
        return "\n".join(head + [line for section in sections for line in section])

    # Trim or pad the list of duties so the size lands near what was asked for.
    duties = sections[2]
    marker = duties[-1][:2]
    while len(text().encode()) > size + 200 and len(duties) > 4:
        duties.pop(rng.randrange(2, len(duties)))
    while len(text().encode()) < size - 200:
        duties.append(marker + _fill(rng, rng.choice(DUTIES), fields))
    return text()


def vacancies(count: int, *, low: int = 2048, high: int = 6144, seed: int = 0) -> list[str]:
    """`count` postings of sizes spread evenly between `low` and `high` bytes."""
    rng = random.Random(seed)
    return [vacancy(seed * 1_000_003 + index, rng.randint(low, high)) for index in range(count)]
