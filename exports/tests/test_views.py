"""Export pages: access, options and preview, download, history, defaults, batches and deletion."""

import io
import re
import zipfile
from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from exports import exporting
from exports.models import Export, ExportPreferences
from exports.renderers import ExportOptions
from exports.tests.reading import docx_text, pdf_text
from resumeopt.resumes import ChangeReason, save_document
from versions.models import Version

pytestmark = pytest.mark.django_db


def _name_current_state(resume, name: str) -> Version:
    record = resume.history.order_by("-history_date", "-history_id").first()
    return Version.objects.create(owner=resume.owner, resume=resume, record=record, name=name)


def _edit(resume, **basics) -> None:
    document = {**resume.content, "basics": {**resume.content["basics"], **basics}}
    save_document(resume, document, user=resume.owner, reason=ChangeReason.EDIT)
    resume.refresh_from_db()


def _form(**overrides) -> dict:
    data = {
        "source": "current",
        "template": "classic",
        "font": "",
        "accent": "",
        "accent_custom": "#2f5bd3",
        "page_size": "letter",
        "margins_mm": "18",
        "sections": ["summary", "work", "education", "skills"],
        "order": ["summary", "work", "education", "skills"],
        "format": "pdf",
    }
    data.update(overrides)
    return data


@pytest.fixture
def sent_version(resume):
    """A named version ("Sent to Acme") of the resume as it was; the resume changes afterwards."""
    version = _name_current_state(resume, "Sent to Acme")
    _edit(resume, name="Alex Morgan-Reyes")
    return version


@pytest.fixture
def export(user, resume):
    source = exporting.source_for(resume, exporting.CURRENT)
    return exporting.export_file(resume, source, "pdf", ExportOptions())


@pytest.fixture
def other_export(other_user, other_resume):
    source = exporting.source_for(other_resume, exporting.CURRENT)
    return exporting.export_file(other_resume, source, "pdf", ExportOptions())


def _urls(resume_pk: int, export_pk: int) -> list[tuple[str, str]]:
    return [
        ("get", reverse("exports:resume", args=[resume_pk])),
        ("get", reverse("exports:preview", args=[resume_pk])),
        ("post", reverse("exports:create", args=[resume_pk])),
        ("post", reverse("exports:batch", args=[resume_pk])),
        ("get", reverse("exports:detail", args=[export_pk])),
        ("get", reverse("exports:file", args=[export_pk])),
        ("post", reverse("exports:delete", args=[export_pk])),
    ]


def test_every_export_page_needs_a_login(client, resume, export):
    for method, url in [*_urls(resume.pk, export.pk), ("get", reverse("exports:list"))]:
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "/accounts/login/" in response.url, url


def test_another_users_resume_and_exports_are_404(user_client, other_resume, other_export):
    for method, url in _urls(other_resume.pk, other_export.pk):
        assert getattr(user_client, method)(url, _form()).status_code == 404, url
    assert user_client.get(reverse("exports:list"), {"resume": other_resume.pk}).status_code == 404
    assert Export.objects.filter(pk=other_export.pk).exists()


def test_export_page_starts_from_the_defaults_with_a_preview(user_client, resume):
    page = user_client.get(reverse("exports:resume", args=[resume.pk])).content.decode()

    assert 'id="preview-frame"' in page
    src = (
        page.split('id="preview-frame" class="preview-frame" src="')[1]
        .split('"')[0]
        .replace("&amp;", "&")
    )
    query = parse_qs(urlparse(src).query)
    assert query["template"] == ["classic"] and query["source"] == ["current"]
    assert 'value="classic" checked' in page
    for label in (
        "Classic",
        "Modern",
        "Compact",
        "Download PDF",
        "Download Word (DOCX)",
        "Export ZIP",
    ):
        assert label in page


