"""Errors a user can cause and understand. Anything else is a bug and gets a traceback."""


class ReaderError(Exception):
    """A problem with the user's input or environment, shown as one plain line."""


class LibraryError(ReaderError):
    """The library folder or its database cannot be used."""


class ImportRefused(ReaderError):
    """One file cannot be imported; the reason is the message."""
