from django.urls import path

from versions import views

app_name = "versions"
urlpatterns = [
    path("resumes/<int:pk>/", views.history_page, name="history"),
    path("resumes/<int:pk>/save/", views.save_version, name="save"),
    path("resumes/<int:pk>/compare/", views.compare, name="compare"),
    path("resumes/<int:pk>/rank/", views.rank_for_job, name="rank"),
    path("resumes/<int:pk>/undo/", views.undo, name="undo"),
    path("resumes/<int:pk>/redo/", views.redo, name="redo"),
    path("resumes/<int:pk>/controls/", views.controls, name="controls"),
    path("resumes/<int:pk>/cleanup/", views.cleanup, name="cleanup"),
    path("resumes/<int:pk>/versions/delete/", views.bulk_delete, name="bulk_delete"),
    path("resumes/<int:pk>/records/<int:history_id>/name/", views.name_record, name="name_record"),
    path("resumes/<int:pk>/records/<int:history_id>/restore/", views.restore, name="restore"),
    path("resumes/<int:pk>/records/<int:history_id>/merge/", views.merge, name="merge"),
    path("<int:pk>/", views.version_detail, name="version"),
]
