"""docs/vocabulary.md is generated from the model: it must equal what the generator writes now."""

from pathlib import Path

from techties.interfaces.vocabulary_page import vocabulary_markdown

PAGE = Path(__file__).resolve().parents[2] / "docs" / "vocabulary.md"


def test_vocabulary_page_is_up_to_date() -> None:
    assert PAGE.read_text(encoding="utf-8") == vocabulary_markdown(), (
        "regenerate with: techties vocabulary --format markdown > docs/vocabulary.md")


def test_every_value_is_on_the_page() -> None:
    from techties.model.loader import VOCABULARIES, load_vocabulary

    page = vocabulary_markdown()
    for name in VOCABULARIES:
        for value in load_vocabulary(name).values:
            assert f"| `{value}` |" in page
