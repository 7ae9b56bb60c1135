"""Signals other apps listen to, so that resumeopt never imports them.

`entries_moved` is sent after entries of a section change places or one is
deleted: apps that keep something per entry path ("work/2"), such as the
conversation about one job, follow their entry to its new place.
"""

from django.dispatch import Signal

# Arguments: resume, section ("work"), moves ({old index: new index, or None if deleted}).
entries_moved = Signal()
