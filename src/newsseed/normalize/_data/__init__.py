"""Data tables for the normalisers: generated ones say their source and script."""
