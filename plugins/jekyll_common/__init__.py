"""Helpers shared by the Jekyll plugins: slugs, URL and output paths, errors.

This package has no ``register()``: it is a library, not a Pelican plugin.
"""
