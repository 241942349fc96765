"""Dual Reader: an offline reader for Korean and English news."""

__version__ = "0.1.0"
APP_NAME = "Dual Reader"
APP_ID = "org.dualreader.DualReader"
