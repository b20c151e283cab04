"""Paper: application forms and family slips drawn as PDF with reportlab (no Qt here).

The services gather what to print into plain data (`paper.model`); this package only draws.
"""
