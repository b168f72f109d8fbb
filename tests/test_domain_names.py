"""One rule for addressing a borrower, whatever spelling of gender a source uses."""

import pytest

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.guardrails import Outcome, outcome_of, reached_borrower
from collector_desk.domain.names import gender_of, honorific, surname_of


@pytest.mark.parametrize(
    ("name", "gender", "lang", "expected"),
    [
        ("王芳", "F", "zh_CN", "王女士"),
        ("王芳", "f", "zh_CN", "王女士"),
        ("欧阳明", "m", "zh_CN", "欧阳先生"),
        ("欧阳明", "M", "en", "Mr 欧阳"),
        ("李娜", "F", "en", "Ms 李"),
        ("张伟", None, "zh_CN", "张伟"),
        ("张伟", "", "en", "张伟"),
    ],
)
def test_honorific(name: str, gender: str | None, lang: str, expected: str) -> None:
    assert honorific(name, gender, lang) == expected


def test_english_spelling_of_the_surname() -> None:
    assert honorific("李娜", "F", "en", surname_en="Li") == "Ms Li"


def test_surname_and_gender_spellings() -> None:
    assert surname_of(" 司马光") == "司马"
    assert surname_of("马光") == "马"
    assert {gender_of(v) for v in ("M", "m", "male", "男")} == {"M"}
    assert {gender_of(v) for v in ("F", "f", "female", "女")} == {"F"}
    assert gender_of("x") is None


def test_every_disposition_counts_once_against_the_limits() -> None:
    for d in Disposition:
        out = outcome_of(d.value)
        assert (out is Outcome.CONVERSATION) == d.conversation
        assert reached_borrower(d.value) == d.reached_borrower
    assert outcome_of("no_such_thing") is Outcome.UNANSWERED
    assert not reached_borrower("no_such_thing")
