"""A posting's title against the resume's: the family of roles a recruiter puts each in.
Customer success is account management, inside sales is business-to-business selling, and
a Backend Engineer is a Software Engineer (issue #15)."""

from jobs.extraction import extract_requirements
from jobs.matching import match_resume, rank


def _resume(label: str) -> dict:
    return {
        "basics": {"label": label},
        "work": [
            {
                "name": "Brightdesk",
                "position": label,
                "startDate": "2021-03",
                "highlights": ["Worked with customers and teams across the company."],
            }
        ],
    }


def _posting(title: str) -> object:
    return extract_requirements(f"{title}\nRequirements\n- Two years of experience.\n")


def _role_fit(resume_title: str, posting_title: str) -> int:
    title = match_resume(_resume(resume_title), _posting(posting_title)).breakdown["title"]
    return title.get("role_score", title["score"])


def test_customer_success_is_read_with_sales_not_with_it_support():
    assert _role_fit("Customer Success Manager", "Account Executive") >= 50
    assert _role_fit("Customer Success Manager", "Account Manager") >= 50
    assert _role_fit("Customer Success Manager", "IT Support Technician") < 34
    assert _role_fit("Customer Success Manager", "Help Desk Technician") < 34


def test_a_customer_success_manager_ranks_sales_posts_above_it_support_and_says_why():
    resume = _resume("Customer Success Manager")
    resume["skills"] = [{"name": "Tools", "keywords": ["Salesforce", "Zendesk", "Excel"]}]
    titles = ("IT Support Technician", "Account Executive", "Help Desk Technician")
    postings = [
        (title, extract_requirements(f"{title}\nRequirements\n- Salesforce, Zendesk and Excel.\n"))
        for title in titles
    ]
    ranked = rank(resume, postings)
    assert [job for job, _ in ranked][0] == "Account Executive"
    places = {job: result.explanation for job, result in ranked}
    assert "title close" in places["Account Executive"]
    assert "another title" in places["IT Support Technician"]
    assert "another title" in places["Help Desk Technician"]


def test_inside_sales_is_a_sales_teams_post_not_a_stores():
    assert _role_fit("Account Executive", "Inside Sales Associate") >= 50
    assert _role_fit("Cashier", "Inside Sales Associate") < 34
    assert _role_fit("Cashier", "Outside Sales Associate") < 34
    # A Sales Associate works a store's floor as often as a sales team's: both families.
    assert _role_fit("Cashier", "Sales Associate") >= 50
    assert _role_fit("Account Executive", "Sales Associate") >= 50


def test_a_family_named_by_two_words_is_read():
    assert _role_fit("Account Executive", "Business Development Representative") >= 50
    assert _role_fit("Registered Nurse", "Business Development Representative") == 0


def test_a_kind_of_developer_fits_a_software_engineer_post():
    for kind in ("Backend Engineer", "Frontend Developer", "Full Stack Developer", "iOS Developer"):
        assert _role_fit(kind, "Software Engineer") >= 67, kind
    assert _role_fit("Front End Developer", "Web Developer") >= 67
    # Not the other way round: a Software Engineer may never have done the specialty.
    assert 34 <= _role_fit("Software Engineer", "Frontend Engineer") < 67
    # Nor for a post whose other words are no developer's, or of another line of software.
    assert _role_fit("Backend Engineer", "Engineering Manager") < 67
    assert _role_fit("QA Engineer", "Software Engineer") < 34


def test_a_two_word_specialty_is_read_as_one():
    # "Front End" and "Back End" written apart are the frontend and backend lines, as written
    # together: not a general developer's title, which every developer's post would fit.
    for written in ("Front End Developer", "Frontend Developer"):
        assert _role_fit(written, "Back End Engineer") < 34, written
        assert _role_fit(written, "Backend Engineer") < 34, written
    assert _role_fit("Full Stack Developer", "Frontend Engineer") >= 34


