"""Head office's stated position and assignment columns, and the contact relations.

The columns a head-office case file (委案明细) uses to state where each
borrower stands on the file's day (repaid instalments, DPD, overdue and
outstanding amounts, charges, last payment, due day, the figures' date) and how
the case is placed (assignment date and amount, batch, head office's bucket,
the assigned collector); `domain/stated.py` reconciles them. Aliases are
compared after `intake_fields.normalise`. Also the Chinese and English names of
a contact's relation to the borrower. `Field` is defined here so that
`intake_fields` can place these among the others without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English; the dialog translates it
    aliases: tuple[str, ...]
    required: bool = False
    kind: str = (
        "text"  # text | id | phone | amount | date | count | day_of_month | relation | account
    )


STATED_POSITION: tuple[Field, ...] = (
    Field(
        "paid_count",
        "Instalments repaid",
        (
            "已还期数",
            "已还款期数",
            "已还期次",
            "已还期",
            "paidinstalments",
            "instalmentspaid",
            "installmentspaid",
            "paidterms",
            "paidperiods",
        ),
        kind="count",
    ),
    Field(
        "dpd",
        "Days past due",
        ("逾期天数", "当前逾期天数", "逾期天", "dpd", "dayspastdue", "overduedays", "daysoverdue"),
        kind="count",
    ),
    Field(
        "overdue_total",
        "Overdue total",
        (
            "逾期金额",
            "逾期总额",
            "逾期应还",
            "逾期应还金额",
            "逾期总金额",
            "当前逾期金额",
            "overdueamount",
            "overduetotal",
            "amountoverdue",
            "totaloverdue",
        ),
        kind="amount",
    ),
    Field(
        "overdue_principal",
        "Overdue principal",
        ("逾期本金", "overdueprincipal"),
        kind="amount",
    ),
    Field(
        "overdue_interest",
        "Overdue interest",
        ("逾期利息", "逾期息费", "overdueinterest"),
        kind="amount",
    ),
    Field(
        "penalty",
        "Penalty interest",
        ("罚息", "罚息金额", "penalty", "penaltyinterest"),
        kind="amount",
    ),
    Field("late_fee", "Late fee", ("违约金", "滞纳金", "latefee", "latecharge"), kind="amount"),
    Field(
        "outstanding",
        "Outstanding",
        (
            "剩余本金",
            "剩余应还",
            "未还总额",
            "剩余应还金额",
            "未还金额",
            "剩余未还",
            "贷款余额",
            "outstanding",
            "outstandingbalance",
            "outstandingamount",
            "remainingbalance",
            "balance",
        ),
        kind="amount",
    ),
    Field(
        "last_paid_on",
        "Last payment date",
        (
            "最近还款日期",
            "最后还款日期",
            "最近还款日",
            "上次还款日期",
            "lastpaymentdate",
            "lastpaiddate",
            "lastpaidon",
        ),
        kind="date",
    ),
    Field(
        "due_day",
        "Monthly due day",
        ("每月还款日", "应还日", "还款日", "每月应还日", "dueday", "monthlydueday", "paymentday"),
        kind="day_of_month",
    ),
    Field(
        "as_of",
        "Figures as of",
        (
            "统计日期",
            "数据日期",
            "截止日期",
            "数据截止日期",
            "asof",
            "asofdate",
            "reportdate",
            "statementdate",
        ),
        kind="date",
    ),
    Field(
        "assigned_on",
        "Assignment date",
        ("委案日期", "委外日期", "分案日期", "assignedon", "assignmentdate", "placementdate"),
        kind="date",
    ),
    Field(
        "assigned_amount",
        "Assigned amount",
        ("委案金额", "委外金额", "assignedamount", "placementamount"),
        kind="amount",
    ),
    Field("batch", "Batch", ("批次号", "批次", "委案批次", "batch", "batchno", "batchnumber")),
    Field(
        "hq_bucket",
        "Head office's bucket",
        ("账龄", "逾期账龄", "逾期阶段", "账龄段", "bucket", "agingbucket", "delinquencybucket"),
    ),
    Field(
        "collector",
        "Assigned collector",
        (
            "催收员",
            "处理人",
            "催收人员",
            "经办人",
            "催收员工号",
            "collector",
            "agent",
            "assignedto",
            "handler",
        ),
    ),
)


RELATIONS = {
    "配偶": "spouse", "妻子": "spouse", "丈夫": "spouse", "老婆": "spouse", "老公": "spouse",
    "父亲": "parent", "母亲": "parent", "父母": "parent", "父": "parent", "母": "parent",
    "兄弟": "sibling", "姐妹": "sibling", "哥哥": "sibling", "弟弟": "sibling", "姐姐": "sibling",
    "妹妹": "sibling", "兄妹": "sibling", "姐弟": "sibling",
    "子女": "child", "儿子": "child", "女儿": "child",
    "亲戚": "relative", "亲属": "relative",
    "朋友": "friend", "同学": "friend",
    "同事": "colleague", "领导": "colleague",
    "担保人": "guarantor", "保证人": "guarantor",
    "spouse": "spouse", "parent": "parent", "sibling": "sibling", "child": "child",
    "relative": "relative", "friend": "friend", "colleague": "colleague",
    "guarantor": "guarantor", "other": "other",
}  # fmt: skip


def relation_of(text: str) -> str:
    return RELATIONS.get(text.strip().lower(), "other")
