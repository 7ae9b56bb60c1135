"""Word files of the `varied12` set (run from this folder): a three-column page flattened
row by row as a PDF-to-Word converter leaves it, one paragraph per printed row."""

from docx import Document

ROWS = [
    "Nomvula Dlamini",
    "Treasury Operations Officer",
    "CONTACT EXPERIENCE EDUCATION",
    "Durban, South Africa Treasury Operations Officer BCom Finance",
    "+27 71 555 0456 Nedbank Group University of KwaZulu-Natal",
    "nomvula.dlamini@gmail.com Mar 2020 - Present 2012 - 2015",
    "SKILLS Settled FX and money-market deals BCom Honours Economics",
    "SWIFT, SAP for the KZN corporate desk. Durban University of Technology",
    "Excel, Power BI Payments Clerk 2016",
    "LANGUAGES Sanlam Investment Holdings",
    "isiZulu (native) Feb 2016 - Feb 2020",
    "English (fluent) Processed daily fund flows.",
]


def main() -> None:
    document = Document()
    for row in ROWS:
        document.add_paragraph(row)
    document.save("13_treasury_three_col_flat_za.docx")


if __name__ == "__main__":
    main()
