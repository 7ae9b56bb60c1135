"""Conversations follow their entry when entries of a section move or one is deleted.

A conversation is about one entry ("work/2"). When the user moves that job up,
its conversation becomes "work/1"; when they delete it, its conversation goes
with it, rather than turning into the talk about whichever job took its place.
"""

from django.db import transaction
from django.dispatch import receiver

from conversations.models import Conversation
from resumeopt.signals import entries_moved


@receiver(entries_moved, dispatch_uid="conversations.follow_entries")
def follow_entries(sender, *, resume, section: str, moves: dict[int, int | None], **kwargs) -> None:
    prefix = f"{section}/"
    affected = {
        conversation: int(conversation.section_path[len(prefix) :].split("/")[0])
        for conversation in Conversation.objects.filter(
            resume=resume, section_path__startswith=prefix
        )
        if conversation.section_path[len(prefix) :].split("/")[0].isdigit()
    }
    changing = {c: i for c, i in affected.items() if moves.get(i, i) != i}
    if not changing:
        return
    with transaction.atomic():
        # Two steps, so two conversations swapping places never collide on the unique path.
        for conversation in changing:
            conversation.section_path = f"moving/{conversation.pk}"
            conversation.save(update_fields=["section_path"])
        for conversation, index in changing.items():
            new = moves[index]
            if new is None:
                conversation.delete()
            else:
                conversation.section_path = f"{prefix}{new}"
                conversation.save(update_fields=["section_path"])
