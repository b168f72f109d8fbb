"""A large generated case database for the benches, cached between runs.

Cases go through the app's own bulk writer (`services.portfolio.write_cases`).
Shortcuts, so a million cases take minutes rather than an hour (about 9 minutes
on a 2-core machine busy with other work; the Python side is the bottleneck):
- the load runs with synchronous=OFF, no journal and the secondary indexes
  dropped, then recreated (CREATE INDEX sorts once instead of a million
  random inserts); the file is then switched back to WAL like the app's;
- case_state rows are derived in memory with the app's own
  `case_state.derive()` from the facts just generated (schedule, payments,
  promise), instead of `case_state.refresh()` reading a million loans back.
  The result is the same rows (tests/test_services_portfolio.py checks this
  equivalence for the writer's own in-memory path).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import random
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from collector_desk.domain.identity import loan_uuid
from collector_desk.services import case_state
from collector_desk.services.context import DEFAULTS, Desk
from collector_desk.services.demo_people import People
from collector_desk.services.portfolio import (
    CaseRecord,
    ContactRecord,
    PaymentRecord,
    Stamp,
    write_cases,
)
from collector_desk.store.cases_bulk import CaseWriter
from collector_desk.store.db import DB_FILENAME, MIGRATIONS, sqlite_url

VERSION = 2  # bump when the generated data changes (2: convergent loan ids)
CHUNK = 20_000


def schema_fingerprint() -> str:
    """Changes whenever a migration does, so a cached database never lags the schema."""
    digest = hashlib.sha1()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def cached_folder(root: Path, cases: int, today: date) -> Path:
    return root / f"cases-{cases}-{today.isoformat()}-v{VERSION}-{schema_fingerprint()}"


def is_ready(folder: Path) -> bool:
    return (folder / "READY").exists()


@dataclass
class _Gen:
    rng: random.Random
    people: People
    today: date

    def uid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def record(self, i: int) -> tuple[CaseRecord, dict[str, Any] | None]:
        rng, people, today = self.rng, self.people, self.today
        region = people.region()
        who = people.person()
        count = rng.choice((6, 9, 12))
        disbursed = today - timedelta(days=rng.randint(10, 30 * (count + 4)))
        disbursed = disbursed.replace(day=min(disbursed.day, 28))
        instalment = rng.choice((900, 1_500, 2_400, 3_600, 5_200)) * 100 + rng.randint(0, 99)
        # Due days are 1-28, so the schedule is plain month arithmetic.
        y, m, d = disbursed.year, disbursed.month, disbursed.day
        dues = [date(y + (m - 1 + n) // 12, (m - 1 + n) % 12 + 1, d) for n in range(1, count + 1)]
        due_now = sum(1 for day in dues if day < today)
        lag = rng.choices((0, 1, 2, 3, due_now), (60, 15, 8, 5, 12))[0]
        paid_n = max(0, due_now - lag)
        payments: tuple[PaymentRecord, ...] = ()
        if paid_n:
            last_due = dues[paid_n - 1]
            part = instalment // 3 if lag and rng.random() < 0.2 else 0
            payments = (
                PaymentRecord(min(last_due, today - timedelta(days=1)), paid_n * instalment + part),
            )
        spouse = people.person(gender="F" if who.gender == "M" else "M")
        rec = CaseRecord(
            contract_no=f"HT{disbursed:%Y%m}{i:08d}",
            name=who.name,
            id_number=people.id_number(region, people.birth_date(today, region), who.gender),
            phones=(people.mobile(),),
            disbursed_on=disbursed,
            principal_fen=instalment * count * 9 // 10,
            instalment_count=count,
            instalment_fen=instalment,
            debit_bank="中国工商银行",
            debit_account=f"622202{rng.randrange(10**13):013d}",
            home_address=f"{region.place}{rng.randint(1, 999)}号",
            contacts=(ContactRecord(spouse.name, "spouse", (people.mobile(),)),),
            payments=payments,
            schedule=tuple((day, instalment) for day in dues),
            # the id every writer gives the contract (the draw it once took is still made,
            # so the rest of the data stays the same); borrowers keep seeded ids (random ID
            # numbers repeat among a million, and a bench borrower is one case's)
            loan_id=self.uid() and loan_uuid(DEFAULTS["lender_name"], f"HT{disbursed:%Y%m}{i:08d}",
                                             today, i),  # in case order, as a file's rows
            borrower_id=self.uid(),
        )  # fmt: skip
        promise = None
        if lag and rng.random() < 0.25:
            made = today - timedelta(days=rng.randint(1, 6))
            promise = {
                "made_on": made,
                "promised_on": made + timedelta(days=rng.randint(0, 7)),
                "amount_fen": instalment * lag,
            }
        return rec, promise


def _load_engine(path: Path) -> Engine:
    """An engine for bulk loading: no journal, no fsync, no FK checks, a big cache."""
    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _load_pragmas(dbapi_conn: Any, _record: Any) -> None:
        for pragma in (
            "journal_mode=OFF",
            "synchronous=OFF",
            "foreign_keys=OFF",
            "cache_size=-524288",
            "temp_store=MEMORY",
        ):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    return engine


def _drop_indexes(engine: Engine) -> list[str]:
    with engine.begin() as conn:
        found = list(
            conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
            )
        )
        for name, _ in found:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def _promise_row(gen: _Gen, rec: CaseRecord, p: dict[str, Any], origin: str) -> dict[str, Any]:
    return {
        "id": gen.uid(),
        "created_at": datetime.combine(p["made_on"], dtime(3, 0), UTC),
        "collector_id": "bench",
        "workstation_id": origin,
        "loan_id": rec.loan_id,
        "call_id": None,
        "method": "bank_transfer",
        "account": "bench",
        "part_payment": False,
        **p,
    }


def _write_shard(job: tuple[Path, list[int], int, date, int, str]) -> float:
    """Worker: write the given chunks into a shard database; returns seconds of derive()."""
    shard, chunks, cases, today, seed, origin = job
    Desk.open(shard).close()
    engine = _load_engine(shard / DB_FILENAME)
    _drop_indexes(engine)
    now = datetime.combine(today, dtime(1, 0), UTC)
    stamp = Stamp("000000000000001-00000", origin, "bench", now - timedelta(days=1))
    derive_s = 0.0
    for chunk in chunks:
        # Seeded per chunk: the data does not depend on how many workers there are.
        gen = _Gen(
            random.Random(f"{seed}:{chunk}"), People(random.Random(f"{seed}:{chunk}:p")), today
        )
        first = chunk * CHUNK
        pairs = [gen.record(i) for i in range(first, min(first + CHUNK, cases))]
        with Session(engine) as s, s.begin():
            write_cases(s, (r for r, _ in pairs), stamp, chunk=CHUNK)
            t0 = time.perf_counter()
            promises, states = [], []
            for rec, p in pairs:
                row = _promise_row(gen, rec, p, origin) if p is not None else None
                if row is not None:
                    promises.append(row)
                states.append(
                    case_state.derive(
                        loan=SimpleNamespace(id=rec.loan_id, contract_no=rec.contract_no),
                        borrower_name=rec.name,
                        schedule=rec.instalments(),
                        payments=[(x.paid_on, x.amount_fen) for x in rec.payments],
                        promises=[SimpleNamespace(**row)] if row else [],
                        last_contact_at=None,
                        assigned_to="",
                        today=today,
                    )
                )
            derive_s += time.perf_counter() - t0
            CaseWriter(s).insert_values("promise", promises)
            # A bench shortcut: the generator's derived rows straight into the cache table.
            CaseWriter(s).insert_values("case_state", states)
        print(f"  chunk {chunk + 1} of {(cases + CHUNK - 1) // CHUNK} written", flush=True)
    engine.dispose()
    return derive_s


MERGED = ("borrower", "contact", "phone", "loan", "instalment", "payment", "promise", "case_state")


def generate(
    folder: Path, cases: int, today: date, *, seed: int = 1, workers: int = 2
) -> dict[str, float]:
    """Write `cases` cases into a new database in `folder`; returns timings in seconds.

    Workers write shards in parallel (the Python side is the bottleneck); the
    shards are then merged with INSERT ... SELECT and the indexes built once.
    """
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    desk = Desk.open(folder)  # schema, stamp and workstation id, like the app
    origin = desk.workstation_id
    desk.close()
    engine = _load_engine(folder / DB_FILENAME)
    indexes = _drop_indexes(engine)
    n_chunks = (cases + CHUNK - 1) // CHUNK
    shards = [folder / f"shard-{w}" for w in range(workers)]
    jobs = [
        (shards[w], list(range(w, n_chunks, workers)), cases, today, seed, origin)
        for w in range(workers)
    ]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        derive_s = sum(pool.map(_write_shard, jobs))
    written_at = time.perf_counter()
    with engine.connect() as conn:
        for n, shard in enumerate(shards):
            conn.exec_driver_sql(f"ATTACH DATABASE '{(shard / DB_FILENAME).as_posix()}' AS s{n}")
            for table in MERGED:
                conn.exec_driver_sql(f"INSERT INTO main.{table} SELECT * FROM s{n}.{table}")
            conn.commit()
            conn.exec_driver_sql(f"DETACH DATABASE s{n}")
    merged_at = time.perf_counter()
    with engine.begin() as conn:
        for sql in indexes:
            conn.exec_driver_sql(sql)
    indexed_at = time.perf_counter()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    engine.dispose()
    for shard in shards:
        shutil.rmtree(shard)
    (folder / "READY").write_text(f"{cases} cases for {today.isoformat()}\n")
    return {
        "generate_s": round(time.perf_counter() - started, 1),
        "write_s": round(written_at - started, 1),
        "derive_cpu_s": round(derive_s, 1),
        "merge_s": round(merged_at - written_at, 1),
        "index_s": round(indexed_at - merged_at, 1),
    }
