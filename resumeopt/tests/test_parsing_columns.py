"""Entry headers in a narrow side column, flattened row by row into the description
beside them (`resumeopt.importers.parsing.columns`)."""

from resumeopt.importers.parsing import Line, parse_lines
from resumeopt.importers.parsing.columns import (
    side_headers_apart,
    split_header_piece,
    split_header_suffix,
    whole_titles,
)

# Two jobs: employer, a title over one or two rows and the dates on the left; the
# description's rows on the right, read on the same lines.
FLATTENED = """\
Northwind Traders Building a route planner for delivery vans (Kotlin,
Senior Backend and PostGIS). Award: best internal tool of the
Engineer year, used by every depot in the region.
JUNE 2019 TO PRESENT and later sold to two partner firms.
Contoso Analytics Maintaining the nightly billing pipeline (Scala, Spark),
Data Engineer on-call for the reporting stack.
FEB 2015 TO MAY 2019 cut the batch window from six hours to forty minutes"""


def _lines(text: str) -> list[Line]:
    return [Line(line) for line in text.split("\n")]


def test_header_pieces_are_split_from_the_description_beside_them():
    assert split_header_piece("Senior Backend and PostGIS). Award: best tool") == (
        "Senior Backend",
        "and PostGIS). Award: best tool",
    )
    assert split_header_piece("Data Engineer on-call for the reporting stack.") == (
        "Data Engineer",
        "on-call for the reporting stack.",
    )
    assert split_header_piece("Contoso Analytics Maintaining the pipeline (Scala),") == (
        "Contoso Analytics",
        "Maintaining the pipeline (Scala),",
    )
    # A whole header (title, employer, place) beside nothing is no side column's piece.
    assert split_header_piece("Data Engineer Contoso Analytics, Leeds, UK") is None
    assert split_header_piece("maintaining the nightly pipeline with Spark") is None


def test_each_side_header_gets_lines_of_its_own_and_its_description_one_body_line():
    lines = side_headers_apart(_lines(FLATTENED))
    assert [(line.text, line.bullet) for line in lines] == [
        ("Northwind Traders", False),
        ("Senior Backend Engineer", False),
        ("JUNE 2019 TO PRESENT", False),
        (
            "Building a route planner for delivery vans (Kotlin, and PostGIS). Award: "
            "best internal tool of the year, used by every depot in the region. and later "
            "sold to two partner firms.",
            True,
        ),
        ("Contoso Analytics", False),
        ("Data Engineer", False),
        ("FEB 2015 TO MAY 2019", False),
        (
            "Maintaining the nightly billing pipeline (Scala, Spark), on-call for the "
            "reporting stack. cut the batch window from six hours to forty minutes",
            True,
        ),
    ]


def test_dates_first_headers_and_durations_are_left_alone():
    # "Dates, then the title" and a duration after the range are headers, not a side column.
    text = (
        "Jan 2020 - Present Senior Engineer, Acme Corp\n"
        "Built the billing service.\n"
        "Mar 2017 - Dec 2019 (2 years 9 months)\n"
        "Engineer, Globex"
    )
    lines = _lines(text)
    assert side_headers_apart(lines) is lines


def test_a_flattened_side_column_imports_as_jobs():
    document = parse_lines(_lines(f"Jane Roe\njane@example.com\n\nExperience\n{FLATTENED}"))
    assert [
        (job.get("name"), job.get("position"), job.get("startDate")) for job in document["work"]
    ] == [
        ("Northwind Traders", "Senior Backend Engineer", "2019-06"),
        ("Contoso Analytics", "Data Engineer", "2015-02"),
    ]


def test_a_town_row_and_a_lower_case_title_stay_in_the_header_column():
    text = (
        "Fabrikam Logistics  Planning delivery routes for the north region and\n"
        "route planner  negotiating rates with carriers; reporting\n"
        "Lyon, France  weekly to the operations director.\n"
        "MAR 2018 – PRESENT  the depot's on-time rate rose to 97%.\n"
        "Tailspin Freight  ran the dispatch desk for forty drivers,\n"
        "Dispatcher  handled claims and trained new staff.\n"
        "JAN 2014 – FEB 2018"
    )
    lines = [line.text for line in side_headers_apart(_lines(text))]
    assert lines[:4] == [
        "Fabrikam Logistics",
        "route planner",
        "Lyon, France",
        "MAR 2018 – PRESENT",
    ]
    assert lines[5:8] == ["Tailspin Freight", "Dispatcher", "JAN 2014 – FEB 2018"]


