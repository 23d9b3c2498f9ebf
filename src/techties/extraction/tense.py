"""The tense of a clause: future markers of each language, and Russian verbs read from the dictionary.

Russian marks the future on the verb itself: a perfective verb in the present-tense form
("подпишут", "откроет", "станут") says the thing is still to come. No cue list can hold
every such verb, but the morphological dictionary that ships with natasha knows them all.
English and Chinese mark it with a word ("will", "将"), listed in model/tense.yaml.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from techties.exceptions import ModelError
from techties.model.lexicon import Lexicon, simplify
from techties.model.loader import load_tense_words
from techties.model.phrase_patterns import phrase_alternation

# Only a word with a third-person or a first-person plural ending can be such a verb; the
# dictionary reads no other.
_PERSONAL = re.compile(r"[а-яё]+(?:ет|ёт|ит|ут|ют|ат|ят|аст|ем|ём|им)(?:ся)?\b", re.IGNORECASE)
MIN_SCORE = 0.5  # the dictionary's confidence in its first reading of a word
# A Russian infinitive (and a noun of the same ending, "открытость"): no tense, no completion.
_INFINITIVE = re.compile(r"[а-яё]+(?:ть|ти|чь)(?:ся|сь)?", re.IGNORECASE)


def _vocab() -> Any:
    from techties.entities.russian_names import morph_vocab

    return morph_vocab()


@cache
def _lemmas(kind: str) -> frozenset[str]:
    """The Russian lemmas tense.yaml lists under `kind` ("phase", "own_talk")."""
    return frozenset(w for words in load_tense_words().get(kind, {}).values() for w in words)


@cache
def _is_future(word: str) -> bool:
    parses = _vocab().parse(word)
    if not parses:
        return False
    best = parses[0]
    if best.score < MIN_SCORE or "VERB" not in best.tag or "futr" not in best.tag:
        return False
    # "мы откроем", "будем развивать": a speaker's own plan; not "мы поговорим" (the talk itself)
    ours = "1per" in best.tag and "plur" in best.tag and best.normal not in _lemmas("own_talk")
    if "3per" not in best.tag and not ours:
        return False
    # a verb of both aspects ("реализует", "использует") reads as present as well
    return not any("pres" in p.tag for p in parses)


def after_to(text: str, start: int) -> bool:
    """Whether the English word at `start` follows "to": an infinitive ("launched to explore",
    "agreed to consider"), whose plan is the purpose or the object of the verb that governs it,
    not the tense of the clause."""
    return text[max(0, start - 3):start].lower() == "to "


def tenseless(word: str) -> bool:
    """Whether a cue of a thing done or signed is a Russian infinitive ("открыть",
    "ратифицировать"): an infinitive says nothing is done; the word that governs it (a plan, a
    wish, a promise) tells the stage."""
    return _INFINITIVE.fullmatch(word) is not None


_RUSSIAN_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
GOVERNOR_REACH = 3  # words between an infinitive and the verb that governs it ("начали совместно строить")
_GOVERNORS = ("VERB", "PRTS", "ADJS", "PRED", "GRND")
RELATIVE_PRONOUN = "котор"  # который, которые, которую …: a clause that describes a thing
PURPOSE = "чтобы"  # opens a clause of purpose: the infinitive after it says what for, not when


@lru_cache(maxsize=1 << 16)  # a long ingest meets ever more word forms
def reading(word: str) -> tuple[str, str]:
    """The dictionary's first reading of a word: its lemma and its grammatical tags."""
    parses = _vocab().parse(word)
    return (parses[0].normal, str(parses[0].tag)) if parses else (word, "")


def plan_infinitives(text: str) -> int:
    """How many infinitives of a Russian clause name an act still to come: those governed by a
    verb or a predicate of wish, ability, decision or need ("могут создать", "решили открыть",
    "намерены построить", "необходимо наладить"), not by a verb of phase or achievement
    ("начали строить", "удалось запустить"). An infinitive with no such word before it
    ("цель — создать") is left to the other words of the clause."""
    return len(_planned(text))


# A retreat that is only possible ("компании могут уйти с рынка, если …") is a prospect, not a
# setback the story reports.
POSSIBILITY = frozenset({"мочь", "смочь"})


def setback_plans(text: str) -> int:
    """How many of those planned acts of a Russian clause are setbacks decided ("решила закрыть
    подразделение", "намерены приостановить поставки"): a retreat decided is the story's setback,
    not a plan of cooperation (tense.yaml, setbacks)."""
    return sum(lemma in _lemmas("setbacks") and governor not in POSSIBILITY for governor, lemma in _planned(text))


