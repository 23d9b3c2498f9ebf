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
