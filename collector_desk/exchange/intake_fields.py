"""What a head-office case file may contain, and how its column headers are recognised.

Each field has the names head offices commonly use, in Chinese and English.
Headers are compared after normalising: spaces, full-width brackets, units such
as "(元)" and required-markers such as "*" are dropped, English is lower-cased.
A header no alias matches is left for the supervisor to map in the intake
dialog (or with `--map` on the command line); the mapping is remembered per
source, a source being recognised by its set of headers.
"""

from __future__ import annotations

import hashlib
import re

from collector_desk.exchange.intake_stated_fields import (
    RELATIONS,
    STATED_POSITION,
    Field,
    relation_of,
)

__all__ = ["BY_KEY", "FIELDS", "RELATIONS", "REQUIRED", "Field", "relation_of"]


FIELDS: tuple[Field, ...] = (
    Field(
        "contract_no",
        "Contract number",
        (
            "合同编号",
            "合同号",
            "借款编号",
            "合同编码",
            "借款合同号",
            "借款合同编号",
            "贷款编号",
            "contractno",
            "contractnumber",
            "loanno",
            "loannumber",
            "contract",
        ),
        required=True,
    ),
    Field(
        "name",
        "Borrower name",
        (
            "客户姓名",
            "姓名",
            "借款人",
            "借款人姓名",
            "客户名称",
            "客户",
            "name",
            "borrower",
            "borrowername",
            "customername",
            "customer",
        ),
        required=True,
    ),
    Field(
        "id_number",
        "ID number",
        (
            "身份证号",
            "证件号码",
            "身份证号码",
            "证件号",
            "身份证",
            "借款人身份证号",
            "idnumber",
            "idno",
            "idcard",
            "idcardno",
            "nationalid",
        ),
        required=True,
        kind="id",
    ),
    Field(
        "phone",
        "Mobile phone",
        (
            "手机号",
            "手机号码",
            "联系电话",
            "电话",
            "移动电话",
            "借款人手机号",
            "客户手机号",
            "手机",
            "mobile",
            "phone",
            "mobilephone",
            "phonenumber",
            "cellphone",
        ),
        required=True,
        kind="phone",
    ),
    Field(
        "phone2",
        "Second phone",
        (
            "备用电话",
            "其他电话",
            "第二联系电话",
            "备用手机号",
            "住宅电话",
            "家庭电话",
            "phone2",
            "otherphone",
            "homephone",
        ),
        kind="phone",
    ),
    Field(
        "disbursed_on",
        "Disbursement date",
        (
            "放款日期",
            "放款日",
            "借款日期",
            "合同日期",
            "起始日期",
            "放款时间",
            "签约日期",
            "disbursedon",
            "disbursementdate",
            "loandate",
            "startdate",
        ),
        required=True,
        kind="date",
    ),
    Field(
        "principal",
        "Principal",
        (
            "借款金额",
            "合同金额",
            "放款金额",
            "本金",
            "贷款金额",
            "借款本金",
            "principal",
            "loanamount",
            "amount",
        ),
        required=True,
        kind="amount",
    ),
    Field(
        "instalment_count",
        "Number of instalments",
        (
            "期数",
            "借款期数",
            "还款期数",
            "总期数",
            "分期数",
            "贷款期限",
            "借款期限",
            "instalments",
            "installments",
            "term",
            "tenor",
            "instalmentcount",
        ),
        required=True,
        kind="count",
    ),
    Field(
        "instalment_amount",
        "Instalment amount",
        (
            "月还款额",
            "每期还款额",
            "期供",
            "月供",
            "每期应还",
            "每期还款金额",
            "月还款金额",
            "instalment",
            "installment",
            "monthlypayment",
            "instalmentamount",
            "installmentamount",
        ),
        required=True,
        kind="amount",
    ),
    Field(
        "paid_amount",
        "Amount repaid so far",
        (
            "已还金额",
            "累计还款",
            "已还款金额",
            "累计已还",
            "已还总额",
            "paidamount",
            "repaid",
            "amountrepaid",
            "totalpaid",
        ),
        kind="amount",
    ),
    # Head office's stated position on the file's day (see intake_stated_fields.py).
    *STATED_POSITION,
    Field("product", "Product", ("产品", "产品名称", "产品类型", "product", "productname")),
    Field(
        "branch",
        "Branch",
        ("门店", "营业部", "分公司", "网点", "所属门店", "进件门店", "branch", "store", "office"),
    ),
    Field(
        "debit_bank",
        "Debit bank",
        ("开户行", "扣款银行", "还款银行", "开户银行", "银行", "debitbank", "bank", "bankname"),
    ),
    Field(
        "debit_account",
        "Debit account",
        (
            "扣款账号",
            "还款账号",
            "银行账号",
            "银行卡号",
            "扣款卡号",
            "账号",
            "还款卡号",
            "debitaccount",
            "account",
            "bankaccount",
            "accountno",
        ),
        kind="account",
    ),
    Field("employer", "Employer", ("单位名称", "工作单位", "公司名称", "employer", "company")),
    Field(
        "employer_phone",
        "Employer phone",
        ("单位电话", "公司电话", "工作单位电话", "employerphone", "workphone"),
        kind="text",
    ),
    Field("employer_address", "Employer address", ("单位地址", "公司地址", "employeraddress")),
    Field(
        "home_address",
        "Home address",
        ("家庭住址", "现住址", "居住地址", "家庭地址", "现居住地址", "homeaddress", "address"),
    ),
    Field(
        "hukou_address",
        "Household registration address",
        ("户籍地址", "户口所在地", "户籍所在地", "hukouaddress"),
    ),
    Field(
        "contact1_name",
        "Contact 1 name",
        (
            "联系人1姓名",
            "联系人姓名",
            "紧急联系人",
            "联系人1",
            "紧急联系人姓名",
            "第一联系人",
            "contact1name",
            "contactname",
            "contact1",
        ),
    ),
    Field(
        "contact1_relation",
        "Contact 1 relation",
        (
            "联系人1关系",
            "与借款人关系",
            "关系",
            "联系人关系",
            "紧急联系人关系",
            "contact1relation",
            "relation",
            "contactrelation",
        ),
        kind="relation",
    ),
    Field(
        "contact1_phone",
        "Contact 1 phone",
        (
            "联系人1电话",
            "联系人电话",
            "联系人手机",
            "紧急联系人电话",
            "联系人1手机",
            "contact1phone",
            "contactphone",
        ),
        kind="phone",
    ),
    Field(
        "contact2_name",
        "Contact 2 name",
        ("联系人2姓名", "联系人2", "第二联系人", "contact2name", "contact2"),
    ),
    Field(
        "contact2_relation",
        "Contact 2 relation",
        ("联系人2关系", "第二联系人关系", "contact2relation"),
        kind="relation",
    ),
    Field(
        "contact2_phone",
        "Contact 2 phone",
        ("联系人2电话", "联系人2手机", "第二联系人电话", "contact2phone"),
        kind="phone",
    ),
    Field("spouse_name", "Spouse name", ("配偶姓名", "配偶", "spousename", "spouse")),
    Field(
        "spouse_phone",
        "Spouse phone",
        ("配偶电话", "配偶手机", "配偶手机号", "spousephone"),
        kind="phone",
    ),
)

