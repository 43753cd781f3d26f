"""Tools for the repository (not installed): generated documentation."""
