"""Today's promises not kept and the case list's promise filter count the same way."""

from __future__ import annotations

from collections import Counter

from collector_desk.services import cases
from collector_desk.services.context import Desk
from collector_desk.services.demo import create_demo
from collector_desk.ui import ops
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.worklist import WorklistFeature


def test_part_kept_promises_are_counted_apart_in_today_and_in_the_list(qtbot, desk: Desk) -> None:
    create_demo(desk, cases=240, assign_to=str(desk.setting("collector_id") or ""))
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    today = w.feature(WorklistFeature).today
    qtbot.waitUntil(lambda: today.plan is not None and ops.pending() == 0, timeout=60_000)
    tree = today.tree
    heads = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    (head,) = [h for h in heads if h.text(0).startswith("Broken promises")]
    items = [i for i in today.plan.items if i.kind == "promise_broken"]
    todo = sum(1 for i in items if not i.done)
    assert head.text(0) == f"Broken promises: {todo} to do of {len(items)}"
    assert "partly kept" in head.toolTip(0) and "last 30 days" in head.toolTip(0)
    groups = {head.child(n).text(0): head.child(n).childCount() for n in range(head.childCount())}
    by_reason = Counter(i.reason for i in items)
    assert groups == {
        f"Broken: nothing paid (last 30 days) · {by_reason['promise_broken']}": by_reason[
            "promise_broken"
        ],
        f"Partly kept: part paid (last 30 days) · {by_reason['promise_partly_kept']}": by_reason[
            "promise_partly_kept"
        ],
    }
    # The list's promise filter: one count per status, the same statuses apart.
    combo = w.case_list.promise
    query = w.case_list.model.query  # whatever scope the list shows
    want = {
        s: f" · {cases.count(desk, query.with_(promise=frozenset({s})))}"
        for s in ("broken", "partly_kept")
    }

    def shown() -> dict[str, str]:
        texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        return {s: texts[s][texts[s].rfind(" · ") :] for s in want}

    # (The first count may come from before the start of day brought the cases up to date.)
    qtbot.waitUntil(lambda: shown() == want, timeout=30_000)
    # Every case Today lists as broken is broken in the list too, and the same for part kept.
    status_of = {
        r.loan_id: r.promise_status for r in cases.page(desk, cases.CaseQuery(), limit=500)
    }
    for i in items:
        assert status_of[i.loan_id] == i.reason.removeprefix("promise_")


def test_the_counts_in_one_pass_equal_each_filters_own_count(desk: Desk) -> None:
    from collector_desk.domain.loan import DPD_BANDS, Bucket

    create_demo(desk, cases=300, assign_to=str(desk.setting("collector_id") or ""))
    desk.refresh_cases()
    sample = cases.page(desk, cases.CaseQuery(), limit=300)[17]
    filters = [b.value for b in Bucket] + [band for band, _, _ in DPD_BANDS]
    for query in (
        cases.CaseQuery(),
        cases.CaseQuery(buckets=frozenset({"M1", "M3"})),
        cases.CaseQuery(promise=frozenset({"broken"}), only_overdue=True),
        cases.CaseQuery(search=sample.contract_no[:-2]),
        cases.CaseQuery(buckets=frozenset({"M1-6-20"}), search=sample.borrower_masked[:1]),
    ):
        found = cases.counts(desk, query)
        assert found.total == cases.count(desk, query)
        base = query.with_(buckets=frozenset())
        assert found.per_filter[""] == cases.count(desk, base)
        for name in filters:
            want = cases.count(desk, base.with_(buckets=frozenset({name})))
            assert found.per_filter[name] == want, (query, name)
        for status in ("pending", "broken", "partly_kept", "kept", "none"):
            key = cases.PROMISE_KEY + status
            want = cases.count(desk, query.with_(promise=frozenset({status})))
            assert found.per_filter[key] == want, (query, status)
    assert cases.counts(desk, cases.CaseQuery()).total == 300