def test_changing_an_option_with_htmx_returns_only_the_new_preview(user_client, resume):
    response = user_client.get(
        reverse("exports:resume", args=[resume.pk]),
        _form(template="modern", accent="#0f766e"),
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()

    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="export-preview"')
    assert "template=modern" in html and "accent=%230f766e" in html


def test_the_preview_is_the_pdf_for_those_options(user_client, resume):
    response = user_client.get(
        reverse("exports:preview", args=[resume.pk]),
        {
            "source": "current",
            "template": "modern",
            "sections": ["skills"],
            "page_size": "a4",
            "margins_mm": "20",
        },
    )

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    text = pdf_text(response.content)
    assert text.startswith("Alex Morgan") and "Skills" in text and "Experience" not in text
    assert not Export.objects.exists()  # previews are not exports


def test_bad_options_show_a_clear_message_instead_of_a_preview(user_client, resume):
    preview = user_client.get(reverse("exports:preview", args=[resume.pk]), {"template": "fancy"})
    assert preview.status_code == 400
    assert "Unknown template “fancy”" in preview.content.decode()

    fragment = user_client.get(
        reverse("exports:resume", args=[resume.pk]),
        _form(margins_mm="2"),
        headers={"HX-Request": "true"},
    ).content.decode()
    assert "preview-frame" not in fragment and "Margins (mm)" in fragment


def test_an_empty_resume_says_so_instead_of_previewing(user_client, user, resume):
    save_document(resume, {"basics": {}, "work": []}, user=user, reason=ChangeReason.EDIT)

    html = user_client.get(reverse("exports:resume", args=[resume.pk])).content.decode()

    assert "nothing to export" in html and "preview-frame" not in html


def test_moving_a_section_redraws_the_form_in_the_new_order(user_client, resume):
    html = user_client.get(
        reverse("exports:resume", args=[resume.pk]),
        _form(move="skills:up"),
        headers={"HX-Request": "true"},
    ).content.decode()

    assert html.lstrip().startswith('<div id="export-workspace"')
    assert html.index('value="skills" checked') < html.index('value="education" checked')
    assert "sections=skills&amp;sections=education" in html.replace(
        "sections=summary&amp;sections=work&amp;", ""
    )


def test_moving_works_without_javascript_too(user_client, resume):
    html = user_client.get(
        reverse("exports:resume", args=[resume.pk]), _form(move="work:down")
    ).content.decode()

    assert "<html" in html
    assert html.index('name="order" value="education"') < html.index('name="order" value="work"')


def test_download_records_the_export_keeps_the_file_and_remembers_the_options(
    user_client, user, resume
):
    response = user_client.post(
        reverse("exports:create", args=[resume.pk]), _form(template="modern", format="docx")
    )

    export = Export.objects.get()
    assert response.status_code == 302 and response.url == reverse("exports:file", args=[export.pk])
    download = user_client.get(response.url)
    data = b"".join(download.streaming_content)
    assert download["Content-Disposition"] == 'attachment; filename="alex-morgan-resume.docx"'
    assert "Brightwave Analytics" in docx_text(data)
    assert (export.format, export.template, export.size, export.version) == (
        "docx",
        "modern",
        len(data),
        None,
    )
    assert export.history_id == resume.history.order_by("-history_id").first().history_id
    assert export.source_label == "Current state"
    assert export.options["sections"] == ["summary", "work", "education", "skills"]
    assert ExportPreferences.objects.get(user=user).options["template"] == "modern"
    page = user_client.get(reverse("exports:resume", args=[resume.pk])).content.decode()
    assert 'value="modern" checked' in page and 'name="order" value="skills"' in page


def test_a_named_version_exports_as_it_was(user_client, resume, sent_version):
    url = reverse("exports:resume", args=[resume.pk])
    page = user_client.get(url, {"source": sent_version.pk}).content.decode()
    assert f'<option value="{sent_version.pk}" selected>Sent to Acme</option>' in page

    user_client.post(
        reverse("exports:create", args=[resume.pk]), _form(source=str(sent_version.pk))
    )
    export = Export.objects.get()
    assert (export.version, export.history_id, export.source_label) == (
        sent_version,
        sent_version.record_id,
        "Sent to Acme",
    )
    assert export.filename == "alex-morgan-resume-sent-to-acme.pdf"
    text = pdf_text(export.file.read())
    assert text.startswith("Alex Morgan ") and "Morgan-Reyes" not in text


def test_a_version_of_another_resume_is_404(user_client, user, resume, sample_document):
    from resumeopt.resumes import create_resume

    elsewhere = _name_current_state(create_resume(user, "Other", sample_document), "Elsewhere")

    assert (
        user_client.get(
            reverse("exports:resume", args=[resume.pk]), {"source": elsewhere.pk}
        ).status_code
        == 404
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"format": "xls"}, "Unknown format “xls”"),
        ({"margins_mm": "80"}, "less than or equal to 40"),
        ({"accent": "custom", "accent_custom": "red"}, "Write the colour like #2f5bd3"),
    ],
)
def test_bad_requests_are_clear_errors_and_record_nothing(user_client, resume, overrides, message):
    response = user_client.post(reverse("exports:create", args=[resume.pk]), _form(**overrides))

    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Export.objects.exists()


