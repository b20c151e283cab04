"""The domain in plain Python: no Qt, no database sessions."""
