from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "conversations"
    verbose_name = "Conversations"
    preload = ("conversations.offline", "conversations.guard")

    def ready(self):
        from conversations import signals  # noqa: F401 - connects the receivers
