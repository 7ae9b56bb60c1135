"""Resumes as a job board (Indeed) exports them: a name, a headline, then sections whose
fields each stand on their own line, often between blank lines."""

from resumeopt.importers import import_text


def test_a_title_after_the_last_jobs_bullets_heads_the_next_job_between_blank_lines():
    work = import_text(
        "Arjun Mehta\n\nWORK EXPERIENCE\n\nSenior Systems Engineer\n\n"
        "INFOSYS LIMITED - Mysore, Karnataka\n\nApril 2018 to Present\n\n"
        "• Working on Informatica mappings.\n\nSystems Engineer\n\n"
        "INFOSYS LIMITED - Mysore, Karnataka\n\nApril 2016 to March 2018\n\n"
        "• Wrote Unix shell scripts.\n\nIntern\n\nBharat Electronics Limited -  Bangalore, "
        "Karnataka\n\nJanuary 2016 to March 2016\n"
    ).document["work"]
    assert [(job.get("position"), job.get("startDate")) for job in work] == [
        ("Senior Systems Engineer", "2018-04"),
        ("Systems Engineer", "2016-04"),
        ("Intern", "2016-01"),
    ]
    assert not any(job.get("summary") for job in work)


def test_a_service_record_names_the_branch_as_employer_and_the_rank_as_title():
    work = import_text(
        "Daniel Okafor\n\nWORK EXPERIENCE\n\nSales Associate\nBest Buy - Sugar Land, TX\n"
        "2013 to 2015\n\nMILITARY SERVICE\n\nService Country: United States\n"
        "Branch: Army National Guard\nRank: Specialist\nJune 2009 to June 2015\n"
    ).document["work"]
    assert work[-1]["name"] == "Army National Guard"
    assert work[-1]["position"] == "Specialist"
    assert work[-1]["startDate"] == "2009-06"
    assert work[-1]["location"] == "United States"


def test_a_school_leaving_level_with_its_stream_is_the_degree_and_its_field():
    education = import_text(
        "Rohit Kulkarni\n\nEDUCATION\n\nB.E in Information Science\n\nBVB College - Hubli, "
        "Karnataka\n\n2013 to 2017\n\n12th in Mathematics\n\nWoodbine Modern School\n\n"
        "2011 to 2013\n"
    ).document["education"]
    assert (education[1]["studyType"], education[1].get("area")) == ("12th", "Mathematics")
    assert education[1]["institution"] == "Woodbine Modern School"


def test_personal_details_are_kept_with_the_basics_never_unsorted_nor_the_headline():
    document = import_text(
        "[Photo]\nKarthik Subramanian\nFather's Name : S. Subramanian\nChennai, Tamil Nadu\n"
        "karthik@example.com\n\nEXPERIENCE\nJava Developer\nInfosys Limited - Chennai\n"
        "July 2014 to Present\n\nPERSONAL DETAILS\nDate of Birth: 14-05-1988\n"
        "Marital Status: Married\nPassport No: K1234567\n"
    ).document
    basics = document["basics"]
    assert basics["name"] == "Karthik Subramanian"
    assert "label" not in basics
    assert basics["personal"] == [
        "Father's Name: S. Subramanian",
        "Date of Birth: 14-05-1988",
        "Marital Status: Married",
        "Passport No: K1234567",
    ]
    assert not (document.get("meta") or {}).get("unsorted")


def test_a_job_boards_own_link_is_a_profile_even_wrapped_and_its_page_footer_is_dropped():
    document = import_text(
        "Venkata Sai Krishna\nHyderabad, Telangana - Email me on Indeed: indeed.com/r/Venkata-"
        "Sai-Krishna/\nf6931801c51c63b1\n\nSenior Test Engineer with 4 years of experience in "
        "manual and automation testing of\nweb applications.\n\nAuthorized to work in the US for"
        " any employer\n\nWORK EXPERIENCE\n\nTest Engineer\n\nMindtree Ltd - Bangalore, "
        "Karnataka\n\nJune 2013 to January 2016\n\n• Reviewed code of junior developers and\n\n"
        "https://www.indeed.com/r/Venkata-Sai-Krishna/f6931801c51c63b1?isid=rex-download&ikw="
        "download-top&co=IN\n\nmentored two new joiners.\n"
    ).document
    basics = document["basics"]
    assert basics["profiles"] == [
        {
            "network": "Indeed",
            "url": "https://indeed.com/r/Venkata-Sai-Krishna/f6931801c51c63b1",
            "username": "f6931801c51c63b1",
        }
    ]
    assert basics["summary"] == (
        "Senior Test Engineer with 4 years of experience in manual and automation testing of "
        "web applications."
    )
    assert basics["personal"] == ["Authorized to work in the US for any employer"]
    assert document["work"][0]["highlights"] == [
        "Reviewed code of junior developers and mentored two new joiners."
    ]
    assert not (document.get("meta") or {}).get("unsorted")


