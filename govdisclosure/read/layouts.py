"""How each table is laid out in print, as far as reading it goes: data the table reader follows."""

from __future__ import annotations

from attrs import frozen


@frozen
class Layout:
    """The printed shape of one table of the template.

    ``any_order``: its rows may stand in any order (PDF text reorders table 二's blocks), so a row
    not found after the one before is looked for in the whole stretch. ``on_lines``: its rows may be
    printed one per line with some labels lost (markdown, PDF conversions). ``prose_decides``: the
    counts the report's prose states may decide its glued digits. ``unit_in_header``: a money
    column's unit may be printed in its header. ``blocks``: its rows stand in blocks under captions
    (第二十条第（一）项), and a caption ends the rows of the block before it. ``dumps``: PDF text
    may give its row labels together and their values elsewhere, column by column (``dumps``). ``groups``: its rows are groups under shared header
    words (table 四): values follow each group's label, or run all together after the headers.
    ``padding_after``: a row's empty padding cells follow its values (table 二 draws rows of one or
    two values in a grid of three); else they come before (a label's colspan).
    """

    table: str
    any_order: bool = False
    on_lines: bool = False
    prose_decides: bool = False
    unit_in_header: bool = False
    blocks: bool = False
    dumps: bool = False
    groups: bool = False
    padding_after: bool = False


LAYOUTS: dict[str, Layout] = {
    "t2": Layout(
        "t2",
        any_order=True,
        prose_decides=True,
        unit_in_header=True,
        blocks=True,
        dumps=True,
        padding_after=True,
    ),
    "t3": Layout("t3", on_lines=True, dumps=True),
    "t4": Layout("t4", groups=True),
}
