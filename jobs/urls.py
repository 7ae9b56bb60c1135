from django.urls import path

from jobs import views

app_name = "jobs"
urlpatterns = [
    path("", views.job_list, name="list"),
    path("new/", views.job_create, name="create"),
    path("compare/", views.job_compare, name="compare"),
    path("<int:pk>/", views.job_detail, name="detail"),
    path("<int:pk>/match/", views.job_match, name="match"),
    path("<int:pk>/resumes/", views.rank_resumes, name="rank_resumes"),
    path("<int:pk>/enrich/", views.job_enrich, name="enrich"),
    path("<int:pk>/delete/", views.job_delete, name="delete"),
    path("batches/new/", views.batch_create, name="batch_create"),
    path("batches/<int:pk>/", views.batch_detail, name="batch"),
    path("batches/<int:pk>/ranking.csv", views.batch_csv, name="batch_csv"),
    path("batches/<int:pk>/delete/", views.batch_delete, name="batch_delete"),
]
