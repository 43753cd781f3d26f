"""icli: a searchable local archive of ICESCO news dumps."""

__version__ = "0.1.0"
