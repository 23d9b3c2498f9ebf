"""Synthetic news documents of about 3 KB in English, Russian and Chinese, for speed benchmarks.

The sentences are templates written for this benchmark; the names come from the
actor knowledge base so that extraction does its full work on each document.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

EN = [
    "{cn} and {ru} signed a memorandum on joint research in {field} in {city} on Tuesday.",
    "The two sides plan to open a joint laboratory for {field} next year.",
    "{cn} said it would supply equipment for {field} to {ru} under a new contract.",
    "Officials said the agreement covers testing of {field} systems in Moscow and Harbin.",
    "Analysts noted that trade between the two countries grew by {n} percent last year.",
    "The company did not comment on the details of the deal, which is worth about {n} million dollars.",
    "A forum on technology cooperation between Russia and China took place in {city}.",
    "Local media reported heavy rain in the region and several flights were delayed.",
]
RU = [
    "{ru} и {cn} подписали соглашение о сотрудничестве в области {field_ru} в городе {city_ru}.",
    "Стороны планируют создать совместную лабораторию в следующем году.",
    "Компания {cn} будет поставлять оборудование для {ru}, сообщили в пресс-службе.",
    "Эксперты отмечают рост товарооборота между странами на {n} процентов.",
    "Российско-китайский форум по инновациям прошел в Москве при участии {ru}.",
    "Погода в регионе остается холодной, ожидается снег.",
]
ZH = [
    "{cn}与{ru}在{city_zh}签署了{field_zh}领域合作备忘录。",
    "双方计划明年建立联合实验室,开展{field_zh}联合研究。",
    "{cn}将向俄罗斯{ru}供应相关设备。",
    "中俄科技合作论坛在哈尔滨举行,来自两国的专家参加了会议。",
    "据统计,两国贸易额去年增长了{n}%。",
    "当地天气晴朗,气温适宜。",
]
FILLER = {
    "en": ("market industry report region growth network plant officials city budget program experts "
           "company project river bridge school energy weather port route winter summer price supply "
           "demand council data system capacity quality factory worker farmer railway airport").split(),
    "ru": ("рынок отрасль доклад регион рост сеть завод власти город бюджет программа эксперты "
           "компания проект река мост школа энергия погода порт маршрут зима лето цена спрос "
           "совет данные система мощность качество фабрика рабочий фермер дорога аэропорт").split(),
    "zh": list("市场行业报告地区增长网络工厂官员城市预算计划专家公司项目河桥学校能源天气港口路线冬夏价格需求数据系统"),
}
FIELDS = [("artificial intelligence", "искусственного интеллекта", "人工智能"),
          ("satellite navigation", "спутниковой навигации", "卫星导航"),
          ("nuclear energy", "атомной энергетики", "核能"),
          ("5G networks", "сетей 5G", "5G通信"),
          ("semiconductors", "микроэлектроники", "半导体")]
CITIES = [("Moscow", "Москве", "莫斯科"), ("Harbin", "Харбине", "哈尔滨"), ("Shanghai", "Шанхае", "上海")]


SYLLABLES = {"en": "ka lo mi ne ta ri su ve do ran tel mor pin gas lek".split(),
             "ru": "ка ло ми не та ри су ве до ран тел мор пин гас лек".split(),
             "zh": list("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土")}


def _syllables(rng: random.Random, lang: str) -> str:
    """A made-up word beginning, so that no two documents share their filler (a beginning,
    not an ending: near-duplicate detection compares Russian words by their first five
    letters)."""
    return "".join(rng.choice(SYLLABLES[lang]) for _ in range(rng.randint(0, 2)))


def _names(country: str, lang: str) -> list[str]:
    from techties.model.loader import load_actors

    names = []
    for actor in load_actors():
        if actor.country != country:
            continue
        if lang == "en":
            names.append(actor.name)
        else:
            names.extend(actor.aliases.get(lang, ())[:1])
    return names or ["—"]


def make_documents(count: int, seed: int = 7, size: int = 3000) -> list[dict]:
    rng = random.Random(seed)
    pools = {(c, lang): _names(c, lang) for c in ("CN", "RU") for lang in ("en", "ru", "zh")}
    docs = []
    for i in range(count):
        lang = ("en", "ru", "zh")[i % 3]
        templates = {"en": EN, "ru": RU, "zh": ZH}[lang]
        parts: list[str] = []
        words = FILLER[lang]
        while sum(len(p.encode("utf-8")) + 1 for p in parts) < size:
            field, city = rng.choice(FIELDS), rng.choice(CITIES)
            if len(parts) % 3 != 0:  # filler in random words keeps documents from being near-duplicates
                picked = [_syllables(rng, lang) + rng.choice(words) for _ in range(rng.randint(8, 20))]
                parts.append(("".join(picked) + "。") if lang == "zh" else " ".join(picked).capitalize() + ".")
                continue
            parts.append(rng.choice(templates).format(
                cn=rng.choice(pools[("CN", lang)]), ru=rng.choice(pools[("RU", lang)]),
                field=field[0], field_ru=field[1], field_zh=field[2],
                city=city[0], city_ru=city[1], city_zh=city[2], n=rng.randint(2, 90)))
        docs.append({"id": f"syn{i:06d}", "url": f"https://example.org/news/{i}", "title": parts[0][:80],
                     "published": f"20{rng.randint(15, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     "lang": lang, "text": "\n".join(parts)})
    return docs


def write_documents(path: Path, count: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for doc in make_documents(count, seed):
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path
