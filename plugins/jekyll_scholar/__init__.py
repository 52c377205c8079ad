"""Publications from BibTeX, as al-folio's jekyll-scholar lists them.

Pure logic, no Pelican (the Liquid plugin and the theme's pages use it):
``bibliography`` reads ``_bibliography/*.bib`` with bibtexparser 2 (a bad
entry is a problem naming its file, line and key, never a crash);
``listing`` writes the entries as HTML, newest year first, with the
site author's name in bold, the venue, links (PDF, DOI, code, slides...)
from the fields al-folio uses, and the abstract and the entry's BibTeX
behind toggles that need no script (``<details>``).

No ``register()``: nothing here connects to Pelican.
"""