def test_body_labels_and_title_at_employer_rows_are_not_header_pieces():
    assert split_header_piece("Tech stack: Kotlin, Spring, PostGIS") is None
    assert split_header_piece("Web-developer at Fabrikam LLC, Lyon, France") is None


def test_dates_on_top_of_the_column_take_the_pieces_below_them():
    text = (
        "2019 – Present Running the claims desk for the southern branches and\n"
        "Claims Adjuster training four new adjusters a year.\n"
        "Woodgrove Insurance \n"
        "2015 – 2019 handled motor claims from first call to payment, and\n"
        "Claims Handler kept the branch's backlog under two weeks.\n"
        "Litware Mutual"
    )
    lines = [(line.text, line.bullet) for line in side_headers_apart(_lines(text))]
    assert lines == [
        ("2019 – Present", False),
        ("Claims Adjuster", False),
        ("Woodgrove Insurance", False),
        (
            "Running the claims desk for the southern branches and training four new "
            "adjusters a year.",
            True,
        ),
        ("2015 – 2019", False),
        ("Claims Handler", False),
        ("Litware Mutual", False),
        (
            "handled motor claims from first call to payment, and kept the branch's backlog "
            "under two weeks.",
            True,
        ),
    ]


def test_date_rows_alone_still_close_header_columns_with_descriptions_beside_them():
    # The description ends before the header column does: every date row is bare, but
    # each entry's other rows hold its description.
    text = (
        "Fabrikam Ltd. Writing the billing services in Go; on call for\n"
        "Backend Developer the settlement jobs.\n"
        "JAN 2021 – PRESENT\n"
        "Contoso Mentoring children in Python on Saturday\n"
        "Volunteer Tutor mornings, twice a month.\n"
        "2016 – 2019"
    )
    lines = [line.text for line in side_headers_apart(_lines(text))]
    assert lines == [
        "Fabrikam Ltd.",
        "Backend Developer",
        "JAN 2021 – PRESENT",
        "Writing the billing services in Go; on call for the settlement jobs.",
        "Contoso",
        "Volunteer Tutor",
        "2016 – 2019",
        "Mentoring children in Python on Saturday mornings, twice a month.",
    ]


def test_a_range_the_narrow_column_wrapped_over_two_rows_is_read_whole():
    text = (
        "Site Engineer planning the pours and checking the rebar on three\n"
        "Tailspin Builders Ltd housing blocks; running the weekly subcontractor\n"
        "Apr 2019 – meetings and the snagging lists.\n"
        "present\n"
        "Assistant Engineer surveyed plots and kept the daily site diary for the\n"
        "Litware Construction bridge works.\n"
        "Jun 2016 –\n"
        "Mar 2019"
    )
    lines = [line.text for line in side_headers_apart(_lines(text))]
    assert lines == [
        "Site Engineer",
        "Tailspin Builders Ltd",
        "Apr 2019 – present",
        "planning the pours and checking the rebar on three housing blocks; running the "
        "weekly subcontractor meetings and the snagging lists.",
        "Assistant Engineer",
        "Litware Construction",
        "Jun 2016 – Mar 2019",
        "surveyed plots and kept the daily site diary for the bridge works.",
    ]


def test_a_one_word_name_before_the_description_but_not_a_sentence_start():
    assert split_header_piece("Fabrikam monitoring the trials at eleven sites, training") == (
        "Fabrikam",
        "monitoring the trials at eleven sites, training",
    )
    assert split_header_piece("Contoso Bank Responsible for the loan book, reporting") == (
        "Contoso Bank",
        "Responsible for the loan book, reporting",
    )
    assert split_header_piece("The application runs on three platforms, and more") is None


def test_a_title_wrapped_in_the_column_is_made_whole_but_not_joined_to_its_employer():
    assert whole_titles(["Fabrikam", "Clinical Research", "Associate", "Lyon, France"]) == [
        "Fabrikam",
        "Clinical Research Associate",
        "Lyon, France",
    ]
    assert whole_titles(["Fabrikam", "Senior Data", "Engineer"]) == [
        "Fabrikam",
        "Senior Data Engineer",
    ]
    assert whole_titles(["Fabrikam", "Engineer"]) == ["Fabrikam", "Engineer"]


