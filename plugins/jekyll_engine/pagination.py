"""The pages of a paginated list, as Pelican's writer makes them.

Pelican paginates inside its ``write_file``; the writer here writes each
page through its single-page path instead, so an unchanged page is left as
it was. The pages and their variables are Pelican's: its ``Paginator``, the
same names (``articles_page``, ``articles_next_page``...).
"""

from __future__ import annotations

from typing import Any

from pelican.paginator import Paginator

# A page of a list: its output file, and its variables over the list's.
ListPage = tuple[str, dict[str, Any]]


def list_pages(
    name: str,
    options: dict[str, Any],
    variables: dict[str, Any],
    settings: dict[str, Any],
) -> list[ListPage] | None:
    """Return the pages of a paginated list, or None when it is not one."""
    paginated = options.get("paginated")
    if paginated is None:
        paginated = {k: v for k, v in variables.items() if k in {"articles", "dates"}}
    templates = settings["PAGINATED_TEMPLATES"]
    template_name = options.get("template_name")
    if not paginated or template_name not in templates:
        return None
    per_page = templates[template_name] or settings["DEFAULT_PAGINATION"]
    url = options.get("url")
    paginators = {
        key: Paginator(name, url, items, settings, per_page)
        for key, items in paginated.items()
    }
    # Each page made once: the next page of one list page is the page of
    # the next, one object, so it is digested once.
    pages = {
        key: [paginator.page(n) for n in range(1, paginator.num_pages + 1)]
        for key, paginator in paginators.items()
    }
    found = []
    for number in range(next(iter(paginators.values())).num_pages):
        page_variables = dict(variables)
        for key, paginator in paginators.items():
            made = pages[key]
            page = made[number]
            page_variables.update(
                {
                    f"{key}_paginator": paginator,
                    f"{key}_page": page,
                    f"{key}_previous_page": made[number - 1] if number else None,
                    f"{key}_next_page": (
                        made[number + 1] if number + 1 < len(made) else None
                    ),
                }
            )
        found.append((page.save_as, page_variables))
    return found
