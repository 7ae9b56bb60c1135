app_name = "optimizer"
urlpatterns: list = []