def test_a_backend_engineer_is_told_a_software_engineer_post_fits():
    resume = _resume("Backend Engineer")
    resume["skills"] = [{"name": "Tech", "keywords": ["Python", "PostgreSQL"]}]
    postings = [
        (title, extract_requirements(f"{title}\nRequirements\n- Python and PostgreSQL.\n"))
        for title in ("QA Automation Engineer", "Software Engineer", "Data Engineer")
    ]
    ranked = rank(resume, postings)
    assert ranked[0][0] == "Software Engineer"
    assert "title fits" in ranked[0][1].explanation


def test_a_posting_headed_by_a_shortened_role_word_has_its_title_read():
    body = (
        "\nBrightwell Stores\n\nRequirements\n- 1+ years of retail experience.\n- Cash handling.\n"
    )
    for head in ("Sales Assoc.", "Store Mgr", "Sales Rep", "Program Coord."):
        # A trailing full stop may go: the title is the words.
        assert extract_requirements(head + body).title.rstrip(".") == head.rstrip("."), head


def test_a_shortened_role_word_fits_as_the_word_in_full():
    assert _role_fit("Sales Associate", "Sales Assoc.") == 100
    assert _role_fit("Store Manager", "Store Mgr") == 100
    assert _role_fit("Sales Representative", "Inside Sales Rep") >= 67


def test_a_technician_is_of_the_line_the_word_before_names():
    # "Technician" is every line's word: a Pharmacy Technician is pharmacy, not a trade.
    assert _role_fit("Pharmacy Technician", "Electrician") < 34
    assert _role_fit("Pharmacy Technician", "HVAC Technician") < 34
    assert _role_fit("Help Desk Technician", "Electrician") < 34
    assert _role_fit("Pharmacy Technician", "Pharmacist") >= 50
    # Where no other word names a line, the technician is still a tradesman's.
    assert _role_fit("Maintenance Technician", "HVAC Technician") >= 50
    assert _role_fit("Electrician", "Field Service Technician") >= 50


def test_a_pharmacy_technician_ranks_a_pharmacy_post_above_an_electricians():
    resume = _resume("Pharmacy Technician")
    resume["skills"] = [{"name": "Work", "keywords": ["Inventory Management", "Customer Service"]}]
    postings = [
        (title, extract_requirements(f"{title}\nRequirements\n- Inventory management.\n"))
        for title in ("Electrician", "Pharmacist")
    ]
    ranked = rank(resume, postings)
    places = {job: result.explanation for job, result in ranked}
    assert ranked[0][0] == "Pharmacist"
    assert "another title" in places["Electrician"]


def test_a_line_whose_words_alone_name_another_is_read_as_itself():
    # Customer care is a support desk's work, not a nurse's; child care is early education;
    # a social worker is no social media marketer; data entry is office work.
    assert _role_fit("Customer Care Representative", "Registered Nurse") == 0
    assert _role_fit("Customer Care Representative", "Customer Service Representative") >= 50
    assert _role_fit("Child Care Worker", "Registered Nurse") == 0
    assert _role_fit("Child Care Worker", "Preschool Teacher") >= 50
    assert _role_fit("Social Worker", "Marketing Manager") < 34
    assert _role_fit("Data Entry Clerk", "Administrative Assistant") >= 50
    assert _role_fit("Medical Billing Specialist", "Accounts Receivable Specialist") >= 50
    assert _role_fit("Call Center Representative", "Customer Service Representative") >= 50


def test_a_word_another_lines_phrase_takes_is_no_shared_role_word():
    # "Data" is data entry's, not a data analyst's: the two share no line of work.
    assert _role_fit("Data Entry Clerk", "Data Analyst") < 34
    assert _role_fit("Social Worker", "Social Media Manager") < 34
    # A shared word of one line still counts ("Sales" of an Inside Sales Associate).
    assert _role_fit("Inside Sales Associate", "Sales Associate") >= 50
