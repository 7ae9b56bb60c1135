"""One English stemmer for every comparison of words across their forms.

"mentoring" meets "mentor", "engineers" meets "engineering", "APIs" meets "API":
the Snowball (Porter2) English stemmer, on the lower-cased word without the
punctuation around it. Both sides of a comparison must go through `stem`.
"""

from __future__ import annotations

import threading
from functools import lru_cache

# A Snowball stemmer keeps its working state on itself: one per thread (web requests and
# consumers run in threads).
_local = threading.local()


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The stem of one word ("roadmapping" -> "roadmap")."""
    english = getattr(_local, "english", None)
    if english is None:
        # Imported on first use: commands and pages that never compare words skip its cost.
        import snowballstemmer

        english = _local.english = snowballstemmer.stemmer("english")
    return english.stemWord(word.lower().strip(".,;:'’\"()-"))
