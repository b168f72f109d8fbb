"""A large case database for the benches, generated fast and cached by size.

    python bench/bigdb.py --cases 50000      # generate (or reuse) and print where

Cached under $COLLECTOR_DESK_BENCH_DIR (default /tmp/collector-desk-bench) in a
folder keyed by the number of cases, the data's day, the generator's version and
the schema's migrations, so a rerun starts at once and a schema change never
reuses a stale file.

How it stays fast (a million cases in about a minute or two of one core):
- the schema comes from the app (`Desk.open`: migrations, settings, identity);
- loans are drawn from a few thousand *templates* (term, disbursal day,
  instalment, how far behind, a payment, a promise). Each template's
  `case_state` row is derived once with the app's own `case_state.derive()` as
  of `DAY`; a case copies it with its own loan id, contract and name, so every
  row is exactly what derive() gives for that case's facts;
- people, phones and ID numbers come from the demo's own name and region lists,
  made unique by construction (a multiplicative permutation of the index);
- every table is written with one `executemany` of full tuples per chunk, with
  the secondary indexes dropped and built once at the end, no journal, no fsync.

`STALE_SHARE` of the cases have a `valid_until` on or before `DAY + 3`, so a
start on the Monday after the data's Friday finds about 12 % stale (the issue's
"1M cases and 120,000 stale": a weekend).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bench_common import bench_dir  # type: ignore[import-not-found]

from collector_desk.services import case_state
from collector_desk.services.context import Desk
from collector_desk.services.demo_people import FEMALE_GIVEN, MALE_GIVEN, REGIONS, SURNAMES
from collector_desk.store.db import DB_FILENAME, MIGRATIONS

VERSION = 2  # bump when the generated data changes
DAY = date(2026, 3, 13)  # a Friday: the data is "as of" this day
WEEKEND = 3  # the morning bench starts on DAY + 3, a Monday
STALE_SHARE = 0.12
TEMPLATES = 4000
CHUNK = 50_000
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_MOBILE = ("138", "139", "136", "137", "135", "150", "151", "152", "158", "159", "186", "187")
# Secondary indexes are built once, after the load: CREATE INDEX sorts once
# instead of a million random inserts into each b-tree.


def schema_fingerprint() -> str:
    digest = hashlib.sha1()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def folder_for(cases: int, day: date = DAY) -> Path:
    return bench_dir() / f"big-{cases}-{day.isoformat()}-v{VERSION}-{schema_fingerprint()}"


def _iso(d: date) -> str:
    return d.isoformat()


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Template:
    count: int
    disbursed: str
    principal: int
    instalment: int
    inst: list[tuple[int, str, int]]  # seq, due_on, amount
    payment: tuple[str, int] | None  # paid_on, amount
    promise: tuple[str, str, str, int] | None  # created_at, made_on, promised_on, amount
    state: tuple[Any, ...]  # case_state after loan_id, contract_no, borrower_name
    stale: bool


STATE_COLUMNS = (
    "loan_id",
    "contract_no",
    "borrower_name",
    "oldest_unpaid_due_on",
    "overdue_fen",
    "outstanding_fen",
    "promise_status",
    "promise_on",
    "promise_fen",
    "last_contact_at",
    "next_action",
    "assigned_to",
    "computed_on",
    "valid_until",
    "derivation",
)


def _template(rng: random.Random, day: date) -> Template:
    from collector_desk.domain.loan import Instalment

    count = rng.choice((6, 9, 12))
    disbursed = day - timedelta(days=rng.randint(10, 30 * (count + 4)))
    disbursed = disbursed.replace(day=min(disbursed.day, 28))
    instalment = rng.choice((900, 1_500, 2_400, 3_600, 5_200)) * 100 + rng.randint(0, 99)
    y, m, d = disbursed.year, disbursed.month, disbursed.day
    dues = [date(y + (m - 1 + n) // 12, (m - 1 + n) % 12 + 1, d) for n in range(1, count + 1)]
    due_now = sum(1 for x in dues if x < day)
    lag = rng.choices((0, 1, 2, 3, due_now), (60, 15, 8, 5, 12))[0]
    paid_n = max(0, due_now - lag)
    payments: list[tuple[date, int]] = []
    if paid_n:
        part = instalment // 3 if lag and rng.random() < 0.2 else 0
        payments = [(min(dues[paid_n - 1], day - timedelta(days=1)), paid_n * instalment + part)]
    promise = None
    promises = []
    if lag and rng.random() < 0.25:
        made = day - timedelta(days=rng.randint(1, 6))
        promised = made + timedelta(days=rng.randint(0, 7))
        created = datetime(made.year, made.month, made.day, 3, 0, tzinfo=UTC)
        promise = (_stamp(created), _iso(made), _iso(promised), instalment * lag)
        promises = [
            SimpleNamespace(
                id="p",
                created_at=created,
                made_on=made,
                promised_on=promised,
                amount_fen=instalment * lag,
            )
        ]
    schedule = [Instalment(n, due, instalment) for n, due in enumerate(dues, start=1)]
    row = case_state.derive(
        loan=SimpleNamespace(id="", contract_no=""),
        borrower_name="",
        schedule=schedule,
        payments=payments,
        promises=promises,
        last_contact_at=None,
        assigned_to="",
        today=day,
    )
    assert tuple(row) == STATE_COLUMNS, f"case_state columns changed: {tuple(row)}"
    state = tuple(
        _iso(v) if isinstance(v, date) and not isinstance(v, datetime) else v
        for k, v in row.items()
        if k not in ("loan_id", "contract_no", "borrower_name")
    )
    return Template(
        count=count,
        disbursed=_iso(disbursed),
        principal=instalment * count * 9 // 10,
        instalment=instalment,
        inst=[(n, _iso(due), instalment) for n, due in enumerate(dues, start=1)],
        payment=(_iso(payments[0][0]), payments[0][1]) if payments else None,
        promise=promise,
        state=state,
        stale=row["valid_until"] <= day + timedelta(days=WEEKEND),
    )


def _check_char(first17: str) -> str:
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


SQL = {
    "borrower": (
        "borrower",
        "id, name, id_number, id_tail, gender, home_address, tz, hlc, origin",
    ),
    "contact": ("contact", "id, borrower_id, name, relation, is_third_party, hlc, origin"),
    "phone": (
        "phone",
        "id, borrower_id, contact_id, number, tail4, label, position, hlc, origin",
    ),
    "loan": (
        "loan",
        "id, contract_no, borrower_id, disbursed_on, principal_fen, instalment_count, "
        "instalment_fen, debit_bank, debit_account, hlc, origin",
    ),
    "instalment": ("instalment", "loan_id, seq, due_on, amount_fen"),
    "payment": (
        "payment",
        "id, created_at, collector_id, workstation_id, loan_id, paid_on, amount_fen, channel",
    ),
    "promise": (
        "promise",
        "id, created_at, collector_id, workstation_id, loan_id, call_id, made_on, promised_on, "
        "amount_fen, method, account, part_payment",
    ),
    "case_state": ("case_state", ", ".join(STATE_COLUMNS)),
}


def _insert_sql(table: str, cols: str) -> str:
    return f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(cols.split(',')))})"


def generate(folder: Path, cases: int, day: date = DAY, seed: int = 1) -> dict[str, Any]:
    """Write `cases` cases as of `day` into a new database in `folder`."""
    started = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    desk = Desk.open(folder)  # schema, identity, like the app's first start
    origin, hlc = desk.workstation_id, desk.hlc()
    desk.close()
    rng = random.Random(seed)
    templates = [_template(rng, day) for _ in range(TEMPLATES)]
    stale_t = [t for t in templates if t.stale]
    fresh_t = [t for t in templates if not t.stale]
    natural = len(stale_t) / len(templates)
    db = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    for pragma in (
        "journal_mode=OFF",
        "synchronous=OFF",
        "foreign_keys=OFF",
        "cache_size=-262144",
        "temp_store=MEMORY",
        "locking_mode=EXCLUSIVE",
    ):
        db.execute(f"PRAGMA {pragma}")
    indexes = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
    ).fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    sql = {k: _insert_sql(t, c) for k, (t, c) in SQL.items()}
    regions = [(r[0], f"{r[2]}{r[3]}") for r in REGIONS]
    males = [(s + g, "M") for s in SURNAMES for g in MALE_GIVEN]
    females = [(s + g, "F") for s in SURNAMES for g in FEMALE_GIVEN]
    born0 = date(1968, 1, 1).toordinal()
    bits = rng.getrandbits
    created = _stamp(datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC) - timedelta(days=1))

    def uid() -> str:
        h = f"{bits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    stale_n = 0
    for first in range(0, cases, CHUNK):
        rows: dict[str, list[tuple[Any, ...]]] = {k: [] for k in SQL}
        b_rows, c_rows, ph_rows, l_rows = (
            rows["borrower"],
            rows["contact"],
            rows["phone"],
            rows["loan"],
        )
        i_rows, pay_rows, pr_rows, s_rows = (
            rows["instalment"],
            rows["payment"],
            rows["promise"],
            rows["case_state"],
        )
        for i in range(first, min(first + CHUNK, cases)):
            stale = rng.random() < STALE_SHARE
            t = rng.choice(stale_t if stale else fresh_t)
            stale_n += stale
            name, gender = rng.choice(males if rng.random() < 0.5 else females)
            code, place = rng.choice(regions)
            j = (i * 7_368_787) % 14_600_000  # unique (birth day, order) per case
            order = (j % 500) * 2 + (1 if gender == "M" else 0)
            born = date.fromordinal(born0 + j // 500 % 11_000)
            first17 = f"{code}{born:%Y%m%d}{order:03d}"
            id_number = first17 + _check_char(first17)
            bid, lid, cid = uid(), uid(), uid()
            home = f"{place}{i % 997 + 1}号"
            b_rows.append(
                (bid, name, id_number, id_number[-4:], gender, home, "Asia/Shanghai", hlc, origin)
            )
            k = (2 * i * 48_271) % 100_000_000  # unique 8-digit tails for both numbers
            own = f"86{_MOBILE[i % 12]}{k:08d}"
            spouse_no = f"86{_MOBILE[(i + 5) % 12]}{(k + 48_271) % 100_000_000:08d}"
            spouse = rng.choice(females if gender == "M" else males)[0]
            c_rows.append((cid, bid, spouse, "spouse", 0, hlc, origin))
            ph_rows.append((uid(), bid, None, own, own[-4:], "mobile", 0, hlc, origin))
            ph_rows.append((uid(), bid, cid, spouse_no, spouse_no[-4:], "mobile", 0, hlc, origin))
            contract = f"HT{t.disbursed[:4]}{t.disbursed[5:7]}{i:08d}"
            account = f"622202{(i * 7_919) % 10**13:013d}"
            l_rows.append(
                (
                    lid,
                    contract,
                    bid,
                    t.disbursed,
                    t.principal,
                    t.count,
                    t.instalment,
                    "中国工商银行",
                    account,
                    hlc,
                    origin,
                )
            )
            i_rows.extend([(lid, s, d, a) for s, d, a in t.inst])
            if t.payment is not None:
                pay_rows.append(
                    (uid(), created, "bench", origin, lid, t.payment[0], t.payment[1], "auto_debit")
                )
            if t.promise is not None:
                c_at, made, promised, amount = t.promise
                pr_rows.append(
                    (
                        uid(),
                        c_at,
                        "bench",
                        origin,
                        lid,
                        None,
                        made,
                        promised,
                        amount,
                        "bank_transfer",
                        "bench",
                        0,
                    )
                )
            s_rows.append((lid, contract, name, *t.state))
        db.execute("BEGIN")
        for key, values in rows.items():
            db.executemany(sql[key], values)
        db.execute("COMMIT")
        print(f"  {min(first + CHUNK, cases):,} of {cases:,} cases written", flush=True)
    written = time.perf_counter()
    for _, create in indexes:
        db.execute(create)
    db.execute("ANALYZE")
    db.execute("PRAGMA locking_mode=NORMAL")
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    (folder / "READY").write_text(f"{cases} cases as of {day.isoformat()}\n")
    return {
        "generate_s": round(time.perf_counter() - started, 1),
        "write_s": round(written - started, 1),
        "index_s": round(time.perf_counter() - written, 1),
        "stale_after_weekend": stale_n,
        "natural_stale_share": round(natural, 3),
    }


def ensure(cases: int, *, regen: bool = False, day: date = DAY) -> tuple[Path, dict[str, Any]]:
    """The cached database of `cases` cases (generated first if missing)."""
    folder = folder_for(cases, day)
    info = folder / "generated.json"
    if regen or not (folder / "READY").exists():
        print(f"generating {cases:,} cases in {folder} ...", flush=True)
        figures = generate(folder, cases, day)
        info.write_text(json.dumps(figures))
        _second_morning(folder)
        return folder, {**figures, "reused": False}
    print(f"reusing {folder}", flush=True)
    _second_morning(folder)
    return folder, {**json.loads(info.read_text()), "reused": True}


def _second_morning(folder: Path) -> None:
    """A desk in use: the welcome is done (no first-run dialog). No collector id is
    set: with one, the list shows only that collector's cases, and none are assigned."""
    with sqlite3.connect(folder / DB_FILENAME) as db:
        db.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('first_run_done', 'true')")
        db.execute("DELETE FROM setting WHERE key IN ('collector_id', 'collector_name')")
    # These are the workstation's own settings, kept in its file once it has one (the
    # generator's Desk made it): without first_run_done there, every start showed the
    # welcome dialog over the morning being timed.
    local = folder / "workstation.json"
    if local.exists():
        values = json.loads(local.read_text(encoding="utf-8"))
        values["first_run_done"] = True
        for key in ("collector_id", "collector_name"):
            values.pop(key, None)
        local.write_text(json.dumps(values, indent=1), encoding="utf-8")


def copy_of(folder: Path, dest: Path) -> Path:
    """A private copy to start the app on (a start writes: the day's refresh)."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name in (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"):
        if (folder / name).exists():
            shutil.copyfile(folder / name, dest / name)
    return dest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--regen", action="store_true")
    args = parser.parse_args()
    folder, figures = ensure(args.cases, regen=args.regen)
    print(json.dumps({"folder": str(folder), **figures}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
