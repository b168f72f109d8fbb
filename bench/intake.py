"""Speed of case intake (issue #3 §6): a 100,000-row head-office workbook.

    .venv/bin/python bench/intake.py [--rows 100000] [--runs 3]

- ours: `run_intake` on an empty workstation: read with python-calamine in a
  bounded child process, map the headers, check every row (ID checksum, phones,
  amounts, dates, repeats), reconcile head office's stated position (DPD,
  overdue, outstanding, repaid count, bucket), write borrowers, contacts,
  phones, loans, instalment schedules, payments and their case_state rows, a
  transaction per 2,000 rows, with the one-intake lock and the holder record.
- the file has every column of issue 11's item 1 (stated position, charges, last
  payment, due day, placement, batch, collector); its collectors are on the roster,
  so intake also assigns the cases.
- baseline: the raw work of the same result: parse the same file with the fastest
  reader there is (calamine) + a bare multi-row INSERT of exactly the rows intake
  wrote (taken from a finished run: every table's new rows, the assignment's
  registers and audit events too; fact_seq is filled by the same triggers) into
  the same schema with the same roster, on a connection with the app's pragmas
  (WAL, synchronous=NORMAL, foreign keys), one commit.
  Same rows means the same ids too (intake's are time-ordered, which spares
  both sides index page rewrites); the reader's parse runs in-process here.
  A spreadsheet row becomes about 18 database rows (a 12-month loan has 12
  instalments), so a baseline of one database row per spreadsheet row would
  measure a different job; its figure is printed too, for reference.
Budget: ours <= 1.5 x baseline (medians). Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench_common import bench_dir, emit

from collector_desk.domain.loan import bucket_for_dpd, equal_instalments, position
from collector_desk.services.context import Desk
from collector_desk.store.db import DB_FILENAME

TODAY = date(2026, 3, 16)
REGIONS = ("110101", "110105", "310104", "310115", "440305", "440106", "330102", "510104",
           "320102", "420106", "610113", "500103")  # fmt: skip
MOBILE = ("138", "139", "186", "158", "177", "135", "150", "188", "199", "136")
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
# Every column of issue 11's item 1: the stated position, its charges, the placement and
# the assigned collector (all of them on the roster: the assignment is written too).
HEADERS = [
    "合同编号", "客户姓名", "身份证号", "手机号码", "放款日期", "借款金额（元）", "期数",
    "月还款额(元)", "已还金额", "产品名称", "门店", "开户行", "还款账号", "联系人姓名",
    "与借款人关系", "联系人电话", "已还期数", "逾期天数", "逾期总额", "剩余应还", "账龄",
    "逾期本金", "逾期利息", "罚息", "违约金", "最近还款日期", "每月还款日", "委案日期",
    "委案金额", "批次号", "催收员",
]  # fmt: skip
COLLECTORS = tuple(f"C{n:03d}" for n in range(1, 9))
BOOK = "cases-every-column.xlsx"
# Written by intake and its assignment; fact_seq is filled by triggers on both sides.
TABLES = (
    "borrower",
    "contact",
    "loan",
    "phone",
    "instalment",
    "payment",
    "placement",
    "case_state",
)
TRIGGERED = ("fact_seq",)


def _ric(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def make_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    rng = random.Random(20260316)
    book = Workbook(write_only=True)
    ws = book.create_sheet("分案明细")
    ws.append(["2026年3月 新分案明细"])
    ws.append(HEADERS)
    surnames, given = (
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗",
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚",
    )
    for n in range(rows):
        born = date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 35))
        first17 = f"{REGIONS[n % len(REGIONS)]}{born:%Y%m%d}{n % 1000:03d}"
        term = rng.choice((6, 12, 12, 24, 36))
        principal = rng.randrange(20, 300) * 500
        instalment = round(principal * (1 + 0.015 * term) / term, 2)
        disbursed = TODAY - timedelta(days=rng.randrange(40, 700))
        paid_count = rng.randrange(0, max(1, term // 2))
        paid = instalment * paid_count
        fen = round(instalment * 100)
        schedule = equal_instalments(disbursed, term, fen)
        pos = position(schedule, [(disbursed, paid_count * fen)], TODAY)
        dpd = pos.dpd + (rng.randrange(1, 60) if n % 20 == 0 else 0)  # 5% state another DPD
        overdue = pos.overdue_fen / 100
        ws.append([
            f"HT{n:010d}", surnames[n % 20] + given[(n // 20) % len(given)] + given[n % len(given)] * (n % 2),
            _ric(first17), f"{MOBILE[n % 10]}{n:08d}", disbursed, principal, term,
            instalment, round(paid, 2), "薪金贷", "北京朝阳店", "招商银行",
            f"6214{n:012d}", "李华", "配偶", f"{MOBILE[(n + 3) % 10]}{n + 50_000_000:08d}",
            paid_count, dpd, overdue, pos.outstanding_fen / 100,
            bucket_for_dpd(dpd).value, overdue, 0, 0, 0,
            schedule[paid_count - 1].due_on if paid_count else None,
            disbursed.day, TODAY - timedelta(days=3), pos.outstanding_fen / 100, "B2603",
            COLLECTORS[n % len(COLLECTORS)],
        ])  # fmt: skip
    book.save(path)


def _empty(folder: Path) -> Path:
    """A migrated database with the team's roster (the file's collectors)."""
    from collector_desk.services import assignment

    shutil.rmtree(folder, ignore_errors=True)
    desk = Desk.open(folder, today=lambda: TODAY)
    try:
        for n, who in enumerate(COLLECTORS):
            assignment.add_member(desk, who, f"催收员{n + 1}")
    finally:
        desk.close()
    return folder


def ours(book: Path, template: Path, work: Path) -> tuple[float, float, object]:
    from collector_desk.exchange.intake import run_intake

    folder = work / "ours"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    now = datetime(2026, 3, 16, 2, tzinfo=UTC)
    desk = Desk.open(folder, today=lambda: TODAY, now=lambda: now)
    try:
        start, cpu = time.perf_counter(), _cpu()
        report = run_intake(desk, book)
        return time.perf_counter() - start, _cpu() - cpu, report
    finally:
        desk.close()


def _cpu() -> float:
    """CPU seconds of this process and of its finished children: intake reads a
    workbook in a child process (hostile-file bounds), whose work counts too."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _written_rows(folder: Path, template: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row intake's run added (its cases, the assignment's registers and audit
    events...), table by table, the case tables first (foreign keys)."""
    db = sqlite3.connect(folder / DB_FILENAME)
    db.execute("ATTACH ? AS t", (str(template / DB_FILENAME),))
    try:
        names = [n for (n,) in db.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
        )]  # fmt: skip
        out = {}
        for t in [*TABLES, *sorted(set(names) - set(TABLES) - set(TRIGGERED))]:
            new = db.execute(f'SELECT * FROM main."{t}" EXCEPT SELECT * FROM t."{t}"').fetchall()
            if new:
                out[t] = new
        return out
    finally:
        db.close()


def baseline(
    book: Path, template: Path, work: Path, rows: dict[str, list], pragmas: tuple[str, ...] = ()
) -> tuple[float, float, float]:
    """The bare form. `pragmas`: more settings of the connection, for the reference
    figure with those intake's chunks have (`store.sync.BULK_PRAGMAS`: a large page
    cache, temporary files in memory)."""
    from python_calamine import CalamineWorkbook

    folder = work / "base"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    db = sqlite3.connect(folder / DB_FILENAME)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):  # the app's
        db.execute(f"PRAGMA {pragma}")
    for pragma in pragmas:
        db.execute(pragma)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        wb = CalamineWorkbook.from_path(str(book))
        sheet = wb.get_sheet_by_index(0).to_python()
        parsed = time.perf_counter()
        limit = db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        for table, values in rows.items():
            one = "(" + ",".join("?" * len(values[0])) + ")"
            if table not in TABLES:  # a setting changed: a row or two
                db.executemany(f'INSERT OR REPLACE INTO "{table}" VALUES {one}', values)
                continue
            # The fastest bare insert: many rows per statement (as the app's bulk writer
            # does since session 7; one statement per row pays SQLite's statement journal
            # for every row).
            per = max(1, min(1000, limit // len(values[0])))
            for i in range(0, len(values), per):
                part = values[i : i + per]
                db.execute(
                    f'INSERT INTO "{table}" VALUES ' + ",".join([one] * len(part)),
                    [v for r in part for v in r],
                )
        db.commit()
        end, cpu_end = time.perf_counter(), time.process_time()
    finally:
        db.close()
    assert len(sheet) > 1
    return parsed - start, end - start, cpu_end - cpu


def one_row_each(book: Path, work: Path) -> float:
    from python_calamine import CalamineWorkbook

    path = work / "flat.sqlite"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        sheet = CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()
        db.execute(f"CREATE TABLE flat ({', '.join(f'c{i}' for i in range(len(HEADERS)))})")
        db.executemany(f"INSERT INTO flat VALUES ({','.join('?' * len(HEADERS))})",
                       [r[: len(HEADERS)] for r in sheet[2:]])  # fmt: skip
        db.commit()
        return time.perf_counter() - start
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = bench_dir() / f"intake-{args.rows}"
    root.mkdir(parents=True, exist_ok=True)
    book = root / BOOK  # every column head office's files carry
    if not book.exists():
        t = time.perf_counter()
        make_workbook(book, args.rows)
        print(f"wrote {book} in {time.perf_counter() - t:.1f}s")
    template = _empty(root / "template")
    from collector_desk.store.sync import BULK_PRAGMAS

    mine, base, parse, mine_cpu, base_cpu = [], [], [], [], []
    cached, cached_cpu = [], []
    rows: dict[str, list] = {}
    report = None
    for run in range(args.runs):
        took, cpu, report = ours(book, template, root)
        if not rows:
            rows = _written_rows(root / "ours", template)
        p, b, b_cpu = baseline(book, template, root, rows)
        _p, c, c_cpu = baseline(book, template, root, rows, BULK_PRAGMAS)
        cached.append(c)
        cached_cpu.append(c_cpu)
        mine.append(took)
        base.append(b)
        parse.append(p)
        mine_cpu.append(cpu)
        base_cpu.append(b_cpu)
        print(f"run {run + 1}: intake {took:.2f}s (cpu {cpu:.2f}s) | baseline {b:.2f}s "
              f"(cpu {b_cpu:.2f}s, calamine parse {p:.2f}s) | baseline with intake's page "
              f"cache and temp store {c:.2f}s (cpu {c_cpu:.2f}s)")  # fmt: skip
    flat = one_row_each(book, root)
    written = sum(len(v) for v in rows.values())
    ours_s, base_s = statistics.median(mine), statistics.median(base)
    ratio = ours_s / base_s
    assert report is not None
    print(
        f"{report.accepted:,} rows accepted, {report.rejected} rejected; {written:,} database rows; "
        f"ratio {ratio:.2f} (budget 1.5); parse + one row per line: {flat:.2f}s"
    )
    emit(
        {
            "rows": args.rows,
            "accepted": report.accepted,
            "db_rows": written,
            "intake_s": round(ours_s, 2),
            "baseline_s": round(base_s, 2),
            "parse_s": round(statistics.median(parse), 2),
            "one_row_per_line_s": round(flat, 2),
            "rows_per_s": round(report.accepted / ours_s),
            "ratio": round(ratio, 2),
            # CPU seconds (SQLite included, intake's workbook-reading child included,
            # waits for the disk or for a core excluded): steadier than wall time on
            # a shared machine.
            "intake_cpu_s": round(statistics.median(mine_cpu), 2),
            "baseline_cpu_s": round(statistics.median(base_cpu), 2),
            "cpu_ratio": round(statistics.median(mine_cpu) / statistics.median(base_cpu), 2),
            # For reference, not the budget: the same bare form with the settings
            # intake's chunks have (store.sync.BULK_PRAGMAS).
            "baseline_cached_s": round(statistics.median(cached), 2),
            "baseline_cached_cpu_s": round(statistics.median(cached_cpu), 2),
            "ratio_vs_cached": round(ours_s / statistics.median(cached), 2),
            "cpu_ratio_vs_cached": round(
                statistics.median(mine_cpu) / statistics.median(cached_cpu), 2
            ),
            "intake_ok": ratio <= 1.5,
        }
    )


if __name__ == "__main__":
    main()
