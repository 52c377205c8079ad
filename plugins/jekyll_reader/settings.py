"""Settings of the reader, with their defaults (see docs/settings.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jekyll_common.setting_kinds import BOOL, COUNT, TEXT_LIST, TEXT_MAP, Setting, group
from jekyll_common.settings import declare, load_options, setting_field, setting_value

READER_ROWS: Final = declare(
    *group(
        "build",
        Setting(
            "JEKYLL_LAYOUTS",
            TEXT_MAP,
            {
                # What the popular themes' layouts show, as this theme's
                # templates: one document...
                **dict.fromkeys(
                    ("post", "single", "article", "distill", "talk"), "article"
                ),
                **dict.fromkeys(
                    (
                        "page",
                        "default",
                        "home",
                        "splash",
                        "archive",
                        "about",
                        "cv",
                        "compress",
                        "none",
                        "center",
                        "error",
                        "base",
                        "404",
                        # So Simple's, HPSTR's: the frame; the page's own
                        # Liquid lists the posts.
                        "post-index",
                        # Hydejack's.
                        "plain",
                        "not-found",
                        "resume",
                    ),
                    "page",
                ),
                # ... or one with a list after its text.
                **dict.fromkeys(
                    ("posts", "archives", "blog", "index", "list", "welcome"),
                    "page_posts",
                ),
                "tags": "page_tags",
                "categories": "page_categories",
                "tag": "page_tag",
                "category": "page_category",
                "collection": "page_collection",
                "search": "page_search",
            },
            "front-matter `layout` → theme template (added to the defaults)",
            shown="`post`, `single`... → `article`; `page`, `default`, `home`... → "
            "`page`; `tags`, `categories`, `tag`, `category`, `collection`, `search`, "
            "`posts`, `archives`, Hydejack's `list` → `page_<role>` (the page, "
            "then its list)",
        ),
        Setting(
            "JEKYLL_PAGES_DIRS",
            TEXT_LIST,
            ("_pages",),
            "folders whose files are pages placed as if at the site root",
        ),
        Setting(
            "JEKYLL_PLAIN_MARKDOWN_PAGES",
            BOOL,
            True,
            "a Markdown file without front matter is a page "
            "(`False`: copied as-is, as Jekyll does)",
        ),
        Setting(
            "JEKYLL_IMAGE_DIRS",
            TEXT_LIST,
            ("", "assets/img", "assets/images", "images"),
            "where a relative `image` is looked for",
        ),
        Setting(
            "JEKYLL_SITE_LAYOUTS",
            BOOL,
            True,
            "the site's own layouts that list documents (a `{% for %}` over "
            "`site.` or `paginator`, or a variable assigned from them) or show "
            "the page's own fields are rendered around the page's text",
        ),
        Setting(
            "JEKYLL_PARALLEL_READ_MIN",
            COUNT,
            64,
            "from this many new documents on, bodies are rendered by one "
            "process per core",
        ),
    )
)

# Theme templates that render lists or site parts, never one document.
LISTING_TEMPLATES: Final = frozenset(
    {"base", "index", "tags", "categories", "authors", "archives", "period_archives",
     "tag", "category", "author", "redirect", "404", "search", "raw", "home",
     "collection", "publications"}
)  # fmt: skip

DEFAULT_TEMPLATES: Final[Mapping[str, str]] = {
    "post": "article",
    "draft": "article",
    "page": "page",
    "document": "page",
}


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """The reader's settings, resolved."""

    layouts: Mapping[str, str]
    pages_dirs: tuple[str, ...]
    plain_markdown_pages: bool = setting_field("JEKYLL_PLAIN_MARKDOWN_PAGES")
    image_dirs: tuple[str, ...]
    site_layouts: bool = setting_field("JEKYLL_SITE_LAYOUTS")
    parallel_read_min: int = setting_field("JEKYLL_PARALLEL_READ_MIN")


def load(settings: Mapping[str, Any]) -> ReaderOptions:
    """Return the reader's settings from Pelican's, defaults filled in."""

    def folders(name: str) -> tuple[str, ...]:
        given = setting_value(settings, READER_ROWS[name])
        return tuple(folder.strip("/") for folder in given)

    layouts = READER_ROWS["JEKYLL_LAYOUTS"].default
    return load_options(
        ReaderOptions,
        settings,
        # The site's layouts are added to the theme's.
        layouts={**layouts, **settings.get("JEKYLL_LAYOUTS", {})},
        pages_dirs=folders("JEKYLL_PAGES_DIRS"),
        image_dirs=folders("JEKYLL_IMAGE_DIRS"),
    )
