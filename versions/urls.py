app_name = "versions"
urlpatterns: list = []
