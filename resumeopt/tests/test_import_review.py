"""Fixing what the parser was unsure of on the review screen, before anything is saved."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from resumeopt.importers import import_text
from resumeopt.importers.review import apply_review, without_entries
from resumeopt.models import Resume

pytestmark = pytest.mark.django_db

UNSURE = (
    "Jane Roe\njane@example.com | +1 555 123 4567\n\nEXPERIENCE\nSenior Python Developer\n"
    "2019 - 2022\n• Built the billing service\n• Cut invoice errors by 40%\n\n"
    "Backend Developer, Wix (Tel Aviv, Israel)\n2016 - 2019\n• Wrote the payments API\n\n"
    "EDUCATION\nTel Aviv University\nB.Sc. in Computer Science, 2012 - 2016\n"
)


def _review(user_client, text=UNSURE) -> str:
    response = user_client.post(reverse("resume_import"), {"text": text})
    assert response.status_code == 200
    return response.content.decode()


class _FormFields(HTMLParser):
    """The fields of the review form as a browser would
    send them: inputs, checked boxes, selects."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, str] = {}
        self.select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            if attrs.get("type") != "checkbox" or "checked" in attrs:
                self.data[name] = attrs.get("value") or ""
        elif tag == "select":
            self.select = name
        elif (
            tag == "option"
            and self.select
            and ("selected" in attrs or self.select not in self.data)
        ):
            self.data[self.select] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def _form_data(page: str) -> dict[str, str]:
    form = re.search(r'<form id="review-form".*?</form>', page, re.S)[0]
    parser = _FormFields()
    parser.feed(form)
    return parser.data


def test_only_the_doubtful_entry_gets_a_form_with_its_unsure_field_marked(user_client):
    page = _review(user_client)
    assert "Please check 1 field" in page
    assert 'name="fix-work-0-name"' in page  # the job with no employer
    assert 'name="fix-work-1-name"' not in page  # read with confidence: no form
    field = re.search(r'<input type="text" name="fix-work-0-name"[^>]*>', page)[0]
    assert 'aria-describedby="id_fix-work-0-name_doubt"' in field
    assert '<div class="doubt" id="id_fix-work-0-name_doubt">No employer was found.</div>' in page
    position = re.search(r'<input type="text" name="fix-work-0-position"[^>]*>', page)[0]
    assert 'value="Senior Python Developer"' in position and "aria-describedby" not in position


def test_the_entry_is_shown_beside_the_lines_it_was_read_from(user_client):
    page = _review(user_client)
    source = re.search(r'<ol class="source-lines"[^>]*>(.*?)</ol>', page, re.S)[1]
    assert re.findall(r"<li>(.*?)</li>", source) == [
        "Senior Python Developer",
        "2019 - 2022",
        "• Built the billing service",
        "• Cut invoice errors by 40%",
    ]


def test_a_fixed_field_is_saved_and_everything_untouched_is_saved_as_parsed(user_client, user):
    page = _review(user_client)
    data = _form_data(page)
    data["fix-work-0-name"] = "Acme Payments"
    response = user_client.post(reverse("resume_import_confirm"), data)
    resume = Resume.objects.get(owner=user)
    assert response["Location"] == resume.get_absolute_url()
    expected = import_text(UNSURE).document
    expected["work"][0]["name"] = "Acme Payments"
    assert resume.content == expected


def test_submitting_the_form_untouched_saves_exactly_the_parse(user_client, user):
    user_client.post(reverse("resume_import_confirm"), _form_data(_review(user_client)))
    assert Resume.objects.get(owner=user).content == import_text(UNSURE).document


