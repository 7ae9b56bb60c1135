"""Root URLs: accounts, resumes, and each app under its own prefix."""

from django.contrib import admin
from django.urls import include, path, register_converter

from resumeopt.accounts.views import limit_login_attempts
from resumeopt.converters import SectionConverter, UnitPathConverter
from resumeopt.views import imports, pages, resumes, system

register_converter(UnitPathConverter, "unit")
register_converter(SectionConverter, "section")

resume_patterns = [
    path("", resumes.dashboard, name="dashboard"),
    path("new/", resumes.resume_create, name="resume_create"),
    path("import/", imports.import_start, name="resume_import"),
    path("import/confirm/", imports.import_confirm, name="resume_import_confirm"),
    path("import/review/", imports.import_review, name="resume_import_review"),
    path("import/improve/", imports.import_improve, name="resume_import_improve"),
    path("import/improve/<uuid:job_id>/", imports.import_improved, name="resume_import_improved"),
    path("<int:pk>/", resumes.resume_detail, name="resume_detail"),
    path("<int:pk>/rename/", resumes.resume_rename, name="resume_rename"),
    path("<int:pk>/duplicate/", resumes.resume_duplicate, name="resume_duplicate"),
    path("<int:pk>/delete/", resumes.resume_delete, name="resume_delete"),
    path("<int:pk>/unsorted/dismiss/", resumes.unsorted_dismiss, name="unsorted_dismiss"),
    path("<int:pk>/sections/<section:section>/new/", resumes.unit_new, name="unit_new"),
    path("<int:pk>/sections/<unit:path>/", resumes.unit_display, name="unit_display"),
    path("<int:pk>/sections/<unit:path>/edit/", resumes.unit_edit, name="unit_edit"),
    path("<int:pk>/sections/<unit:path>/delete/", resumes.unit_delete, name="unit_delete"),
    path(
        "<int:pk>/sections/<unit:path>/move/<str:direction>/",
        resumes.unit_move,
        name="unit_move",
    ),
]

urlpatterns = [
    path("", pages.landing, name="landing"),
    path("favicon.ico", pages.favicon, name="favicon"),
    path("accounts/", include("resumeopt.accounts.urls")),
    path("resumes/", include(resume_patterns)),
    path("tasks/<str:job_id>/", system.job_progress, name="job_progress"),
    path("tasks/<str:job_id>/cancel/", system.job_cancel, name="job_cancel"),
    # The admin's log-in counts attempts like the site's (resumeopt.accounts.views).
    path("admin/login/", limit_login_attempts(admin.site.login)),
    path("admin/", admin.site.urls),
    path("analysis/", include("optimizer.urls")),
    path("chat/", include("conversations.urls")),
    path("jobs/", include("jobs.urls")),
    path("versions/", include("versions.urls")),
    path("exports/", include("exports.urls")),
    path("letters/", include("letters.urls")),
    path("applications/", include("applications.urls")),
    path("api/", include("api.urls")),
    # Share links: public, read-only, by unguessable token (exports.share_views).
    path("s/", include("exports.share_urls")),
]

# A database pool exhausted under load answers 503 with Retry-After, not 500.
handler500 = "resumeopt.platform.overload.server_error"
