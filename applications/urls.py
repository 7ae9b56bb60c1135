from django.urls import path

from applications import views

app_name = "applications"
urlpatterns = [
    path("", views.board, name="board"),
    path("list/", views.application_list, name="list"),
    path("insights/", views.insights, name="insights"),
    path("applications.csv", views.csv_export, name="csv_export"),
    path("import/", views.csv_import, name="csv_import"),
    path("new/", views.application_create, name="create"),
    path("stages/", views.stages, name="stages"),
    path("stages/<int:pk>/rename/", views.stage_rename, name="stage_rename"),
    path("stages/<int:pk>/<str:direction>/", views.stage_shift, name="stage_shift"),
    path("track/job/<int:job_pk>/", views.track_job, name="track_job"),
    path("track/batch/<int:batch_pk>/", views.track_top, name="track_top"),
    path("<int:pk>/", views.application_detail, name="detail"),
    path("<int:pk>/move/", views.application_move, name="move"),
    path("<int:pk>/letter/", views.application_letter, name="letter"),
    path("<int:pk>/edit/", views.application_edit, name="edit"),
    path("<int:pk>/note/", views.application_note, name="note"),
    path("<int:pk>/contacts/", views.contact_add, name="contact_add"),
    path("<int:pk>/delete/", views.application_delete, name="delete"),
    path("contacts/<int:pk>/delete/", views.contact_delete, name="contact_delete"),
]
