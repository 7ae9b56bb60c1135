"""Account URLs, included under /accounts/ by the root URLconf; names are not namespaced."""

from django.urls import include, path

from resumeopt.accounts import views

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("", views.account, name="account"),
    path("data/", views.data_export, name="account_data_export"),
    path("delete/", views.account_delete, name="account_delete"),
    path("tokens/", views.token_create, name="token_create"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("", include("django.contrib.auth.urls")),
]