@lru_cache(maxsize=256)
def _planned(text: str) -> tuple[tuple[str, str], ...]:
    """The infinitives of a Russian clause that name an act still to come, as (lemma of the word
    that governs it, lemma of the infinitive)."""
    words = [w.lower() for w in _RUSSIAN_WORD.findall(text)]
    found: list[tuple[str, str]] = []
    for i, word in enumerate(words):
        if not _INFINITIVE.fullmatch(word) or not reading(word)[1].startswith("INFN"):
            continue
        before = words[max(0, i - GOVERNOR_REACH):i]
        if PURPOSE in before:
            # "приехали, чтобы подписать": the infinitive is the purpose of the verb, not its plan
            before = before[before.index(PURPOSE) + 1:]
        governor = next((reading(w) for w in reversed(before)
                         if reading(w)[1].startswith(_GOVERNORS)), None)
        # "карты, которые можно использовать": a relative clause tells what a thing can do
        describes = any(w.startswith(RELATIVE_PRONOUN) for w in words[max(0, i - GOVERNOR_REACH - 1):i])
        if governor is not None and governor[0] not in _lemmas("phase") and not describes:
            found.append((governor[0], reading(word)[0]))
    return tuple(found)


def _alternation(kind: str) -> str:
    """The Chinese words tense.yaml lists under `kind`, as a regex alternation (longest first)."""
    words = load_tense_words().get(kind, {}).get("zh", ())
    if not words:
        raise ModelError(f"tense.yaml: needs a `{kind}` list under `zh`")
    return phrase_alternation(words)


def _chinese_words(kind: str) -> re.Pattern[str]:
    return re.compile(_alternation(kind))


# Chinese marks a thing done with the aspect particle 了 after its verb ("建立了", "完成了").
# Not 了 inside 了解 (understand), nor after 为 and 除 (为了 "for", 除了 "besides") or in a
# complement of ability (办不了, 做得了).
_PERFECTIVE_LE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除不得])了(?!解)")
# The adverb 已 (已经, 早已) before a verb says the same ("已建成", "已着手", "已于3月投产"); not
# inside 而已 ("only") or 不得已 ("reluctantly").
_ALREADY = re.compile(r"(?<![而得])已(?=[\u4e00-\u9fff])")


def perfective_marks(text: str) -> int:
    """How many verbs of a Chinese clause carry the perfective 了 or follow the adverb 已: done,
    whatever the verb."""
    return len(_PERFECTIVE_LE.findall(text)) + len(_ALREADY.findall(text))


# The adverb 拟 ("intends to") or the modal 愿 ("is willing to") before a verb puts it still to
# come, whatever the verb ("拟共建", "拟投资", "愿与中方合作"); the cue list holds only a few of
# its pairs. Not 拟 inside 模拟 and 虚拟 (simulated, virtual), nor 愿 inside 志愿, 意愿, 心愿.
# The modal 要 before a verb or a preposition of the act ("宣布要增设研发中心", "要确保与中方合作",
# "要在俄建厂") wants it done; not inside 主要, 重要, 需要, 只要, 必要, 首要, 不要, 想要, 将要, 紧要.
# The adverb 或 before a modal or a preposition ("或将投产", "或在当地实现本地化生产", "或可签署")
# says the thing may come: a prospect.
# 宣布 before a verb of joint action announces the plan ("宣布合作建设月球站"), unless the verb
# is itself a deed of founding or start ("宣布联合成立", "宣布共同启动").
_PLAN_ADVERB = re.compile(r"(?<![模虚比])拟(?=[\u4e00-\u9fff])|(?<![志意心宏夙])愿(?=[与同在为将])"
                          r"|或(?=[将可会于在能])"
                          r"|(?<![主重需只必首纲摘不扼概想将紧切险])要(?=(?:在|与|同|把|对|向|确保|建|设|增|扩|加|推|开|投|成))"
                          r"|宣布(?=(?:双方)?(?:合作|共同|联合|携手)(?!成立|启动|开通|建成|设立|发布|推出))")


def plan_adverbs(text: str) -> int:
    """How many verbs of a Chinese clause the adverbs 拟 and 或, the modals 愿 and 要, or 宣布
    mark as intended."""
    return len(_PLAN_ADVERB.findall(simplify(text)))


# Chinese may tell a plan with a time still to come and no future word at all ("工厂明年投产",
# "列车年底前交付", "实验室年内建成"): with no 了 or 已 in the clause, the deed is still to come.
_FUTURE_TIME = _chinese_words("future_time")


def future_times(text: str) -> int:
    """How many times still to come a Chinese clause names ("明年", "年底前", "下月")."""
    return len(_FUTURE_TIME.findall(simplify(text)))


