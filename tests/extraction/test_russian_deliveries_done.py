"""Russian verbs of a delivery or a start-up done ('доставлены', 'поставила первую партию',
'центр заработал') report the thing done: the rest of the order still to come ('планирует поставить ещё')
does not make the delivery a plan."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_first_batch_delivered_is_done_beside_the_rest_to_come() -> None:
    title = "Первые станки из Китая доставлены на «КамАЗ»"
    body = ("Набережные Челны, 1 июня. Первые обрабатывающие центры китайской компании Haitian "
            "доставлены на завод «КамАЗ». В следующем году компания планирует поставить ещё 20 станков.")
    doc = Document(id="doc_ru_delivered", text=f"{title}\n{body}", title=title, lang="ru", published="2024-06-01")
    stages = {e.stage for e in extract_document(doc).events if e.type == "supply"}
    assert stages == {"implemented"}
