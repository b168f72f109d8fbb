"""Writes the intake sample files next to this script. Run it again after a change:

    .venv/bin/python tests/data/intake/make_samples.py

Every ID number is valid (GB 11643 checksum, real region, real birth date)
unless the row is meant to be rejected; the comment on each bad row says why.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def ric(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


ZH_HEADERS = [
    "合同编号", "客户姓名", "身份证号", "手机号码", "放款日期", "借款金额（元）", "期数",
    "月还款额(元)", "已还金额", "产品名称", "门店", "开户行", "还款账号", "联系人姓名",
    "与借款人关系", "联系人电话",
]  # fmt: skip

GOOD = [
    # contract, name, id, phone, disbursed, principal, term, instalment, paid, product, branch,
    # bank, account, contact, relation, contact phone
    ["HT2025030001", "张伟", ric("11010119880517123"), "13812345678", date(2025, 3, 5), 12000, 12, 1100, 2200, "薪金贷", "北京朝阳店", "招商银行", "6214830100001234", "李娜", "配偶", "13912345678"],
    ["HT2025030002", "王芳", ric("31010419900101234"), "+86 139-0000-1111", "2025/3/5", "¥24,000.00", 24, "1,150.00", "", "薪金贷", "上海徐汇店", "工商银行", "6222021234567890", "王强", "兄弟", "13700001111"],
    ["HT2025030003", "李娜", ric("44030519851231345").lower(), "158 0000 2222", "2025年3月5日", 36000, "36期", 1200, 0, "业主贷", "深圳南山店", "建设银行", "6217001234567890", "", "", ""],
    ["HT2025030004", "刘洋", ric("11010119920229456"), "18600003333", 45721, 6000, 6, 1080, 1080, "薪金贷", "北京朝阳店", "", "", "刘父", "父亲", "010-62345678"],
]  # fmt: skip

BAD = [
    # the check digit is wrong
    ["HT2025030005", "陈静", "110101198805171230", "13812340000", date(2025, 3, 5), 12000, 12, 1100, 0, "", "", "", "", "", "", ""],
    # Excel turned the ID into a number: 1.10101198805172E+17
    ["HT2025030006", "杨磊", 110101198805171234, "13812340001", date(2025, 3, 5), 12000, 12, 1100, 0, "", "", "", "", "", "", ""],
    # a negative amount
    ["HT2025030007", "赵敏", ric("11010119880517124"), "13812340002", date(2025, 3, 5), -12000, 12, 1100, 0, "", "", "", "", "", "", ""],
    # not a date, and not an amount
    ["HT2025030008", "孙丽", ric("11010119880517125"), "13812340003", "三月五日", "一万二", 12, 1100, 0, "", "", "", "", "", "", ""],
    # the same contract as row 5 (the first good row)
    ["HT2025030001", "张伟", ric("11010119880517123"), "13812345678", date(2025, 3, 5), 12000, 12, 1100, 0, "", "", "", "", "", "", ""],
    # a phone that is not a number, and no name
    ["HT2025030009", "", ric("11010119880517126"), "12345", date(2025, 3, 5), 12000, 12, 1100, 0, "", "", "", "", "", "", ""],
    # the phone in scientific notation, as Excel shows a long number in a CSV
    ["HT2025030010", "周杰", ric("11010119880517127"), "1.38123E+10", date(2025, 3, 5), 12000, 12, 1100, 0, "", "", "", "", "", "", ""],
]  # fmt: skip


def write_xlsx() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分案明细"
    ws["A1"] = "2025年3月 新分案明细（总部）"
    ws.append([])
    ws.append(ZH_HEADERS)  # row 3
    for row in GOOD + BAD:  # data from row 4
        ws.append(row)
    for r in range(4, ws.max_row + 1):
        if isinstance(ws.cell(r, 5).value, date):
            ws.cell(r, 5).number_format = "yyyy-mm-dd"
    wb.save(HERE / "cases_zh.xlsx")


def csv_text(rows: list[list[object]], headers: list[str], delimiter: str = ",") -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(headers)
    for row in rows:
        w.writerow(
            [
                "" if v is None else (v.isoformat() if isinstance(v, date | datetime) else v)
                for v in row
            ]
        )
    return out.getvalue()


EN_HEADERS = [
    "Contract No.", "Borrower Name", "ID Number", "Mobile", "Disbursement Date", "Loan Amount",
    "Term", "Monthly Payment", "Amount Repaid", "Product", "Branch", "Bank", "Account No.",
    "Contact Name", "Relation", "Contact Phone",
]  # fmt: skip


def main() -> None:
    write_xlsx()
    # In a CSV, Excel writes a long number the way it shows it: 1.10101E+17.
    rows = [[*r[:2], "1.10101E+17", *r[3:]] if r[0] == "HT2025030006" else r for r in GOOD + BAD]
    (HERE / "cases_gbk.csv").write_bytes(csv_text(rows, ZH_HEADERS).encode("gb18030"))
    (HERE / "cases_utf8.csv").write_bytes(csv_text(rows, ZH_HEADERS).encode("utf-8"))
    (HERE / "cases_bom.csv").write_bytes(csv_text(rows, ZH_HEADERS).encode("utf-8-sig"))
    (HERE / "cases_unicode.txt").write_bytes(csv_text(rows, ZH_HEADERS, "\t").encode("utf-16"))
    (HERE / "cases_en.csv").write_bytes(csv_text(GOOD, EN_HEADERS).encode("utf-8"))
    # A head office that calls things its own way: '借据号' and '客户称呼' need mapping.
    odd = ["借据号", "客户称呼", *ZH_HEADERS[2:]]
    (HERE / "cases_odd_headers.csv").write_bytes(csv_text(GOOD, odd).encode("utf-8"))
    # Valid UTF-8 whose bytes also decode as GB18030 (into nonsense): must be read as UTF-8.
    plain = [
        "合同编号",
        "客户姓名",
        "身份证号",
        "手机号码",
        "放款日期",
        "借款金额",
        "期数",
        "月还款额",
    ]
    text = csv_text([[*GOOD[0][:8]]], plain).encode("utf-8")
    assert text.decode("gb18030") != text.decode("utf-8")  # both decodings succeed
    (HERE / "cases_utf8_ambiguous.csv").write_bytes(text)


if __name__ == "__main__":
    main()