# A Chinese word of plan or hope before the verb of signing puts the signing still to come
# ("有望在年内签署", "准备签署", "将于下月签订"): the plan governs the verb, as "plans to sign" does.
# Not when 了 or 已 between them says the signing took place ("计划已签署"), nor when 的 makes
# the signing a noun that a name with the word in it owns ("行动计划的签署": the signing of the plan).
# The plan word may also govern the verb across the occasion it names, whose own 的 does not
# make the verb a noun ("将在下月总统访华期间签署", "拟于论坛开幕之际签订"): 在/于 opens the
# occasion, a word of time or setting (期间, 之际, 时) closes it right before the verb.
_PLANNED_SIGNING = re.compile(rf"(?<!将)(?:{_alternation('plan_before_signing')})"
                              rf"(?:[^，。；：、,;:！？!?了已的]{{0,10}}?"
                              rf"|[在于][^，。；：、,;:！？!?了已]{{1,30}}?(?:{_alternation('occasion_end')}))"
                              rf"(?:{_alternation('signing')})(?!了)")


def planned_signings(text: str) -> int:
    """How many verbs of signing in a Chinese clause a word of plan or hope governs (traditional
    characters read as simplified: "將簽署")."""
    return len(_PLANNED_SIGNING.findall(simplify(text)))


# What a Chinese meeting discusses is still to come: the verb after a verb of discussion is its
# object ("商讨举办论坛", "讨论了明年举办论坛的事宜", "探讨建立联合实验室的可能性"), not a thing done.
_DISCUSSION = re.compile(rf"(?:{_alternation('discussion')})了?")
_DISCUSSED_HEAD = re.compile(rf"的(?:{_alternation('discussed_matter')})")
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?]")
# A verb of striving governs the act it works towards, anywhere later in its clause ("正在推进与
#中国高校合作开设联合项目", "推动建立联合实验室"); not "在…推动下" (with the help of) nor 推动了.
_STRIVING = re.compile(rf"(?:{_alternation('striving')})(?![下了])")


def discussed_acts(text: str, verbs: list[int]) -> int:
    """How many of the verbs at offsets `verbs` of a Chinese clause a verb of discussion or of
    striving governs: the one right after a verb of discussion, or any it runs up to a head
    noun of a matter discussed; any after a verb of striving."""
    text = simplify(text)
    count = 0
    for at in verbs:
        before = _CLAUSE_END.split(text[:at])[-1]
        if _STRIVING.search(before):
            count += 1
            continue
        talk = list(_DISCUSSION.finditer(before))
        if not talk:
            continue
        after = _CLAUSE_END.split(text[at:])[0]
        gap = len(before) - talk[-1].end()
        if gap <= 1 or _DISCUSSED_HEAD.search(after):
            count += 1
    return count


# A verb of signing before 的 modifies a document ("双方2019年签署的供货合同"): the document is
# named as one signed before, the clause does not report a signing.
_SIGNED_BEFORE = re.compile(rf"(?:{_alternation('signed_document')})的")


def signings_named(text: str) -> int:
    """How many verbs of signing in a Chinese clause only describe a document signed before."""
    return len(_SIGNED_BEFORE.findall(simplify(text)))


_PUBLISHED_NEWS = re.compile(rf"^(?:发布|发表)了?(?:{_alternation('report_noun')})")


def published_news(text: str, at: int) -> bool:
    """Whether the Chinese verb at offset `at` publishes a report ("发布消息", "发表声明"), not a
    product: the news a body gives, not a deed."""
    return bool(_PUBLISHED_NEWS.match(simplify(text[at:at + 8])))


# A Chinese verb of agreeing or signing after a bare negation ("俄方对此不同意", "双方没有签署")
# tells no agreement; 仍未, 从未, 并未 (a deed denied past its time) and 尚未 (not yet) are read
# by `denied` and `not_yet`.
_REFUSED = re.compile(r"(?<![仍从并始一再尚还])(?:不|没有|没)$")


def refused(text: str, at: int) -> bool:
    """Whether the Chinese verb of agreement at offset `at` is negated ("不同意", "没有签署")."""
    return bool(_REFUSED.search(simplify(text[max(0, at - 3):at])))


# 交换 (exchange) before a document in its clause: the signed texts changing hands. Not the noun
# of an exchange of people ("学生交换协议", "交换协议": an exchange agreement, signed or not).
_EXCHANGED = re.compile(rf"(?<!学生)(?<!学者)(?<!师生)(?<!人员)(?<!人才)交换(?!协议|协定)(?:了)?"
                        rf"[^，。；：,;:！？!?]{{0,40}}?(?:{_alternation('exchanged_document')})")


def exchanged_documents(text: str) -> int:
    """How many documents a Chinese clause says the parties exchanged ("交换合作协议")."""
    return len(_EXCHANGED.findall(simplify(text)))


# An intention reached or a readiness declared is no deed and no accord: "达成合作意向" (reached
# an intention to cooperate) and "准备好与华为合作" (is ready to work with Huawei) tell what the
# sides mean to do. Not the documents of intent themselves ("意向书", "意向协议": signed papers).
_INTENTION = re.compile(rf"达成了?[^，。；：,;:！？!?]{{0,12}}?意向(?!{_alternation('intent_document')})"
                        r"|准备好了?(?=[与同就在为向对把])")


