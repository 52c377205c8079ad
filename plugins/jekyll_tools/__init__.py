"""What the invoke tasks do: build, serve, check and publish a site.

This package has no ``register()``: it is not a Pelican plugin. ``tasks.py``
stays a thin command-line layer over these functions, which the tests call
directly.
"""
