"""The one table of characters that look like text but break parsing, search and ATS:
ligatures and their letters, invisible characters and odd spaces with their names.

The importers mend them; the analysis names them in findings and suggests the fix.
"""

LIGATURES: dict[str, str] = {
    "ﬀ": "ff",
    "ﬁ": "fi",
    "ﬂ": "fl",
    "ﬃ": "ffi",
    "ﬄ": "ffl",
    "ﬅ": "st",
    "ﬆ": "st",
}
# Characters that do not show at all; mending removes them.
INVISIBLE: dict[str, str] = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte order mark",
    "\u00ad": "soft hyphen",
}
# Spaces that show as a space but are not one; mending makes them plain spaces.
NON_BREAKING_SPACES: dict[str, str] = {
    "\u00a0": "non-breaking space",
    "\u202f": "narrow non-breaking space",
}
