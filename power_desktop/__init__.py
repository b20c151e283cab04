"""PoWER Desktop: the camp laptop application of the Portfolio of Welfare & Entitlement Rights."""

__version__ = "0.1.0"