def intentions(text: str) -> int:
    """How many intentions reached or readiness declared a Chinese clause tells."""
    return len(_INTENTION.findall(simplify(text)))


_NEGOTIATION = _chinese_words("negotiation")


def negotiations(text: str) -> int:
    """How many words of negotiation a Chinese clause holds ("谈判", "磋商")."""
    return len(_NEGOTIATION.findall(simplify(text)))


_ADMISSION = _chinese_words("admission")


def admissions(text: str) -> int:
    """How many verbs of admission a Chinese sentence holds ("承认", "坦承")."""
    return len(_ADMISSION.findall(simplify(text)))


# "Not yet" before a verb of signing or of a thing done ("协议尚未签署", "盾构机还没有交付",
# "有待批准") says the act is still to come. Not 未能 ("failed to"), a setback, nor 仍未.
_NOT_YET = re.compile(rf"(?:{_alternation('not_yet')})(?:正式)?$")


def not_yet(text: str, at: int) -> bool:
    """Whether the verb at offset `at` of a Chinese sentence is negated as not yet done."""
    return bool(_NOT_YET.search(simplify(text[max(0, at - 6):at])))


# A deed denied past its time ("实验室不再运行", "设备至今仍未交付", "协议迄今未签署") failed or
# stopped: a setback, unlike "尚未" (not yet), which leaves it to come.
_DENIED = re.compile(rf"(?:{_alternation('denied')})(?:正式|能够|能)?$")


def denied(text: str, at: int) -> bool:
    """Whether the verb at offset `at` of a Chinese sentence is denied as stopped or never done."""
    return bool(_DENIED.search(simplify(text[max(0, at - 6):at])))


# A verb of a thing done before 后 opens a time clause; with the future after it ("中心投入使用
# 后，将开展观测", "工厂建成后将年产10万辆") the thing is still to come.
_THEN_FUTURE = re.compile(r"^(?:之)?后[^。！？!?]*?(?:将|即将|届时)")


def done_later(text: str, at: int, end: int) -> bool:
    """Whether the verb at `at`..`end` of a Chinese sentence opens a time clause of the future."""
    return bool(_THEN_FUTURE.search(simplify(text[end:]))) and "已" not in simplify(text[max(0, at - 6):at])


# A Russian verbal noun ("подписание", "заключения", "согласованию", "утверждении"): the act
# named, with no tense of its own.
_VERBAL_NOUN = re.compile(r"[а-яё]+(?:ани|ени)(?:е|я|ю|ем|и|й|ям|ях|ями)", re.IGNORECASE)


def signing_noun(cue: str) -> bool:
    """Whether a Russian cue of signing ends in a verbal noun ("подписание соглашения" is read
    from its first word, "подписание"), not a verb or a participle ("подписали", "подписано")."""
    words = cue.split()
    return bool(words) and _VERBAL_NOUN.fullmatch(words[0]) is not None


def future_verbs(text: str) -> int:
    """How many verbs of a Russian clause are in the future tense, in the third person
    ("будут", "подпишут") or in a speaker's "we" ("откроем", "будем развивать"; not the
    reporter's "поговорим")."""
    return sum(_is_future(word.lower()) for word in _PERSONAL.findall(text))


@cache
def _lexicon(kind: str) -> Lexicon[str]:
    lexicon: Lexicon[str] = Lexicon()
    for phrases in load_tense_words().get(kind, {}).values():
        for phrase in phrases:
            lexicon.add(phrase, kind)
    return lexicon


def future_marks(text: str, lang: str | None) -> int:
    """How many words of a clause put it in the future ("will be held", "将于", "состоится"),
    Russian future verbs included."""
    marks = len(_lexicon("future").find(text))
    return marks + future_verbs(text) if lang == "ru" else marks


def underway_marks(text: str) -> int:
    """How many words of a clause put its finishing in the future ("will complete deliveries"):
    what is still to be finished has been started."""
    return len(_lexicon("underway").find(text))


def open_marks(text: str) -> int:
    """How many words of a Russian clause make its plan only possible or under negotiation
    ("может начать поставки", "переговоры по поставке")."""
    return len(_lexicon("open_plans").find(text))


def charge_marks(text: str) -> int:
    """How many words of a sentence charge a crime ("espionage", "госизмена", "间谍")."""
    return len(_lexicon("charge").find(text))


def warm() -> None:
    """Load the dictionary now, so the first Russian document is not slower than the rest."""
    _vocab()
    _lexicon("future")
    _lexicon("underway")
    _lexicon("charge")
    _lexicon("open_plans")
    _lemmas("phase")
    _lemmas("own_talk")
    _lemmas("setbacks")