BY_KEY = {f.key: f for f in FIELDS}
REQUIRED = tuple(f.key for f in FIELDS if f.required)

_UNITS = re.compile(
    r"[(（\[【](?:元|人民币|rmb|¥|￥|yuan|cny)[)）\]】]|[*＊:：\s_\-./]", re.IGNORECASE
)
_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")


def normalise(header: str) -> str:
    """'借款金额（元）' -> '借款金额', 'Contract No.' -> 'contractno', '*姓名' -> '姓名'."""
    text = _UNITS.sub("", str(header)).lower()
    return text.replace("(", "").replace(")", "").replace("（", "").replace("）", "")


_SCALED = re.compile(r"[(（\[【]\s*(万|千)(?:元|人民币)?\s*[)）\]】]")


def unit_scale(header: str) -> int:
    """Yuan per unit of an amount column whose title names its unit: '合同金额（万元）'
    is 10,000, '(千元)' 1,000; else 1 (yuan)."""
    m = _SCALED.search(str(header))
    return 1 if m is None else {"万": 10_000, "千": 1_000}[m[1]]


_ALIASES: dict[str, str] = {}
for _f in FIELDS:
    for _a in _f.aliases:
        _ALIASES.setdefault(normalise(_a), _f.key)


def recognise(header: str) -> str | None:
    """The field a header names, if it is one of the common names."""
    key = normalise(header)
    if not key:
        return None
    found = _ALIASES.get(key)
    if found is None:
        # '借款金额(人民币元)' and other bracketed remarks: try without the brackets.
        found = _ALIASES.get(normalise(_BRACKETS.sub("", str(header))))
    return found


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers that are recognised (first one wins)."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        field = recognise(header)
        if field == "phone" and field in taken:
            field = "phone2"  # '手机号' and '联系电话' side by side
        if field and field not in taken:
            out[i] = field
            taken.add(field)
    return out


def source_key(headers: list[str]) -> str:
    """Identifies a head office's file layout: the same headers, the same source."""
    names = sorted({normalise(h) for h in headers if str(h).strip()})
    return hashlib.sha1("\x1f".join(names).encode("utf-8")).hexdigest()[:16]
