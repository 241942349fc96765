"""The Qt layer. Widgets ask reader.core; they hold no business rules."""
