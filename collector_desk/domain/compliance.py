"""Words a collector must never use (playbook §7), found in free text.

The lists are data the UI, the notes check and practice scoring share. Matching
ignores spaces and full-width punctuation so "随 便 你" is still found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The course's own forbidden phrases (§7.8), kept short enough to catch variants.
FORBIDDEN_PHRASES: tuple[str, ...] = (
    "随便你",
    "你懂不懂借贷的规则",
    "这不关我的事",
    "你没钱就说嘛",
    "否则你会很难看",
    "你会很难看",
)

# Claims that break rules 1 and 4: posing as a bank, police, court or lawyer.
IMPERSONATION: tuple[str, ...] = (
    "我是银行",
    "我们是银行",
    "银行工作人员",
    "我是警察",
    "公安局的",
    "我是法院",
    "法院的工作人员",
    "我是律师",
    "我们是律师事务所",
    "i am from the bank",
    "i'm from the bank",
    "this is the police",
    "i am a police",
    "from the court",
    "i am a lawyer",
)

THREATS: tuple[str, ...] = (
    "让你坐牢",
    "抓你",
    "找人收拾你",
    "让你好看",
    "走着瞧",
    "曝光你",
    "you will go to jail",
    "we will come for you",
)

# Rule 6: money only into the lender's published accounts.
PRIVATE_ACCOUNT: tuple[str, ...] = (
    "转到我的账户",
    "打到我卡上",
    "转给我个人",
    "我的私人账户",
    "my personal account",
    "pay me directly",
)

_FOLD = re.compile(r"[\s，。！？、,.!?\"'“”‘’]+")


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # forbidden|impersonation|threat|private_account
    phrase: str


def _fold(text: str) -> str:
    return _FOLD.sub("", text).lower()


def findings(text: str) -> list[Finding]:
    folded = _fold(text)
    found: list[Finding] = []
    for kind, phrases in (
        ("forbidden", FORBIDDEN_PHRASES),
        ("impersonation", IMPERSONATION),
        ("threat", THREATS),
        ("private_account", PRIVATE_ACCOUNT),
    ):
        for phrase in phrases:
            if _fold(phrase) in folded and not any(
                f.kind == kind and _fold(phrase) in _fold(f.phrase) for f in found
            ):
                found.append(Finding(kind, phrase))
    return found
