"""A PDF page of many words scattered in tiny type is read in about a second, not minutes."""

import io
import random
import time

from reportlab.pdfgen import canvas

from resumeopt.importers import pdf


def scattered_words_pdf(count: int) -> bytes:
    """A resume's first lines, then `count` words in type of 0.5 to 3 points all over the
    page (the shape of a word cloud or of text hidden in tiny type)."""
    placement = random.Random(3)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("Helvetica", 14)
    page.drawString(50, 800, "Jane Roe")
    page.setFont("Helvetica", 10)
    page.drawString(50, 785, "jane@example.com")
    page.drawString(50, 770, "EXPERIENCE")
    page.drawString(50, 755, "Senior Engineer, Acme Corp 2019 - present")
    for number in range(count):
        page.setFont("Helvetica", placement.choice([0.5, 1, 2, 3]))
        page.drawString(
            placement.uniform(20, 560), placement.uniform(20, 740), f"word{number} 2019"
        )
    page.save()
    return buffer.getvalue()


def test_a_page_of_1500_scattered_words_is_read_quickly_and_keeps_its_top_lines():
    data = scattered_words_pdf(1500)
    started = time.process_time()
    lines, _ = pdf.read_pdf(data)
    assert time.process_time() - started < 5  # 1,000 words took 8.5 s, and grew in their square
    texts = [line.text for line in lines if line.text.strip()]
    assert texts[:2] == ["Jane Roe", "jane@example.com"]