def test_a_form_sent_with_enter_and_no_format_button_makes_a_pdf(user_client, resume):
    data = _form()
    del data["format"]
    response = user_client.post(reverse("exports:create", args=[resume.pk]), data)

    assert response.status_code == 302
    assert Export.objects.get().format == "pdf"


def test_a_custom_accent_colour_is_used_and_remembered(user_client, user, resume):
    user_client.post(
        reverse("exports:create", args=[resume.pk]),
        _form(template="modern", accent="custom", accent_custom="#123456"),
    )

    assert Export.objects.get().options["accent"] == "#123456"
    page = user_client.get(reverse("exports:resume", args=[resume.pk])).content.decode()
    assert '<option value="custom" selected>' in page and 'value="#123456"' in page


def test_batch_export_zips_every_version_in_every_format(
    user_client, resume, sent_version, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.post(
            reverse("exports:batch", args=[resume.pk]),
            _form(
                batch_sources=["current", str(sent_version.pk)],
                batch_formats=["pdf", "docx", "json"],
            ),
        )

    export = Export.objects.get(format="zip")
    assert response.url == export.get_absolute_url()
    export.job.refresh_from_db()
    assert export.job.status == "succeeded" and export.job.result == {"delivered": 6, "failed": 0}
    archive = zipfile.ZipFile(
        io.BytesIO(
            b"".join(user_client.get(reverse("exports:file", args=[export.pk])).streaming_content)
        )
    )
    assert sorted(archive.namelist()) == sorted(
        [
            "alex-morgan-reyes-resume.pdf",
            "alex-morgan-reyes-resume.docx",
            "alex-morgan-reyes-resume.json",
            "alex-morgan-resume-sent-to-acme.pdf",
            "alex-morgan-resume-sent-to-acme.docx",
            "alex-morgan-resume-sent-to-acme.json",
        ]
    )
    assert pdf_text(archive.read("alex-morgan-resume-sent-to-acme.pdf")).startswith("Alex Morgan ")
    assert "Morgan-Reyes" in pdf_text(archive.read("alex-morgan-reyes-resume.pdf"))
    page = user_client.get(export.get_absolute_url()).content.decode()
    assert "alex-morgan-resume-sent-to-acme.docx" in page and "could not be made" not in page


def test_batch_lists_items_that_failed_and_delivers_the_rest(
    user_client, resume, sent_version, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        user_client.post(
            reverse("exports:batch", args=[resume.pk]),
            _form(batch_sources=["current", str(sent_version.pk)], batch_formats=["pdf", "md"]),
        )
    # The version's state is cleaned out of the history before the worker gets to it.
    resume.history.filter(history_id=sent_version.record_id).delete()
    for callback in callbacks:
        callback()

    export = Export.objects.get(format="zip")
    export.job.refresh_from_db()
    assert export.job.status == "succeeded" and export.job.result == {"delivered": 2, "failed": 2}
    assert [(item["label"], item["format"]) for item in export.failures] == [
        ("Sent to Acme", "pdf"),
        ("Sent to Acme", "md"),
    ]
    assert "cleaned up" in export.failures[0]["error"]
    archive = zipfile.ZipFile(export.file.open("rb"))
    assert sorted(archive.namelist()) == [
        "alex-morgan-reyes-resume.md",
        "alex-morgan-reyes-resume.pdf",
        "failed.txt",
    ]
    page = user_client.get(export.get_absolute_url()).content.decode()
    assert "2 files could not be made" in page and "Sent to Acme (PDF)" in page


def test_a_batch_where_nothing_can_be_made_fails_with_the_reason(
    user_client, user, resume, django_capture_on_commit_callbacks
):
    save_document(resume, {"basics": {}}, user=user, reason=ChangeReason.EDIT)
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(
            reverse("exports:batch", args=[resume.pk]),
            _form(batch_sources=["current"], batch_formats=["pdf"]),
        )

    export = Export.objects.get(format="zip")
    export.job.refresh_from_db()
    assert export.job.status == "failed" and "nothing to export" in export.job.error
    assert not export.file
    assert "nothing to export" in user_client.get(export.get_absolute_url()).content.decode()


def test_a_batch_needs_a_version_and_a_format(user_client, resume):
    response = user_client.post(
        reverse("exports:batch", args=[resume.pk]), _form(batch_formats=["pdf"])
    )

    assert (
        response.status_code == 422 and "Choose at least one version." in response.content.decode()
    )
    assert not Export.objects.exists()


def test_the_exports_page_lists_every_export_to_download_again(
    user_client, resume, export, other_export
):
    page = user_client.get(reverse("exports:list")).content.decode()

    assert export.filename in page and reverse("exports:file", args=[export.pk]) in page
    assert reverse("exports:file", args=[other_export.pk]) not in page
    filtered = user_client.get(reverse("exports:list"), {"resume": resume.pk}).content.decode()
    assert "Exports of “Jane&#x27;s resume”" in filtered
    again = user_client.get(reverse("exports:file", args=[export.pk]))
    assert b"".join(again.streaming_content) == export.file.open("rb").read()


def test_deleting_an_export_deletes_its_file(user_client, export, media_root):
    stored = media_root / export.file.name
    assert stored.exists()

    response = user_client.post(reverse("exports:delete", args=[export.pk]))

    assert response.url == reverse("exports:list")
    assert not Export.objects.exists() and not stored.exists()


def test_deleting_a_resume_deletes_its_export_files(user_client, resume, export, media_root):
    stored = media_root / export.file.name

    resume.delete()

    assert not Export.objects.exists() and not stored.exists()


def test_files_are_kept_under_media_not_in_the_repository(export, media_root, settings):
    assert (media_root / export.file.name).is_file()
    assert export.file.name.startswith(f"exports/{export.owner_id}/")
    assert str(settings.MEDIA_ROOT) == str(media_root)


def test_the_resume_page_links_to_export(user_client, resume):
    page = user_client.get(resume.get_absolute_url()).content.decode()

    assert f'href="{reverse("exports:resume", args=[resume.pk])}"' in page


def test_admin_lists_exports(client, django_user_model, export):
    client.force_login(
        django_user_model.objects.create_superuser("admin", "admin@example.com", "pw-admin-123")
    )

    listing = client.get(reverse("admin:exports_export_changelist"), {"q": "alex"})
    detail = client.get(reverse("admin:exports_export_change", args=[export.pk]))

    assert export.filename in listing.content.decode()
    assert detail.status_code == 200


def test_stored_defaults_that_no_longer_apply_fall_back_to_the_built_in_ones(
    user_client, user, resume
):
    ExportPreferences.objects.create(user=user, options={"template": "retired", "page_size": "a4"})

    page = user_client.get(reverse("exports:resume", args=[resume.pk])).content.decode()

    assert 'value="classic" checked' in page
    assert exporting.default_options(user) == ExportOptions()


def test_a_named_version_on_the_history_page_links_to_its_export(user_client, resume, sent_version):
    page = user_client.get(reverse("versions:history", args=[resume.pk])).content.decode()

    assert f"{reverse('exports:resume', args=[resume.pk])}?source={sent_version.pk}" in page


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example"])
def test_deleting_an_export_never_redirects_off_the_site(user_client, export, media_root, target):
    response = user_client.post(reverse("exports:delete", args=[export.pk]), {"next": target})
    assert response["Location"] == reverse("exports:list")


def test_making_files_is_limited_per_user(user_client, resume, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exports": (1, 3600)}
    create = reverse("exports:create", args=[resume.pk])
    assert user_client.post(create, _form(format="docx")).status_code == 302
    refused = user_client.post(create, _form(format="pdf"))
    assert refused.status_code == 429
    assert "limit of 1 exported files" in refused.content.decode()
    assert Export.objects.filter(resume=resume).count() == 1


def test_previews_count_in_the_exports_quota(user_client, resume, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "exports": (2, 3600)}
    preview = reverse("exports:preview", args=[resume.pk])
    assert user_client.get(preview).status_code == 200
    assert user_client.post(reverse("exports:create", args=[resume.pk]), _form()).status_code == 302

    refused = user_client.get(preview)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "limit of 2 exported files" in refused.content.decode()


def test_the_exports_list_names_a_template_only_for_formats_that_have_one(user_client, resume):
    for fmt in ("pdf", "md", "json"):
        response = user_client.post(
            reverse("exports:create", args=[resume.pk]), _form(template="compact", format=fmt)
        )
        assert response.status_code == 302
    rows = {
        export.format: export
        for export in Export.objects.filter(resume=resume).order_by("created_at")
    }
    page = user_client.get(reverse("exports:list")).content.decode()
    assert len(rows) == 3
    for fmt, export in rows.items():
        row = re.search(rf'<tr id="export-{export.pk}">(.*?)</tr>', page, re.S).group(1)
        assert ("<td>Compact</td>" in row) == (fmt == "pdf"), fmt
