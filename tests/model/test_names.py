"""Name and text normalisation: one module, one form per comparison (model/names.py)."""

from __future__ import annotations

from techties.model.names import (
    actor_key,
    entity_key,
    fold,
    kb_name_key,
    legal_forms,
    shingle_text,
    token_form,
)


def test_fold_only_folds_case_so_that_a_substring_search_finds_what_was_typed() -> None:
    assert fold("РОСКОСМОС") == "роскосмос"
    assert fold("Sukhoi Su-57 «Felon»") == "sukhoi su-57 «felon»"
    assert fold("Шёлковый путь") == "шёлковый путь"  # ё kept: stored keys stay as they were


def test_token_form_writes_yo_as_ye() -> None:
    assert token_form("Шёлкового") == "шелкового"
    assert token_form("HUAWEI") == "huawei"


def test_shingle_text_keeps_only_words() -> None:
    assert shingle_text("Ｈｕａｗｅｉ  signs—a DEAL!\n\tToday_now") == "huawei signs a deal today now"
    assert shingle_text("中俄合作，新阶段。") == "中俄合作 新阶段"


def test_entity_key_drops_legal_forms_in_three_languages() -> None:
    assert entity_key("Xiamen Limbach Aircraft Engine Co., Ltd.") == "xiamen limbach aircraft engine"
    assert entity_key("ООО «Вектор»") == "вектор"
    assert entity_key("深圳市某某电子股份有限公司") == "深圳市某某电子"
    assert entity_key("Volga Trading Group LLC") == "volga"


def test_chinese_suffixes_are_cut_longest_first() -> None:
    _words, suffixes = legal_forms()
    assert [len(s) for s in suffixes] == sorted((len(s) for s in suffixes), reverse=True)
    assert entity_key("某某集团公司") == "某某"


def test_actor_key_is_the_knowledge_base_id_else_the_folded_name() -> None:
    assert actor_key("cn-huawei", "Huawei Technologies") == "cn-huawei"
    assert actor_key(None, "ПАО «Ростелеком»") == actor_key(None, "пао «ростелеком»")


def test_kb_name_key_keeps_legal_forms_but_drops_the_punctuation_of_names() -> None:
    assert kb_name_key("ОАО  «Объединённая авиастроительная корпорация»") == \
        "оао объединенная авиастроительная корпорация"
    assert kb_name_key("Tsinghua Univ. (Beijing)") == "tsinghua univ beijing"
    assert kb_name_key("Sukhoi Co., Ltd") == "sukhoi co ltd"
