from techties.model.lexicon import Lexicon, tokenize


def test_russian_names_match_in_every_case() -> None:
    lexicon: Lexicon[str] = Lexicon()
    lexicon.add("Роскосмос", "roscosmos", prefix_all=True, max_extra=3)
    lexicon.add("Российская академия наук", "ras", prefix_all=True, max_extra=3)
    text = "Глава Роскосмоса встретился с президентом Российской академии наук и Роскосмосом."
    assert [h.payload for h in lexicon.find(text)] == ["roscosmos", "ras", "roscosmos"]


def test_prefix_ending_is_bounded() -> None:
    lexicon: Lexicon[str] = Lexicon()
    lexicon.add("Роскосмос", "roscosmos", prefix_all=True, max_extra=3)
    assert lexicon.find("роскосмосовцами") == []


def test_longest_phrase_wins_and_offsets_point_into_text() -> None:
    lexicon: Lexicon[str] = Lexicon()
    lexicon.add("Russian", "side")
    lexicon.add("Russian Academy of Sciences", "ras")
    text = "The Russian Academy of Sciences said so."
    hits = lexicon.find(text)
    assert [(h.payload, text[h.start:h.end]) for h in hits] == [("ras", "Russian Academy of Sciences")]


def test_case_sensitive_acronyms() -> None:
    lexicon: Lexicon[str] = Lexicon()
    lexicon.add("MTS", "mts", case_sensitive=True)
    assert [h.payload for h in lexicon.find("MTS tested 5G; mts is lower case")] == ["mts"]


def test_wildcard_cues_and_chinese_substrings() -> None:
    lexicon: Lexicon[str] = Lexicon()
    lexicon.add("sign*", "signed")
    lexicon.add("华为", "huawei")
    lexicon.add("华为技术有限公司", "huawei-full")
    hits = lexicon.find("They signed it. 华为技术有限公司与华为")
    assert [h.payload for h in hits] == ["signed", "huawei-full", "huawei"]


def test_tokenize_keeps_offsets() -> None:
    text = "R&D-центр Huawei's"
    assert [(t.norm, text[t.start:t.end]) for t in tokenize(text)] == [
        ("r", "R"), ("d", "D"), ("центр", "центр"), ("huawei", "Huawei"), ("s", "s")]


def test_split_scripts_ends_a_word_where_chinese_characters_meet_letters() -> None:
    assert [t.raw for t in tokenize("华为与MTS签署")] == ["华为与MTS签署"]
    assert [t.raw for t in tokenize("华为与MTS签署", split_scripts=True)] == ["华为与", "MTS", "签署"]
    assert [t.raw for t in tokenize("Huawei и МТС", split_scripts=True)] == ["Huawei", "и", "МТС"]


def test_tokenize_keeps_offsets_where_a_letter_folds_to_two() -> None:
    text = "Straße Ёлки"
    assert [(t.norm, text[t.start:t.end]) for t in tokenize(text)] == [
        ("strasse", "Straße"), ("елки", "Ёлки")]


def test_a_chinese_phrase_does_not_overlap_its_own_match_before() -> None:
    # 乙乙乙 is found at 1 (hidden by 甲乙), not again at 2: each phrase is read left to right
    lexicon: Lexicon[str] = Lexicon()
    lexicon.add("甲乙", "a")
    lexicon.add("乙乙乙", "b")
    assert [(h.payload, h.start) for h in lexicon.find("甲乙乙乙乙")] == [("a", 0)]
    assert [(h.payload, h.start) for h in lexicon.find("乙乙乙乙乙乙丙")] == [("b", 0), ("b", 3)]


def test_many_phrases_with_one_first_word_are_told_apart_by_the_next() -> None:
    lexicon: Lexicon[str] = Lexicon()
    for field in ("physics", "chemistry", "biology", "geology", "mathematics", "economics"):
        lexicon.add(f"Institute of {field}", field)
    lexicon.add("Institute", "any-institute")
    lexicon.add("Institute NSU", "nsu", case_sensitive=True)
    text = "The Institute of Geology met the Institute NSU and the institute nsu and an Institute"
    assert [(h.payload, h.text) for h in lexicon.find(text)] == [
        ("geology", "Institute of Geology"), ("nsu", "Institute NSU"), ("any-institute", "institute"),
        ("any-institute", "Institute")]


def test_a_text_looked_up_again_gives_the_same_hits() -> None:
    lexicon: Lexicon[str] = Lexicon()
    lexicon.add("sign*", "signed")
    first = lexicon.find("They signed it.")
    first.clear()  # what a caller does with its list is its own
    assert [h.payload for h in lexicon.find("They signed it.")] == ["signed"]
    lexicon.add("it", "it")  # a phrase added later counts
    assert [h.payload for h in lexicon.find("They signed it.")] == ["signed", "it"]
