"""Jekyll ``_config.yml`` support: the site's own configuration drives the build.

At ``initialized`` this plugin reads ``_config.yml`` from the content folder
and sets the site-wide settings (permalink style, timezone, url and baseurl,
drafts, future, exclude/include...) that the other ``jekyll_*`` plugins read,
and those of its ``feed:`` and ``jekyll-archives:`` sections (``sections``);
``_data/`` is read here too (``data``), and the site's MathJax or KaTeX
setup (``math_setup``). All of ``_config.yml`` is read here.
Settings given in ``pelicanconf.py`` win over the file, as command-line
flags win over ``_config.yml`` in Jekyll.

===============  =======================================================================
Connected to     Why
===============  =======================================================================
``initialized``  ``_config.yml`` and ``_data/`` are read, and every setting checked,
                 before any plugin reads one
===============  =======================================================================
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican import signals

from jekyll_common.errors import ConfigError, ContentError
from jekyll_common.logs import display_path
from jekyll_common.output import absolute_base
from jekyll_common.settings import check_settings
from jekyll_common.site import DEFAULT_TIMEZONE, known_timezone
from jekyll_config.config import (
    config_file,
    read_config_file,
    settings_from_config,
    site_url,
    unused_keys,
)
from jekyll_config.data import load_site_data
from jekyll_config.lines import key_line
from jekyll_config.math_setup import describe, math_settings, read_math_setup
from jekyll_config.plugins_listed import not_run_message, plugins_not_run
from jekyll_config.sections import section_settings
from jekyll_config.services import service_settings

logger = logging.getLogger(__name__)


def apply_site_config(pelican: Any) -> None:
    """Merge ``_config.yml`` into the Pelican settings of this build."""
    settings = pelican.settings
    # The settings given (pelicanconf.py, the command line), checked once
    # here, before any plugin reads one.
    for unknown in check_settings(settings):
        logger.warning("%s", unknown)
    source = Path(settings["PATH"])
    config_path = display_path(config_file(source))
    try:
        data, duplicates = read_config_file(source)
    except ContentError as error:
        # As Jekyll stops: a site built with other settings than the ones
        # written (another permalink style, no baseurl) moves every URL.
        raise ConfigError(
            f"{error.where(config_path)}: {error.message}. Nothing was built: "
            "fix the file and build again."
        ) from None
    for key, line in duplicates:
        logger.warning(
            "%s:%s: key %r is given twice; the last value is used. Remove one.",
            config_path,
            line,
            key,
        )
    settings["JEKYLL_DATA"] = load_site_data(source)
    explicit = dict(settings)
    settings.update(settings_from_config(data, explicit, source.resolve().name))
    settings.update(section_settings(data, explicit))
    services, unhonoured = service_settings(data)
    settings.update(services)
    plugins_key, not_run = plugins_not_run(data)
    text = _config_text(source) if unhonoured or not_run else ""
    for note in unhonoured:
        line = key_line(text, *note.keys)
        logger.warning("%s:%s: %s.", config_path, line or 1, note.message)
    if not_run and plugins_key:
        line = key_line(text, plugins_key)
        logger.warning("%s:%s: %s.", config_path, line or 1, not_run_message(not_run))
    setup = read_math_setup(data, source)
    settings.update(math_settings(setup, explicit))
    drawn = describe(settings)
    if setup.sources and drawn:
        logger.info(
            "math as the site's own setup draws it (%s): %s",
            ", ".join(setup.sources),
            drawn,
        )
    settings.setdefault("TIMEZONE", DEFAULT_TIMEZONE)
    if "TIMEZONE" not in explicit and not known_timezone(settings["TIMEZONE"]):
        # Jekyll sets TZ and Ruby reads an unknown zone as UTC: so do we.
        logger.warning(
            "%s:%s: timezone %r is not a timezone name this system knows; "
            "dates are read in UTC, as Jekyll reads them. Use an IANA name "
            "such as 'Europe/Paris'.",
            config_path,
            key_line(_config_text(source), "timezone") or 1,
            settings["TIMEZONE"],
        )
        settings["TIMEZONE"] = "UTC"
    if not explicit.get("SITEURL"):
        settings["SITEURL"] = site_url(settings)
    settings["SITE_ABSOLUTE_URL"] = absolute_base(settings)
    ignored = unused_keys(data)
    if ignored:
        logger.info(
            "%s: keys not used by the build (templates still see them as "
            "site.<key>): %s",
            config_path,
            ", ".join(ignored),
        )


def _config_text(source: Path) -> str:
    return config_file(source).read_text(encoding="utf-8-sig")


def register() -> None:
    """Connect the plugin to Pelican."""
    signals.initialized.connect(apply_site_config)
