from django.urls import path

from optimizer import views

app_name = "optimizer"
urlpatterns = [
    path("scoring/", views.scoring, name="scoring"),
    path("resumes/<int:pk>/", views.report, name="report"),
    path("resumes/<int:pk>/panel/", views.panel, name="panel"),
    path("resumes/<int:pk>/apply/", views.apply, name="apply"),
    path("resumes/<int:pk>/dismiss/", views.dismiss, name="dismiss"),
    path("learned/", views.learned, name="learned"),
    path("resumes/<int:pk>/check/<unit:path>/", views.check_draft, name="check_draft"),
]
