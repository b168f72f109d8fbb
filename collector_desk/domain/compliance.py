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
    # The same phrases as trainees write them in English.
    "suit yourself",
    "rules of borrowing",
    "not my problem",
    "none of my business",
    "if you have no money just say so",
    "you'll be sorry",
    "you will be sorry",
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

# Rule 2: keep your temper, no personal attacks.
INSULTS: tuple[str, ...] = (
    "老赖",
    "无赖",
    "废物",
    "不要脸",
    "神经病",
    "你有病",
    "给我滚",
    "你是不是傻",
    "蠢货",
    "idiot",
    "stupid",
    "deadbeat",
    "shut up",
)

# Variants a fixed list cannot hold ("我是招商银行的", "打到我微信上"), matched on
# the text as typed (lower-cased) so punctuation still ends a clause.
_CLAUSE = r"[^,，。；;!！?？\n]"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "impersonation",
        re.compile(
            rf"我们?(就|也)?是{_CLAUSE}{{0,8}}(银行|法院|公安|警察|派出所|检察院|律师)(?!卡|账|扣|转|网点|app)|(法院|公安|警察|派出所|检察院)派(来|过来)的"
        ),
    ),
    (
        "impersonation",
        re.compile(
            r"\b(i am|i'm|we are|we're|this is|calling from)\b[^,.;!?\n]{0,30}\b(bank|police|court|lawyer|attorney|law firm)\b(?! ?(card|account|transfer|branch))"
        ),
    ),
    (
        "private_account",
        re.compile(
            r"(转|打|汇|付|存|还)(到|给|进)?我(个人|私人)?的?(卡|银行卡|账户|账号|微信|支付宝)"
        ),
    ),
    ("private_account", re.compile(r"加我(的)?(微信|支付宝)")),
    (
        "private_account",
        re.compile(
            r"\b(pay|transfer|send)\b[^.;!?\n]{0,20}\b(me|my (own |personal |private )?(account|card|wechat|alipay))\b"
        ),
    ),
    (
        "fee",
        re.compile(
            rf"(交|付|收|缴|出){_CLAUSE}{{0,6}}(手续费|服务费|加急费|处理费|上门费|催收费|工本费)"
        ),
    ),
    (
        "fee",
        re.compile(
            r"\b(pay|charge)\b[^.;!?\n]{0,25}\b(handling|service|processing|collection|rush) fee"
        ),
    ),
    (
        "waiver",
        re.compile(
            rf"(给|帮|替)(您|你){_CLAUSE}{{0,6}}(减免|免掉|免了|免除|打折|打个折|抹掉|抹零)"
        ),
    ),
    (
        "waiver",
        re.compile(
            r"(罚息|违约金|利息|滞纳金)(也)?(给您|帮您)?(免了|免掉|减免|不用还|不收了|全免|可以免)"
        ),
    ),
    (
        "waiver",
        re.compile(
            r"\b(waive[ds]?|write off|written off|knock off|let you off|give you a discount)\b"
        ),
    ),
    ("insult", re.compile(r"你(就是|这个|这种)?个?骗子|\b(liar|loser|scum)\b")),
    (
        "threat",
        re.compile(
            r"否则(后果自负|有你好看)|(通知|告诉)你(的)?(单位|公司|领导|全家|邻居)|让你(身败名裂|丢工作|混不下去)|"
            r"\b(or else|you'll regret|we know where you live|tell your (boss|employer|neighbours|neighbors))\b"
        ),
    ),
)

_FOLD = re.compile(r"[\s，。！？、,.!?\"'“”‘’]+")


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # forbidden|impersonation|threat|private_account|insult|fee|waiver
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
        ("insult", INSULTS),
    ):
        for phrase in phrases:
            if _fold(phrase) in folded and not any(
                f.kind == kind and _fold(phrase) in _fold(f.phrase) for f in found
            ):
                found.append(Finding(kind, phrase))
    lowered = text.lower()
    for kind, pattern in PATTERNS:
        match = pattern.search(lowered)
        if match and not any(f.kind == kind for f in found):
            found.append(Finding(kind, match.group(0)))
    return found
