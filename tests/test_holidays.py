"""Working days beyond the chinese_calendar package: the rules, the files, the import."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest

from collector_desk.cli import main
from collector_desk.domain.holidays import ArrangementError, parse_arrangement, statutory_holidays
from collector_desk.domain.reminders import ReminderClass, due_date_calls
from collector_desk.domain.workdays import WorkCalendar
from collector_desk.services import holidays
from collector_desk.services.context import Desk
from collector_desk.services.worklist_tasks import calendar_status, work_calendar

SPRING_2027 = [date(2027, 2, d) for d in (5, 6, 7, 8)]


def test_rules_pin_new_year_and_the_spring_festival_2027_as_days_off() -> None:
    cal = WorkCalendar()  # no file at all: the rules alone
    assert not cal.is_workday(date(2027, 1, 1))
    assert not any(cal.is_workday(d) for d in SPRING_2027)
    # Sat 6 and Sun 7 Feb are given back on the next working days (补假).
    assert not cal.is_workday(date(2027, 2, 9)) and not cal.is_workday(date(2027, 2, 10))
    assert cal.is_workday(date(2027, 2, 11))
    assert cal.source(2027) == "provisional" and cal.fallback_years == (2027,)


def test_mid_autumn_on_national_day_keeps_its_own_day_off() -> None:
    """2028: 中秋 is Tuesday 3 October, a day National Day has too. Each holiday keeps
    its day: with Sunday 1 October given back, 1-5 October are off, the 6th is worked."""
    rules = statutory_holidays(2028)
    assert rules is not None
    october = {d.day: name for d, name in rules.holidays.items() if d.month == 10}
    assert sorted(october) == [1, 2, 3, 4, 5]
    assert "中秋节" in october[3] and "国庆节" in october[3]
    cal = WorkCalendar()
    assert not any(cal.is_workday(date(2028, 10, d)) for d in range(1, 6))
    assert cal.is_workday(date(2028, 10, 6))
    # 2031: 中秋 on Wednesday 1 October; 4-5 are a weekend, so the day comes back on the 6th.
    assert not WorkCalendar().is_workday(date(2031, 10, 6))
    assert WorkCalendar().is_workday(date(2031, 10, 7))


def test_the_rules_agree_with_the_published_years_they_apply_to() -> None:
    # The 2024 revision applies from 2025: every statutory day it gives was a day off.
    for year in (2025, 2026):
        rules = statutory_holidays(year)
        assert rules is not None
        assert [d for d in rules.holidays if chinese_calendar.is_workday(d)] == []
    assert statutory_holidays(2100) is None


def test_no_reminder_series_from_december_to_march_lands_on_a_holiday(desk: Desk) -> None:
    with desk.read() as s:
        cal = work_calendar(s)  # the shipped cn-2027.toml
    assert holidays.shipped_arrangements()[2027].provisional
    off = {date(2027, 1, 1), *SPRING_2027}
    due = date(2026, 12, 15)
    checked = 0
    while due <= date(2027, 3, 31):
        for klass in ReminderClass:
            calls = due_date_calls(due, klass, cal, first=True)
            assert not off & {c.day for c in calls}, (due, klass)
            checked += 1
        due += timedelta(days=1)
    assert checked == 107 * 3


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cn-2027.toml"
    path.write_text(text, encoding="utf-8")
    return path


OFFICIAL = """
year = 2027
provisional = false
source = "国务院办公厅通知（测试）"
holidays = [
    { day = 2027-02-05, name = "春节" },
    { day = 2027-02-06, name = "春节" },
    { day = 2027-02-12, name = "春节" },
]
workdays = [ { day = 2027-02-20, name = "春节调休上班" } ]
"""


def test_an_imported_notice_wins_is_audited_and_no_longer_provisional(
    desk: Desk, tmp_path: Path
) -> None:
    with pytest.raises(ArrangementError, match="only a supervisor"):
        holidays.import_arrangement(desk, write(tmp_path, OFFICIAL))
    desk.set_settings(role="supervisor")
    arranged, changes = holidays.import_arrangement(desk, write(tmp_path, OFFICIAL))
    assert not arranged.provisional and changes
    with desk.read() as s:
        cal = work_calendar(s)
    assert cal.source(2027) == "official"
    assert not cal.is_workday(date(2027, 2, 12))  # a bridging day only the notice gives
    assert cal.is_workday(date(2027, 2, 20))  # a Saturday worked in exchange
    assert cal.is_workday(date(2027, 1, 1)) is True  # the (test) notice lists no New Year
    assert calendar_status(desk, [2026, 2027, 2099]) == {
        2026: "official",
        2027: "official",
        2099: "provisional",
    }
    from collector_desk.services.audit import events

    assert any(e.kind == holidays.AUDIT_KIND for e in events(desk))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("year = 2027\nholidays = [ { day = 2026-12-31 } ]", "2026-12-31 is not in 2027"),
        ("year = 2027\nholidays = [ { day = '2027-01-01' } ]", "holidays entry 1: 'day' must be"),
        ("year = 27\n", "field 'year'"),
        ("year = 2027\nholidays = [", "not valid TOML"),
        (
            "year = 2027\nholidays = [{ day = 2027-01-01 }]\nworkdays = [{ day = 2027-01-01 }]",
            "both as a holiday and as a working day",
        ),
    ],
)
def test_a_bad_file_gives_one_line_naming_the_file_and_field(text: str, says: str) -> None:
    with pytest.raises(ArrangementError) as err:
        parse_arrangement(text, name="cn-2027.toml")
    msg = str(err.value)
    assert msg.startswith("cn-2027.toml") and says in msg and "\n" not in msg


def test_the_shipped_file_is_what_the_rules_give() -> None:
    shipped = holidays.shipped_arrangements()[2027]
    rules = statutory_holidays(2027)
    assert rules is not None and dict(shipped.holidays) == dict(rules.holidays)
    assert parse_arrangement(rules.to_toml()).holidays == rules.holidays


def test_cli_show_import_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "holidays", "show", "--year", "2027", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["provisional"] and doc["holidays"]["2027-02-05"] == "春节"
    assert main([*data, "holidays", "import", str(write(tmp_path, OFFICIAL))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "only a supervisor imports" in err
    supervisor = Desk.open(tmp_path / "data")
    supervisor.set_settings(role="supervisor")
    supervisor.close()
    bad = tmp_path / "bad.toml"
    bad.write_text("year = 2027\n", encoding="utf-8")
    assert main([*data, "holidays", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.toml: no holidays listed for 2027" in err
    assert main([*data, "holidays", "import", str(write(tmp_path, OFFICIAL))]) == 0
    capsys.readouterr()
    assert main([*data, "holidays", "show", "--year", "2027", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert not doc["provisional"] and doc["from"] == "imported file"
    assert doc["workdays"] == {"2027-02-20": "春节调休上班"}
    desk = Desk.open(tmp_path / "data")  # the database `check` reads (a file, or the server)
    url = desk.db.engine.url.render_as_string(hide_password=False)
    desk.close()
    on = date(2026, 12, 2)
    assert holidays.holiday_check(None, on)[0].startswith("2027: holidays are provisional")
    assert holidays.holiday_check(url, on) == []  # 2026 official, 2027 imported


def test_the_imported_notice_reaches_a_collector_in_the_assignment_bundle(tmp_path: Path) -> None:
    from test_exchange_support import SharedClock, open_workstation, put_register, seed_portfolio

    from collector_desk.exchange.bundle_in import import_bundle
    from collector_desk.exchange.bundle_out import ASSIGNMENT, export_bundle
    from collector_desk.exchange.teamkey import TeamKey

    key = TeamKey(bytes(range(32)))
    clock = SharedClock()
    boss = open_workstation(tmp_path / "S", "S", now=clock)
    mine = open_workstation(tmp_path / "A", "A", now=clock)
    try:
        loans = seed_portfolio(boss, 2)
        put_register(boss, "loan", loans[0], "assigned_to", "A")
        boss.set_settings(role="supervisor")
        holidays.import_arrangement(boss, write(tmp_path, OFFICIAL))
        out = export_bundle(boss, tmp_path / "for-a.cdb", key, kind=ASSIGNMENT, for_collector="A")
        import_bundle(mine, out.path, key)
        with mine.read() as s:
            cal = work_calendar(s)
        assert cal.source(2027) == "official"
        assert not cal.is_workday(date(2027, 2, 12))  # the notice's bridging day
        assert cal.is_workday(date(2027, 2, 20))  # its make-up working Saturday
        assert holidays.days_off(mine, 2027)["from"] == "imported file"
    finally:
        boss.close()
        mine.close()
