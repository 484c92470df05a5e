"""Review pages: each report as its official tables with every finding on its cell, and the source
with every span marked, as self-contained HTML files (no network, opens from ``file://``).

``review_page(result, checked)`` gives one page; ``write_review(readings, DIR)`` (or a
``ReviewBatch``) writes ``DIR/<input stem>.html`` for each report and ``DIR/index.html``. This
layer reads parse results; it never parses (the command line does, see ``cli/commands/review``).
"""

from govdisclosure.review.batch import ReviewBatch, write_review
from govdisclosure.review.index import Entry, review_index
from govdisclosure.review.page import Reading, review_page
from govdisclosure.review.relations import Relation

__all__ = ["Entry", "Reading", "Relation", "ReviewBatch", "review_index", "review_page", "write_review"]
