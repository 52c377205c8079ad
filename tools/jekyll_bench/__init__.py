"""``invoke bench``: a synthetic blog built with this project and the others.

Outside ``PLUGIN_PATHS``, as the task code is: editing the benchmark renders
no page again.
"""
