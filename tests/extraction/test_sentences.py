from techties.extraction.sentences import split_sentences


def test_offsets_and_abbreviations() -> None:
    text = "Huawei opened a lab in Moscow. Mr. Li of Huawei Co. Ltd. said it will grow!\nВторой абзац. Ещё одно."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Huawei opened a lab in Moscow.", "Mr. Li of Huawei Co. Ltd. said it will grow!",
        "Второй абзац.", "Ещё одно."]
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert sentences[1].paragraph == 0 and sentences[2].paragraph == 1


def test_chinese_sentences() -> None:
    text = "华为在莫斯科开设实验室。计划招聘500人！"
    assert [s.text for s in split_sentences(text)] == ["华为在莫斯科开设实验室。", "计划招聘500人！"]


def test_overlong_runs_are_cut() -> None:
    text = "word " * 400
    assert all(s.end - s.start <= 600 for s in split_sentences(text))
