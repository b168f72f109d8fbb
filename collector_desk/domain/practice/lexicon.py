"""What a collector's words do: each act is a named pattern, Chinese and English.

The names are the vocabulary of scenario branches (`when = ["either_or"]`) and
of the scoring rules, so a trainer can look up exactly why a sentence counted.
Patterns run on the lower-cased text. English words use ASCII boundaries
because Chinese characters count as word characters for `\\b`.
"""

from __future__ import annotations

import re

# Time and method words that make "A还是B" / "A or B" an either-or question (§8).
_SLOT_ZH = (
    r"今天|明天|后天|上午|下午|中午|晚上|早上|今晚|周.|星期.|\d+号|[一二三四五六七八九十\d]+点|"
    r"app|转账|扣款|网银|手机银行|柜台|网点|全额|一部分|\d+元|存"
)
_SLOT_EN = (
    r"today|tomorrow|morning|afternoon|evening|tonight|noon|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|\d+(am|pm)?|app|transfer|debit|online|counter|branch|in full|part"
)
_END = r"[^,，。；;!！?？\n]"

EITHER_OR = (
    re.compile(rf"({_SLOT_ZH}){_END}{{0,10}}(还是|或者|或是){_END}{{0,12}}({_SLOT_ZH})"),
    re.compile(
        rf"(?<![a-z])({_SLOT_EN})(?![a-z])[^,.;!?\n]{{0,30}}\bor\b[^.;!?\n]{{0,30}}(?<![a-z])({_SLOT_EN})(?![a-z])"
    ),
)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


