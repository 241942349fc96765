"""The product without pixels. Nothing under reader.core may import Qt (tests/test_core_no_qt.py)."""
