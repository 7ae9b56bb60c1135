from django.urls import path

from exports import share_views, views

app_name = "exports"
urlpatterns = [
    path("", views.export_list, name="list"),
    path("resumes/<int:pk>/", views.export_resume, name="resume"),
    path("resumes/<int:pk>/preview.pdf", views.preview, name="preview"),
    path("resumes/<int:pk>/download/", views.export_create, name="create"),
    path("resumes/<int:pk>/batch/", views.batch_create, name="batch"),
    path("<int:pk>/", views.export_detail, name="detail"),
    path("<int:pk>/file/", views.export_file, name="file"),
    path("<int:pk>/delete/", views.export_delete, name="delete"),
    path("resumes/<int:pk>/shares/", share_views.share_links, name="shares"),
    path("shares/<int:pk>/revoke/", share_views.share_revoke, name="share_revoke"),
]
