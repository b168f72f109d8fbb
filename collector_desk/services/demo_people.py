"""Made-up but realistic Chinese borrowers for the demo portfolio and the bench.

Names follow the common surnames (a few compound ones) with two- and
three-character full names that match the gender of the ID number; ID numbers
carry real county codes, plausible birth dates and a valid GB 11643 checksum;
mobile numbers use prefixes the carriers really issue; debit cards carry the
issuing bank's BIN and a Luhn check digit. Everything is drawn from one
`random.Random`, so a seed always gives the same people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from collector_desk.domain.call_flow import Disposition, Objection, OverdueReason
from collector_desk.domain.idnumber import id_check_char


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# (county code, province, city, district, area code of the city's landlines, first birth
# year for which the code is valid: python-stdnum refuses a code used before it existed)
REGIONS: tuple[tuple[str, str, str, str, str, int], ...] = (
    ("310110", "上海市", "上海市", "杨浦区", "021", 1955),
    ("310101", "上海市", "上海市", "黄浦区", "021", 1955),
    ("110105", "北京市", "北京市", "朝阳区", "010", 1955),
    ("110108", "北京市", "北京市", "海淀区", "010", 1955),
    ("310104", "上海市", "上海市", "徐汇区", "021", 1955),
    ("120101", "天津市", "天津市", "和平区", "022", 1955),
    ("440106", "广东省", "广州市", "天河区", "020", 1985),
    ("440305", "广东省", "深圳市", "南山区", "0755", 1983),
    ("441900", "广东省", "东莞市", "", "0769", 1988),
    ("330106", "浙江省", "杭州市", "西湖区", "0571", 1983),
    ("330203", "浙江省", "宁波市", "海曙区", "0574", 1983),
    ("320102", "江苏省", "南京市", "玄武区", "025", 1983),
    ("510107", "四川省", "成都市", "武侯区", "028", 1990),
    ("420106", "湖北省", "武汉市", "武昌区", "027", 1983),
    ("430104", "湖南省", "长沙市", "岳麓区", "0731", 1983),
    ("610113", "陕西省", "西安市", "雁塔区", "029", 1983),
    ("370102", "山东省", "济南市", "历下区", "0531", 1983),
    ("370212", "山东省", "青岛市", "崂山区", "0532", 1988),
    ("410105", "河南省", "郑州市", "金水区", "0371", 1983),
    ("350203", "福建省", "厦门市", "思明区", "0592", 1983),
    ("350102", "福建省", "福州市", "鼓楼区", "0591", 1983),
    ("340104", "安徽省", "合肥市", "蜀山区", "0551", 1983),
    ("360102", "江西省", "南昌市", "东湖区", "0791", 1983),
    ("130104", "河北省", "石家庄市", "桥西区", "0311", 1983),
    ("210102", "辽宁省", "沈阳市", "和平区", "024", 1983),
    ("220102", "吉林省", "长春市", "南关区", "0431", 1983),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "0451", 1983),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "0771", 1983),
    ("530102", "云南省", "昆明市", "五华区", "0871", 1983),
    ("520102", "贵州省", "贵阳市", "南明区", "0851", 1983),
    ("620102", "甘肃省", "兰州市", "城关区", "0931", 1983),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区", "0471", 1983),
)

# Weighted roughly like the real frequency of the commonest surnames.
SURNAMES = (
    "王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖"
    "田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹"
    "薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容")
MALE_GIVEN = _words(
    "伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 华 飞 鑫 波 斌 宇 浩 凯 健 俊 帆 旭 宁 龙 林 阳 "
    "建华 志强 建国 海涛 俊杰 子豪 浩然 宇轩 文博 志明 国强 晓东 建军 永刚 立新 振华 家豪 "
    "天佑 博文 明辉 鹏飞 志伟 少华 德明 春雷"
)
FEMALE_GIVEN = _words(
    "芳 娜 敏 静 丽 艳 娟 霞 婷 雪 慧 琳 颖 倩 洁 玲 晶 燕 红 萍 "
    "秀英 桂英 欣怡 梓涵 雨婷 思琪 佳怡 晓燕 丽娟 秀兰 春梅 海燕 美玲 雅婷 诗涵 "
    "晓丽 玉兰 慧敏 文静 红霞 丽华 梦瑶 紫萱"
)

# Mobile prefixes the three carriers (and China Broadnet) issue.
MOBILE_PREFIXES = _words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199"
)

# Debit-card BINs of the big banks: (bank, BIN, card length).
BANK_BINS: tuple[tuple[str, str, int], ...] = (
    ("中国工商银行", "622202", 19),
    ("中国建设银行", "621700", 19),
    ("中国农业银行", "622848", 19),
    ("中国银行", "621785", 19),
    ("招商银行", "621483", 16),
    ("交通银行", "622262", 19),
    ("中国邮政储蓄银行", "621799", 19),
    ("兴业银行", "622909", 18),
)

ROADS = _words(
    "人民路 解放路 中山路 建设路 和平路 新华路 长江路 黄河路 文化路 胜利路 青年路 "
    "科技路 学府路 滨江大道 光明街 幸福路 朝阳路 东风路 迎宾大道 南京路"
)
ESTATES = _words(
    "阳光花园 翠苑小区 锦绣家园 金色家园 万科城 碧桂园 幸福里 绿城花园 华府小区 名都花苑"
)
FIRM_WORDS = _words("恒信 华盛 鼎泰 永安 宏达 金源 天成 瑞丰 嘉禾 明远 汇通 新元 博雅 安泰 盛世")
INDUSTRIES = _words(
    "电子科技有限公司 物流有限公司 建筑工程有限公司 餐饮管理有限公司 商贸有限公司 "
    "机械制造有限公司 装饰工程有限公司 汽车服务有限公司 信息技术有限公司 医药连锁有限公司 "
    "服装有限公司 教育咨询有限公司"
)

# What collectors write after a call, by reason for overdue and by outcome.
REASONS: dict[OverdueReason, tuple[str, ...]] = {
    OverdueReason.FORGOT: (
        "客户称工作忙忘记还款，答应尽快处理",
        "客户以为是自动扣款，未留意卡内余额",
    ),
    OverdueReason.WAITING_INCOME: ("客户称本月工资推迟发放，发薪后还款", "客户在等报销款到账"),
    OverdueReason.BUSINESS: (
        "客户称生意资金周转困难，货款未回笼",
        "客户店铺经营不善，正在想办法筹钱",
    ),
    OverdueReason.FAMILY: ("客户家人住院，近期开销较大", "客户称家里有急事，手头紧张"),
    OverdueReason.TRAVEL: ("客户在外地出差，回来后去银行处理", "客户回老家了，附近没有网点"),
    OverdueReason.DEBIT_FAILED: (
        "扣款失败，客户称银行卡被冻结，已去银行处理",
        "客户换了工资卡，旧卡余额不足",
    ),
    OverdueReason.CARELESS: ("客户态度敷衍，一再拖延，已说明逾期对征信的影响",),
}
OBJECTION_FOR: dict[OverdueReason, tuple[Objection, ...]] = {
    OverdueReason.FORGOT: (Objection.A,),
    OverdueReason.WAITING_INCOME: (Objection.D,),
    OverdueReason.BUSINESS: (Objection.D, Objection.B),
    OverdueReason.FAMILY: (Objection.D,),
    OverdueReason.TRAVEL: (Objection.C,),
    OverdueReason.DEBIT_FAILED: (Objection.G,),
    OverdueReason.CARELESS: (Objection.F, Objection.B),
}
NO_CONTACT_NOTES = {
    Disposition.NO_ANSWER: ("无人接听，已发短信提醒", "响铃至结束无人接听"),
    Disposition.PHONE_OFF: ("客户手机关机", "提示已关机，稍后再拨"),
    Disposition.WRONG_NUMBER: ("接听人称打错了，不认识该客户",),
    Disposition.THIRD_PARTY: ("联系人答应转告客户尽快回电", "联系人称已久未联系客户"),
    Disposition.REFUSED: ("客户情绪激动，拒绝沟通还款事宜",),
    Disposition.RIGHT_PARTY_NO_PROMISE: (
        "客户承认欠款但暂无法确定还款时间",
        "已提醒按时还款，客户表示知道",
    ),
}
NOTES = (
    "单位电话核实，客户仍在职",
    "客户要求更换扣款账户，已告知需本人到门店签署新的划扣授权",
    "已发送还款提醒短信",
    "客户表示对逾期费用有异议，已解释合同条款",
    "建议下次下午联系，上午客户不方便接听",
)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    gender: str  # "M" | "F"
    surname: str


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    province: str
    city: str
    district: str
    area_code: str
    since: int  # first birth year with this code

    @property
    def place(self) -> str:
        prefix = "" if self.province == self.city else self.province
        return f"{prefix}{self.city}{self.district}"


class People:
    """A deterministic source of made-up people, places and accounts."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def region(self) -> Region:
        return Region(*self.rng.choice(REGIONS))

    def surname(self) -> str:
        if self.rng.random() < 0.03:
            return self.rng.choice(COMPOUND_SURNAMES)
        return self.rng.choice(SURNAMES)

    def person(self, *, gender: str | None = None, surname: str | None = None) -> Person:
        gender = gender or self.rng.choice("MF")
        family = surname or self.surname()
        given = self.rng.choice(MALE_GIVEN if gender == "M" else FEMALE_GIVEN)
        return Person(family + given, gender, family)

    def birth_date(
        self, today: date, region: Region, *, min_age: int = 22, max_age: int = 58
    ) -> date:
        """A birth date giving an age in [min_age, max_age], not before the region's code."""
        latest = today - timedelta(days=min_age * 366)
        earliest = max(today - timedelta(days=max_age * 365), date(region.since, 1, 1))
        if earliest > latest:
            earliest = latest - timedelta(days=365)
        return earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))

    def id_number(self, region: Region, birth: date, gender: str) -> str:
        order = self.rng.randrange(0, 500) * 2 + (1 if gender == "M" else 0)
        first17 = f"{region.code}{birth:%Y%m%d}{order:03d}"
        return first17 + id_check_char(first17)

    def mobile(self) -> str:
        """An 11-digit mainland mobile number."""
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def landline(self, region: Region) -> str:
        digits = 8 if len(region.area_code) == 3 else 7
        first = str(self.rng.randint(2, 8))
        rest = "".join(str(self.rng.randrange(10)) for _ in range(digits - 1))
        return f"{region.area_code}-{first}{rest}"

    def address(self, region: Region) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return (
                f"{region.place}{rng.choice(ROADS)}{rng.randint(1, 999)}号"
                f"{rng.choice(ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元"
                f"{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
            )
        return f"{region.place}{rng.choice(ROADS)}{rng.randint(1, 999)}号{rng.randint(1, 12)}楼"

    def employer(self, region: Region) -> str | None:
        roll = self.rng.random()
        if roll < 0.08:
            return None  # self-employed or between jobs
        if roll < 0.15:
            return f"{region.city}{region.district}个体经营"
        city = region.city.removesuffix("市")
        return f"{city}{self.rng.choice(FIRM_WORDS)}{self.rng.choice(INDUSTRIES)}"

    def debit_card(self) -> tuple[str, str]:
        bank, bin_, length = self.rng.choice(BANK_BINS)
        body = bin_ + "".join(str(self.rng.randrange(10)) for _ in range(length - len(bin_) - 1))
        return bank, body + luhn_digit(body)