def test_a_bad_date_is_shown_in_place_and_nothing_is_saved(user_client, user):
    data = _form_data(_review(user_client))
    data["fix-work-0-startDate"] = "sometime"
    data["fix-work-0-name"] = "Acme Payments"
    response = user_client.post(reverse("resume_import_confirm"), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert not Resume.objects.filter(owner=user).exists()
    assert "Write the date as 2021-03, Mar 2021 or 2021." in page
    assert 'value="Acme Payments"' in page  # what the user typed is still there


def test_checking_an_entry_with_htmx_answers_that_entry_only(user_client):
    data = _form_data(_review(user_client))
    data["fix-work-0-name"] = "Acme Payments"
    data["check"] = "work/0"
    response = user_client.post(reverse("resume_import_review"), data, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert page.lstrip().startswith('<fieldset id="check-work-0"')
    assert "This entry looks right now." in page
    assert "_doubt" not in page


def test_checking_without_javascript_shows_the_whole_review_with_the_fixes_kept(user_client):
    data = _form_data(_review(user_client))
    data["fix-work-0-startDate"] = "never"
    data["check"] = "work/0"
    response = user_client.post(reverse("resume_import_review"), data)
    page = response.content.decode()
    assert "Check what we read" in page and 'name="payload"' in page
    assert 'value="never"' in page and "Write the date as" in page


def test_an_entry_that_is_not_real_can_be_left_out(user_client, user):
    data = _form_data(_review(user_client))
    data["fix-work-0-remove"] = "on"
    user_client.post(reverse("resume_import_confirm"), data)
    work = Resume.objects.get(owner=user).content["work"]
    assert [job["name"] for job in work] == ["Wix"]


def _review_json(user_client, document) -> str:
    upload = SimpleUploadedFile("resume.json", json.dumps(document).encode())
    response = user_client.post(reverse("resume_import"), {"file": upload})
    assert response.status_code == 200
    return response.content.decode()


WITH_UNSORTED = {
    "basics": {"name": "Jane Roe", "email": "jane@example.com"},
    "work": [{"name": "Wix", "position": "Backend Developer", "startDate": "2016"}],
    "meta": {"unsorted": ["Chess <b>club</b> captain", "Docker, Kubernetes", "Page 2 of 2"]},
}


def test_unsorted_lines_are_listed_escaped_each_with_a_place_to_go(user_client):
    page = _review_json(user_client, WITH_UNSORTED)
    assert "Chess &lt;b&gt;club&lt;/b&gt; captain" in page and "<b>club</b>" not in page
    assert "Please check" not in page  # a JSON Resume is read field by field: nothing guessed
    labels = re.findall(r'<label for="id_unsorted-(\d+)-place">(.*?)</label>', page)
    assert [line for _, line in labels] == [
        "Chess &lt;b&gt;club&lt;/b&gt; captain",
        "Docker, Kubernetes",
        "Page 2 of 2",
    ]
    options = re.findall(
        r'<option value="([^"]*)"', page.split('id="id_unsorted-0-place"')[1].split("</select>")[0]
    )
    assert options == ["keep", "discard", "summary", "skills", "work/0"]


def test_unsorted_lines_are_placed_dropped_or_kept(user_client, user):
    data = _form_data(_review_json(user_client, WITH_UNSORTED))
    data.update(
        {"unsorted-0-place": "work/0", "unsorted-1-place": "skills", "unsorted-2-place": "discard"}
    )
    user_client.post(reverse("resume_import_confirm"), data)
    content = Resume.objects.get(owner=user).content
    assert content["work"][0]["highlights"] == ["Chess <b>club</b> captain"]
    assert content["skills"] == [{"name": "Other", "keywords": ["Docker", "Kubernetes"]}]
    assert "meta" not in content


def test_unsorted_lines_left_alone_stay_unsorted(user_client, user):
    data = _form_data(_review_json(user_client, WITH_UNSORTED))
    data["unsorted-1-place"] = "summary"
    user_client.post(reverse("resume_import_confirm"), data)
    content = Resume.objects.get(owner=user).content
    assert content["basics"]["summary"] == "Docker, Kubernetes"
    assert content["meta"]["unsorted"] == ["Chess <b>club</b> captain", "Page 2 of 2"]


def test_an_altered_review_is_refused(user_client, user):
    data = _form_data(_review(user_client))
    data["payload"] = data["payload"][:-3] + "abc"
    response = user_client.post(reverse("resume_import_review"), data, follow=True)
    assert "This import expired or was altered" in response.content.decode()
    assert not Resume.objects.filter(owner=user).exists()


def test_the_review_says_nothing_was_sent_anywhere_when_offline(user_client, settings):
    settings.LLM_MODEL = ""
    page = _review(user_client)
    assert "nothing was sent anywhere" in page
    assert "Improve with the model" not in page


def test_leaving_an_entry_out_renumbers_the_marks_and_lines_of_those_after_it():
    document = {"work": [{"position": "A"}, {"position": "B"}, {"position": "C", "name": "Acme"}]}
    review = {
        "document": document,
        "sources": {"work/0": ["A"], "work/1": ["B"], "work/2": ["C at Acme"]},
        "filled": ["work/1/name", "work/2/name"],
    }
    fixed = apply_review(document, removed={"work/1"})
    renumbered = without_entries({**review, "document": fixed}, {"work/1"})
    assert [job["position"] for job in renumbered["document"]["work"]] == ["A", "C"]
    assert renumbered["sources"] == {"work/0": ["A"], "work/1": ["C at Acme"]}
    assert renumbered["filled"] == ["work/1/name"]


def test_enter_in_a_fix_field_checks_the_fixes_and_never_saves(user_client, user):
    page = _review(user_client)
    form = re.search(r'<form id="review-form".*?</form>', page, re.S)[0]
    # A browser's Enter in a text field presses the form's first submit button.
    first = re.search(r"<button[^>]*>", form)[0]
    assert 'type="submit"' in first
    assert f'formaction="{reverse("resume_import_review")}"' in first
    data = _form_data(page)
    data["fix-work-0-name"] = "Acme Payments"
    data["check"] = ""
    response = user_client.post(reverse("resume_import_review"), data)
    page = response.content.decode()
    assert response.status_code == 200 and "Check what we read" in page
    assert 'value="Acme Payments"' in page
    assert not Resume.objects.filter(owner=user).exists()
