"""What the invoke tasks do: build, serve, check, report and publish a site.

Not a Pelican plugin, and outside ``PLUGIN_PATHS`` on purpose: the plugins'
code is part of every page's fingerprint, the tasks' is not, so editing a
task renders no page again. ``tasks.py`` stays a thin command-line layer
over these functions, which the tests call directly.
"""
