"""The Today tab's tree, brought to a plan by key (`PlanTree.sync`).

A plan is laid out as plain data first (`layout_plan`: sections, bands, items),
then the tree is brought to it: rows whose item did not change stay as they are,
changed rows are updated in place, new rows are built detached and attached to
their section at once. `sync` yields after each row it builds or updates, so the
view can let the event loop run between slices.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidgetItem

from collector_desk.domain.money import format_fen
from collector_desk.ui.worklist import texts

if TYPE_CHECKING:
    from collector_desk.services.worklist import WorkItem, Worklist

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
IN_PLACE_MAX = 24  # more changed rows under one heading: rebuilt detached, attached at once
BROKEN_LOOKBACK_DAYS = 30  # services.worklist_sections looks back this far
DONE_FG = QColor("#8a8a8a")


@dataclass
class Group:
    """A section heading or a band within one, as the tree shows it."""

    key: str
    text: str
    bold: bool = False
    tip: str = ""
    open: bool | None = None  # None: as the user left it (open on the first fill)
    children: list[Node] = field(default_factory=list)


Node = Union[Group, "WorkItem"]


@dataclass
class Shown:
    """One item of the tree and what it shows now (the mirror `sync` diffs)."""

    item: QTreeWidgetItem
    node: Node | None
    kids: list[Shown] = field(default_factory=list)
    open: bool = True  # a heading: expanded


def node_key(node: Node) -> object:
    return node.key if isinstance(node, Group) else (node.kind, node.loan_id, node.ref)


def layout_plan(plan: Worklist, first_fill: bool) -> list[Group]:
    """The tree the plan makes, as plain data: sections, bands, items."""
    from collector_desk.services.worklist import SECTION_ORDER

    out: list[Group] = []
    for kind in SECTION_ORDER:
        items = [i for i in plan.items if i.kind == kind.value]
        if not items:
            continue
        todo = sum(1 for i in items if not i.done)
        head = Group(
            kind.value,
            QCoreApplication.translate("TodayView", "{section}: {todo} to do of {n}").format(
                section=texts.section(kind.value), todo=todo, n=len(items)
            ),
            bold=True,
            open=True if first_fill else None,
            tip=texts.section_meaning(kind.value, BROKEN_LOOKBACK_DAYS),
        )
        out.append(head)
        parent = head
        band = None
        group = None
        if kind.value == "promise_broken":  # broken and partly kept, as the list counts
            items.sort(key=lambda i: i.reason != "promise_broken")
        for item in items:
            if kind.value == "promise_broken" and item.reason != group:
                group = item.reason
                n = sum(1 for i in items if i.reason == group)
                parent = Group(
                    f"promise:{group}",
                    f"{texts.promise_group(group, BROKEN_LOOKBACK_DAYS)} · {n}",
                    open=True,
                )
                head.children.append(parent)
            if kind.value == "collect" and item.band != band:
                band = item.band
                total = plan.band_totals.get(band, 0)
                shown = sum(1 for i in items if i.band == band)
                parent = Group(
                    f"band:{band}",
                    texts.band(band) + f" ({shown}/{total})" if total > shown else texts.band(band),
                    open=True,
                )
                head.children.append(parent)
            parent.children.append(item)
    return out


def make_row(item: WorkItem) -> QTreeWidgetItem:
    row = QTreeWidgetItem()
    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    fill_row(row, item)
    return row


def fill_row(row: QTreeWidgetItem, item: WorkItem) -> None:
    why = texts.reason(item)  # in full in the tooltip, however narrow the column
    cells = (
        f"{item.window_start:%H:%M}-{item.window_end:%H:%M}",
        item.borrower_masked,
        format_fen(item.amount_fen) if item.amount_fen else "",
        texts.reason(item, short=True),
    )
    row.setData(0, ITEM_ROLE, item)
    row.setCheckState(0, Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
    for col, text in enumerate(cells):
        row.setText(col, text)
        row.setToolTip(col, f"{why}\n{item.contract_no}")
        if item.done:
            row.setForeground(col, QBrush(DONE_FG))
        else:
            row.setData(col, Qt.ItemDataRole.ForegroundRole, None)


class PlanTree:
    """The mirror of a QTreeWidget's items and the plan nodes they show."""

    def __init__(self, root: QTreeWidgetItem) -> None:
        self.root = Shown(root, None)
        self.touched = False  # a row was built or changed: fit the columns again
        self.reattached = False  # rows were re-inserted: headings lost span and open state

    def sync(self, nodes: list[Node]) -> Iterator[None]:
        self.touched = False
        yield from self._sync(self.root, nodes)

    def groups(self, parent: Shown | None = None) -> Iterator[Shown]:
        for k in (parent or self.root).kids:
            if isinstance(k.node, Group):
                yield k
                yield from self.groups(k)

    def find(self, key: object | None) -> QTreeWidgetItem | None:
        """The row of the item with this key (the first item when None)."""

        def walk(shown: Shown) -> QTreeWidgetItem | None:
            for k in shown.kids:
                if isinstance(k.node, Group):
                    found = walk(k)
                    if found is not None:
                        return found
                elif key is None or (k.node is not None and node_key(k.node) == key):
                    return k.item
            return None

        return walk(self.root)

    def _sync(self, parent: Shown, nodes: list[Node]) -> Iterator[None]:
        old = {node_key(k.node): k for k in parent.kids if k.node is not None}
        # Many changed rows (a new day moves every DPD): fresh detached rows and one
        # re-insert cost less than a model notification per cell of each row.
        changed = sum(
            1
            for n in nodes
            if not isinstance(n, Group) and (k := old.get(node_key(n))) is not None and k.node != n
        )
        in_place = changed <= IN_PLACE_MAX
        kids: list[Shown] = []
        for node in nodes:
            shown = old.pop(node_key(node), None)
            if isinstance(node, Group):
                if shown is None:
                    head = QTreeWidgetItem([node.text])
                    head.setData(0, ITEM_ROLE, node.key)
                    if node.tip:
                        head.setToolTip(0, node.tip)
                    if node.bold:
                        bold = QFont(head.font(0))
                        bold.setBold(True)
                        head.setFont(0, bold)
                    shown = Shown(head, None, open=bool(node.open))
                else:
                    if not isinstance(shown.node, Group) or shown.node.text != node.text:
                        shown.item.setText(0, node.text)
                        shown.item.setToolTip(0, node.tip)
                    shown.open = shown.item.isExpanded() if node.open is None else node.open
                shown.node = node
                yield from self._sync(shown, node.children)
            elif shown is None:
                shown = Shown(make_row(node), node)
                yield
            elif shown.node != node:
                if in_place:
                    fill_row(shown.item, node)
                    shown.node = node
                    self.touched = True
                else:
                    shown = Shown(make_row(node), node)
                yield
            kids.append(shown)
        if [id(k.item) for k in kids] != [id(k.item) for k in parent.kids]:
            parent.item.takeChildren()
            parent.item.addChildren([k.item for k in kids])  # one insert, however many
            self.reattached = self.touched = True
        parent.kids = kids
