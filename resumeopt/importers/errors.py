"""The one error every importer raises, with a message meant for the user."""


class ResumeImportError(Exception):
    """The file cannot be imported; str() says why and what to do instead."""
