"""Write resources/samples/head-office-cases.xlsx: a head-office case file with every
column intake recognises, including the stated position (DPD, overdue, outstanding).

    .venv/bin/python tools/make_intake_sample.py

Every field intake maps has a column (`tests/test_exchange_intake_stated.py` checks
that none is missing). The people are invented; ID numbers pass the GB 11643 check. Rows 2-9 are
consistent as of the file's date; rows 10 and 11 contradict themselves on purpose
(a DPD the schedule does not give, a bucket its DPD does not give), so intake
imports them by head office's figures and lists warnings.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collector_desk.domain.loan import bucket_for_dpd, equal_instalments, position  # noqa: E402

OUT = ROOT / "resources" / "samples" / "head-office-cases.xlsx"
AS_OF = date(2026, 11, 30)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

HEADERS = [
    "批次号", "委案日期", "统计日期", "合同编号", "客户姓名", "身份证号", "手机号码",
    "放款日期", "借款金额（元）", "期数", "月还款额(元)", "每月还款日", "已还期数", "已还金额",
    "最近还款日期", "逾期天数", "账龄", "逾期本金", "逾期利息", "罚息", "违约金", "逾期总额",
    "剩余应还", "委案金额",
    "催收员", "产品名称", "门店", "开户行", "还款账号", "单位名称", "联系人姓名", "与借款人关系",
    "联系人电话", "备用电话", "单位电话", "单位地址", "家庭住址", "户籍地址", "联系人2姓名",
    "联系人2关系", "联系人2电话", "配偶姓名", "配偶电话",
]  # fmt: skip

PEOPLE = [
    ("赵敏", "11010519900315", "13911110001", "陈强", "配偶"),
    ("孙浩", "31011519870622", "13722220002", "孙立", "父亲"),
    ("周婷", "44030419930909", "15833330003", "周雪", "姐妹"),
    ("吴军", "51010719850128", "18644440004", "吴兰", "母亲"),
    ("郑洁", "32010219911111", "13555550005", "王磊", "朋友"),
    ("冯刚", "37020219880705", "13666660006", "冯梅", "姐妹"),
    ("欧阳雪", "42010619950214", "15977770007", "欧阳峰", "兄弟"),
    ("何磊", "33010619890830", "18788880008", "何静", "配偶"),
    ("林芳", "35020319920503", "13399990009", "林涛", "兄弟"),
    ("郭亮", "21010219861019", "13200000010", "郭红", "配偶"),
]
# disbursed, term, instalment yuan, instalments repaid, collector
LOANS = [
    (date(2025, 12, 8), 12, 1080, 10, "C001"),  # current: nothing overdue
    (date(2025, 6, 15), 12, 1150, 4, "C001"),
    (date(2025, 3, 20), 24, 880, 5, "C002"),
    (date(2025, 9, 5), 6, 2100, 2, "C002"),
    (date(2024, 11, 11), 12, 960, 3, ""),
    (date(2025, 8, 25), 9, 1500, 4, "C001"),
    (date(2026, 2, 3), 12, 700, 6, "C002"),
    (date(2025, 1, 28), 18, 1320, 10, ""),
]


def ric(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


def rows() -> list[list[object]]:
    out = []
    for n, person in enumerate(PEOPLE):
        name, id17, phone, contact, relation = person
        disbursed, term, inst, paid_count, who = LOANS[n % len(LOANS)]
        sched = equal_instalments(disbursed, term, inst * 100)
        paid = paid_count * inst * 100
        last = sched[paid_count - 1].due_on if paid_count else None
        pos = position(sched, [(last or disbursed, paid)] if paid else [], AS_OF)
        penalty = round(pos.overdue_fen * 0.02 / 100, 2) if pos.overdue_fen else 0
        interest = round(pos.overdue_fen * 0.01 / 100, 2) if pos.overdue_fen else 0
        late_fee = 50 if pos.overdue_fen else 0
        charges = round(penalty + interest + late_fee, 2)
        dpd, bucket = pos.dpd, pos.bucket.value
        if n == 8:
            dpd += 45  # head office counts from an earlier date than the schedule gives
            bucket = bucket_for_dpd(dpd).value
        if n == 9:
            bucket = "M1" if bucket != "M1" else "M2"
        out.append([
            "B2611", date(2026, 11, 28), AS_OF, f"HO2025{n + 1:06d}", name,
            ric(id17 + f"{n:03d}"), phone, disbursed, inst * term, term, inst, disbursed.day,
            paid_count, paid / 100, last, dpd, bucket, pos.overdue_fen / 100, interest, penalty,
            late_fee, round(pos.overdue_fen / 100 + charges, 2),
            round(pos.outstanding_fen / 100 + charges, 2),
            round(pos.outstanding_fen / 100 + charges, 2), who, "薪金贷", "杭州西湖店", "招商银行",
            f"621483010000{n:04d}", "某某科技有限公司", contact, relation, f"1370000{n:04d}",
            f"1390000{n:04d}", f"0571-8800{n:04d}", "杭州市西湖区文三路 1 号",
            f"杭州市西湖区某某小区 {n + 1} 幢", "浙江省杭州市西湖区", "李梅", "同事",
            f"1360000{n:04d}", *(("", "") if relation == "配偶" else ("张丽", f"1350000{n:04d}")),
        ])  # fmt: skip
    return out


def main() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "委案明细"
    ws.append(HEADERS)
    for r in rows():
        ws.append(r)
    for cell in ws[1]:
        ws.column_dimensions[cell.column_letter].width = max(10, len(str(cell.value)) * 2 + 2)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