def test_a_header_column_on_the_right_ends_each_row():
    text = (
        "Ran the spring campaign for the new range of outdoor Marketing Manager\n"
        "furniture, from the agency brief to the shop displays Northwind Traders\n"
        "in forty stores. Mar 2019 – Present\n"
        "wrote the newsletters and the product pages, and ran Copywriter\n"
        "the social accounts for the garden centres. Contoso Garden\n"
        "and the blog. Jan 2016 – Feb 2019"
    )
    lines = [line.text for line in side_headers_apart(_lines(text))]
    assert lines == [
        "Marketing Manager",
        "Northwind Traders",
        "Mar 2019 – Present",
        "Ran the spring campaign for the new range of outdoor furniture, from the agency "
        "brief to the shop displays in forty stores.",
        "Copywriter",
        "Contoso Garden",
        "Jan 2016 – Feb 2019",
        "wrote the newsletters and the product pages, and ran the social accounts for the "
        "garden centres. and the blog.",
    ]
    # A header line with its dates at the end is no right-hand column.
    assert split_header_suffix("the social accounts for the garden centres. Contoso Garden") == (
        "Contoso Garden",
        "the social accounts for the garden centres.",
    )
    header = _lines("Senior Engineer, Acme Corp  Jan 2019 – Present\nBuilt the billing service.")
    assert side_headers_apart(header) is header


def test_small_words_inside_names_and_titles_stay_in_the_piece():
    assert split_header_piece("Johnson & Johnson yearly contract talks with buyers") == (
        "Johnson & Johnson",
        "yearly contract talks with buyers",
    )
    assert split_header_piece("Head of Sales building the partner channel, hiring") == (
        "Head of Sales",
        "building the partner channel, hiring",
    )


def test_a_short_last_description_does_not_hide_the_layout():
    # Three bare date rows; the last entry has one piece of description beside its
    # header, the others two.
    text = (
        "Fabrikam Running the ticket queue for the whole region (Jira,\n"
        "Support Lead Zendesk); cut the first reply time to four hours.\n"
        "FEB 2021 – PRESENT\n"
        "Contoso maintained the printers and laptops of two offices,\n"
        "IT Technician and ran the weekly backups.\n"
        "MAY 2017 – JAN 2021\n"
        "Litware answered calls for a bank client.\n"
        "Helpdesk Agent\n"
        "JUL 2015 – APR 2017"
    )
    lines = [line.text for line in side_headers_apart(_lines(text))]
    assert lines[-4:] == [
        "Litware",
        "Helpdesk Agent",
        "JUL 2015 – APR 2017",
        "answered calls for a bank client.",
    ]


def test_a_bullet_of_the_description_column_ends_the_header_piece():
    assert split_header_piece("Fabrikam Foods, Round Rock TX - packed orders on two lines") == (
        "Fabrikam Foods, Round Rock TX",
        "packed orders on two lines",
    )


def test_a_right_hand_column_with_the_dates_on_top_takes_the_rows_below():
    text = (
        "Leading the night shift of twelve pickers, planning the Mar 2020 – Present\n"
        "rota and checking the loads before dispatch. Shift Supervisor\n"
        "Cut picking errors by half in one year. Northwind Logistics"
    )
    lines = [line.text for line in side_headers_apart(_lines(text))]
    assert lines == [
        "Mar 2020 – Present",
        "Shift Supervisor",
        "Northwind Logistics",
        "Leading the night shift of twelve pickers, planning the rota and checking the loads "
        "before dispatch. Cut picking errors by half in one year.",
    ]


def test_a_list_item_the_format_marked_is_never_a_side_column_row():
    # A Word or PDF list item, its bullet mark kept out of the text: a verb in capitals
    # before lower-case words ("Cut mis-picks ...") is the bullet's first word, not a side
    # column's employer beside its description.
    lines = [
        Line("EXPERIENCE", heading=True),
        Line("Operations Manager · Northwind Foods"),
        Line("Dallas, Texas · Feb 2021 – Present"),
        Line("Run a perishables warehouse with 310 staff on three shifts.", bullet=True),
        Line("Operations Supervisor"),
        Line("Jun 2017 – Jan 2021"),
        Line("Cut mis-picks 38% by re-slotting the fast movers.", bullet=True),
        Line("Warehouse Lead · UNITED PARCEL SERVICE (UPS)"),
        Line("Mar 2015 – May 2017"),
        Line("Preload Supervisor"),
        Line("Laredo, Texas · Aug 2012 – Feb 2015"),
        Line("Supervised 45 preloaders; on-time dispatch 99.2%.", bullet=True),
    ]
    assert side_headers_apart(lines[1:]) == lines[1:]
    work = parse_lines(lines)["work"]
    assert [job.get("name") for job in work] == [
        "Northwind Foods",
        None,
        "UNITED PARCEL SERVICE (UPS)",
        None,
    ]
    assert work[3]["highlights"] == ["Supervised 45 preloaders; on-time dispatch 99.2%."]