ACTS: dict[str, re.Pattern[str]] = {
    "greet": _rx(
        r"您好|你好|早上好|上午好|下午好|晚上好|^喂",
        r"\b(hello|hi|good (morning|afternoon|evening))\b",
    ),
    "verify": _rx(
        r"请问(您|你)?是.{0,10}(吗|么|嘛)",
        r"是.{1,6}(先生|女士|小姐|本人)(吗|么|嘛)",
        r"(您|你)是.{0,4}本人",
        r"本人(吗|么|嘛)",
        r"请问.{1,8}在(吗|么)",
        r"核实(一下)?(您的?)?身份",
        r"\b(am i (speaking|talking) (to|with)|is (this|that) (mr|mrs|ms|miss)\b|are you (mr|mrs|ms|miss)\b|"
        r"may i (speak|talk) (to|with)|is [a-z]+( [a-z]+)? (there|available)\?|could i (speak|talk) (to|with)|is that you,|are you [a-z]+ [a-z]+\?)",
    ),
    "introduce": _rx(
        r"我是.{0,16}(公司|金融|客服|专员|工作人员|的.{1,4})",
        r"我叫|我姓|这里是.{0,12}(公司|金融|客服)",
        r"\b(my name is|this is [a-z]+|i am [a-z]+ from|i'm [a-z]+ from|calling from|calling on behalf of|customer service|service (officer|agent|representative))\b",
    ),
    "good_time": _rx(
        r"方便(接|说话|讲话|聊|通话)|现在.{0,6}方便|(说话|通话|接电话)方便|占用(您)?(几|一)分钟|打扰(您)?(几|一)分钟|有空(接|聊|说)",
        r"\b(good time|convenient|a (minute|moment)|free to talk|bad time)\b",
    ),
    "debt_detail": _rx(
        r"欠款|欠钱|欠了|欠.{0,3}钱|把钱还|还上|催款|借款|贷款|借的钱|逾期|还款|还钱|催收|账单|分期|本期|应还|这一期|罚息|违约金|\d元|[¥￥]",
        r"\b(debt|loan|overdue|owe|owes|owing|repay|repayment|instal(l)?ments?|arrears|late fee|outstanding|yuan|borrowed|unpaid|(is|was) due|payment|collections?|pay (it |the money )?back)\b",
    ),
    "purpose": _rx(
        r"(借款|贷款|分期|本期|这一期|这期|账单|还款|月供).{0,60}(还款日|到期|应还|逾期|没有?(看到|收到)|未(还|到账|扣款)|(没|未)(成功|扣到|到账)|还没|尚未|已经过了)",
        r"\b(loan|instal(l)?ment|repayment|payment)\b.{0,80}\b(due|overdue|not (yet )?(received|come through|gone through|been paid)|missed|hasn't|has not|didn't|did not|no payment)\b",
    ),
    "open_question": _rx(
        r"什么时候|哪天|几号|何时|多久|怎么(办|还|处理|打算|回事)|如何|打算|多少|哪种|什么方式|什么办法|为什么",
        r"^\s*(when|what|how|which|why)\b|\b(when|what|how|which|why)\b[^.!]*\?",
    ),
    "closed_question": _rx(
        r"(吗|么|嘛|对吧|是吧|好吧|对不对|行不行|可不可以|能不能|好不好|没问题吧|可以吧)\s*[?？]?",
        r"^\s*(can|could|will|would|is|are|do|does|did|shall)\b.*\?|\b(right|ok|okay|correct|all right)\s*\?",
    ),
    "thanks": _rx(r"谢谢|感谢|多谢", r"\b(thank|thanks)\b"),
    "goodbye": _rx(r"祝(您|你)|再见|拜拜", r"\b(goodbye|bye|have a (nice|good|great))\b"),
    "empathy": _rx(
        r"理解|明白(您|你)|不容易|辛苦|体谅|难免|别着急|着急|抱歉|遗憾|(确实|真是|挺)(不方便|麻烦|难)",
        r"\b(understand|sorry to hear|i hear you|must be hard|that's tough|i'm sorry)\b",
    ),
    "contract": _rx(
        r"合同|协议|约定|签(了|过|的|订|署)|每月等额|按月还",
        r"\b(contract|agreement|agreed|you signed|monthly instal(l)?ments?)\b",
    ),
    "credit": _rx(
        r"信用|征信|还款记录|违约金|罚息|逾期费用",
        r"\b(credit|repayment record|payment record|late fees?|penalty|penalties|penalty interest)\b",
    ),
    "own_interest": _rx(
        r"对(您|你)(自己)?(有利|好|更好)|为了(您|你)(自己)?|(您|你)(自己)?的(利益|信用|记录)",
        r"\b(your own interest|for your (own )?(sake|good|record|credit)|in your interest)\b",
    ),
    "ask_reason": _rx(
        r"什么原因|怎么回事|发生了什么|具体(情况|说说|讲讲)|您说说|您讲讲|说一下|遇到(了)?什么|是什么情况",
        r"\b(what happened|what's the reason|what is the reason|tell me (more|what)|what's going on|what is going on)\b",
    ),
    "ask_return": _rx(
        r"(什么时候|哪天|几号|几时)(能)?回(来|到|去)|出差.{0,6}(多久|几天)",
        r"\bwhen (will|are|do|can) you (be |get |come )?(back|return)\b",
    ),
    "alt_channel": _rx(
        r"手机银行|网银|app|转账|异地|代还|代为|附近(的)?网点|帮(您|你)查",
        r"\b(online|mobile banking|transfer|someone (else )?(can |could )?pay|nearby branch)\b|(?<![a-z])app(?![a-z])",
    ),
    "family_help": _rx(
        r"家人|家里人|父母|亲友|亲戚|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|爱人|代还|代偿",
        r"\b(family|parents|relatives|brother|sister|spouse|wife|husband)\b",
    ),
    "liable": _rx(
        r"(您|你)(本人)?(亲自)?(签|签订|签署|签字|申请)|借款人是(您|你)|合同上是(您|你)|(以|用)(您|你)(本人)?的名义|"
        r"(您|你)(本人)?(需要|要)?(承担|负责)|还款责任|还款义务|(您|你)的义务",
        r"\b(you signed|in your name|you are the borrower|you're the borrower|liable|responsib(le|ility)|your (name|signature|obligation))\b",
    ),
    "call_after_paying": _rx(
        r"(还款|还完|付款|转账|存入|存好|存进|到账|处理完)(之后|以后|后|完).{0,12}(联系|告诉|通知|回个?电话|打个?电话|回复)",
        r"\b(call|tell|let|text|message) (us|me)\b.{0,30}\b(after|once|when|as soon as) you\b",
        r"\b(after|once|when|as soon as) you('ve| have)? (paid|pay|transferred|transfer)\b.{0,40}\b(call|let us know|tell us|let me know)\b",
    ),
    "ask_payday": _rx(
        r"发薪|发工资|工资(是)?(几号|哪天|什么时候)|几号发", r"\b(payday|pay day|get paid|salary)\b"
    ),
    "ask_source": _rx(
        r"钱从哪|资金(来源|从哪)|(哪天|几号|什么时候|哪一?笔)[^,，。?？]{0,6}(能|会)?到账|回款|收入|款(什么时候|哪天)到|钱(什么时候|哪天)到",
        r"\b(where will the money come from|source of|income|money (comes|coming|will come) in)\b",
        r"\bwhen\b[^.?!]{0,40}\b(arrive|arrives|come in|comes in|coming in|come through)\b",
    ),
    "part_payment": _rx(
        r"先还(一部分|一点|部分|点)|有多少(就|先)?(还|存)多少|部分还款|能还多少|先(存|还)一部分",
        r"\b(part of it|some of it|whatever you (can|have)|partial|a portion|part payment|pay part)\b",
    ),
    "priority": _rx(r"优先|先还(我们|我司|这边)", r"\b(first|priority|before the others)\b"),
    "callback_request": _rx(
        r"(请|麻烦|让)(他|她|您转告).{0,12}(回电|回个电话|联系|打给)|转告|留个?言|回个电话",
        r"\b(call (me |us )?back|pass on|give (him|her) a message|ask (him|her) to call|have (him|her) call|return (my|our) call)\b",
    ),
    "accept_deferral": _rx(
        r"下(个)?月(再|一起)?(还|处理)?.{0,4}(也可以|可以|也行|没问题)|下(个)?月(再|一起)?(还|处理)?吧|(那|那就)下(个)?月(吧|再说)|没关系.{0,6}下(个)?月|等(您|你)?(方便|有钱)(的时候|了)?再|不急",
        r"\b(next month is (fine|ok|okay)|no rush|whenever you can|when you have (the )?money|pay (it |both |them |everything )?next month|next month then)\b",
    ),
    "wrangle": _rx(
        r"怎么可能没钱|别装|不可能没钱|少来|骗谁", r"\b(don't lie|you must have money|stop lying)\b"
    ),
    "readback": _rx(
        r"再(次)?确认|核对|复述|确认一下|跟您确认",
        r"\b(confirm|read (it )?back|to recap|let me repeat|just to check|to sum up)\b",
    ),
}


def acts_in(text: str) -> set[str]:
    low = re.sub(r"\b([ap])\.m\.", r"\1m", text.lower().strip())
    found = {name for name, pattern in ACTS.items() if pattern.search(low)}
    if any(p.search(low) for p in EITHER_OR):
        found.add("either_or")
    return found


KNOWN_ACTS: frozenset[str] = frozenset(ACTS) | {"either_or"}