def test_a_title_with_a_dash_of_its_own_stays_whole_over_the_employer_and_place_line():
    work = import_text(
        "Manoj Yadav\nWORK EXPERIENCE\nSoftware Engineer - Intern\nZensar Technologies Pvt. "
        "Ltd -  Pune, Maharashtra\nJanuary 2017 to Present\n• Developed Angular screens.\n"
        "Associate - Projects\nCognizant -\n2015 to 2016\n"
    ).document["work"]
    assert [(job["position"], job["name"]) for job in work] == [
        ("Software Engineer - Intern", "Zensar Technologies Pvt. Ltd"),
        ("Associate - Projects", "Cognizant"),
    ]
    assert work[0]["location"] == "Pune, Maharashtra"


def test_the_last_job_with_no_dates_is_a_job_not_the_body_of_the_one_above():
    work = import_text(
        "Ayesha Siddiqui\n\nWORK EXPERIENCE\n\nTechnical Support Engineer\n\nAmazon Development"
        " Centre -  Hyderabad, Telangana\n\n2016 to Present\n\nHandling customer escalations "
        "for AWS services.\n\nCustomer Support Executive\n\nConcentrix\n\nEDUCATION\n\n"
        "Bachelor's in Computer Science\n\nOsmania University\n"
    ).document["work"]
    assert [(job.get("position"), job.get("name")) for job in work] == [
        ("Technical Support Engineer", "Amazon Development Centre"),
        ("Customer Support Executive", "Concentrix"),
    ]


def test_a_projects_label_under_a_jobs_dates_is_the_jobs_detail_not_a_section():
    document = import_text(
        "Neha Gupta\n\nWORK EXPERIENCE\n\nQA Engineer\n\nTata Consultancy Services -  Lucknow,"
        " Uttar Pradesh\n\nMarch 2018 to Present\n\nProjects: Core banking\n"
        "Roles and Responsibilities:\n• Executed test cases in HP ALM.\n\nQuality Analyst\n\n"
        "Wipro Limited -  Bangalore, Karnataka\n\nJuly 2016 to February 2018\n"
    ).document
    assert [job["name"] for job in document["work"]] == [
        "Tata Consultancy Services",
        "Wipro Limited",
    ]
    assert not document.get("projects")


def test_a_skills_years_wrapped_inside_its_bracket_stay_one_skill():
    skills = import_text(
        "Manoj Yadav\n\nSKILLS\n\nAngular (1 year), HTML (Less than 1 year), CSS (Less than 1\n"
        "year), Java (2 years)\nTools: Git (3\nyears), JIRA\n"
    ).document["skills"]
    keywords = {group["name"]: group["keywords"] for group in skills}
    assert keywords["Other skills"] == [
        "Angular (1 year)",
        "HTML (Less than 1 year)",
        "CSS (Less than 1 year)",
        "Java (2 years)",
    ]
    assert keywords["Tools"] == ["Git (3 years)", "JIRA"]


def test_additional_information_placed_elsewhere_leaves_no_heading_to_sort():
    document = import_text(
        "Marcus Hill\nWarehouse Associate\nColumbus, OH\n\n"
        "Reliable associate with forklift certification.\n\n"
        "WORK EXPERIENCE\n\nForklift Operator\nAmazon - Columbus, OH\nNovember 2019 to Present\n\n"
        "ADDITIONAL INFORMATION\n\nForklift certified, OSHA 10.\n"
    ).document
    assert document["basics"]["summary"] == "Reliable associate with forklift certification."
    assert [item["name"] for item in document["certificates"]] == ["Forklift certified", "OSHA 10"]
    assert not (document.get("meta") or {}).get("unsorted")


def test_additional_information_with_no_place_of_its_own_is_kept_under_its_heading():
    document = import_text(
        "Jessica Alvarez\nFull Stack Developer\nAustin, TX\n\n"
        "WORK EXPERIENCE\n\nWeb Developer\nDell Technologies - Round Rock, TX\n"
        "August 2014 to May 2017\n\n"
        "ADDITIONAL INFORMATION\n\nVolunteer mentor at Girls Who Code Austin.\n"
    ).document
    assert document["meta"]["unsorted"] == [
        "ADDITIONAL INFORMATION",
        "Volunteer mentor at Girls Who Code Austin.",
    ]


def test_a_header_sentence_wrapped_over_two_lines_is_the_summary_whole():
    basics = import_text(
        "Nina Park\n"
        "Frontend engineer with nine years of experience building fast, accessible shops\n"
        "and editors in React, Vue and TypeScript.\n\n"
        "EXPERIENCE\nFrontend Engineer, Shopify\n2016 - 2024\n"
    ).document["basics"]
    assert basics["summary"] == (
        "Frontend engineer with nine years of experience building fast, accessible shops "
        "and editors in React, Vue and TypeScript."
    )
