"""Watchlists read from files in the formats their publishers use, and matched against the
actors of events (names normalised, aliases and the knowledge base's names included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from techties.analysis.events import MergedEvent
from techties.analysis.watchlists import WatchIndex
from techties.exceptions import RunAbort
from techties.model.names import entity_key
from techties.sources.lists import detect_format, import_watchlist
from techties.store.event_record import EventActor

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "watchlists"


def test_opensanctions_ftm_entities_are_read_and_statements_skipped() -> None:
    name, entries = import_watchlist(LISTS / "opensanctions_entities.ftm.json")
    assert name == "opensanctions"
    by_id = {e.entity_id: e for e in entries}
    assert set(by_id) == {"NK-test-limbach", "NK-test-northwind", "NK-test-ivanov"}
    limbach = by_id["NK-test-limbach"]
    assert limbach.aliases == ("厦门林巴赫航空发动机有限公司",)
    assert limbach.countries == ("CN",) and "RUSSIA-EO14024" in limbach.programs
    assert limbach.entity_schema == "Company" and limbach.listed == "2024-10-17"
    assert by_id["NK-test-northwind"].aliases == ("NPT",)


def test_the_ofac_sdn_list_as_xml() -> None:
    name, entries = import_watchlist(LISTS / "sdn.xml")
    assert name == "ofac-sdn"
    redlepus, person = entries
    assert redlepus.name == "REDLEPUS VECTOR INDUSTRY SHENZHEN CO LTD"
    assert redlepus.aliases == ("SHENZHEN REDLEPUS VECTOR INDUSTRY",)
    assert redlepus.countries == ("China",) and redlepus.programs == ("RUSSIA-EO14024",)
    assert redlepus.listed == "2024-10-17"
    assert person.name == "Ivan TESTOV" and person.entity_schema == "Individual"


def test_the_ofac_sdn_list_as_csv_with_its_alias_and_address_files() -> None:
    assert detect_format(LISTS / "sdn_csv" / "sdn.csv") == "sdn_csv"
    _, entries = import_watchlist(LISTS / "sdn_csv" / "sdn.csv")
    by_id = {e.entity_id: e for e in entries}
    vektor = by_id["990011"]
    assert set(vektor.aliases) == {"TORGOVO-SERVISNAYA KOMPANIYA VEKTOR", "TSK VECTOR"}
    assert vektor.countries == ("Russia",) and vektor.entity_schema == "Entity"
    assert by_id["990012"].programs == ("RUSSIA-EO14024", "IFSR")
    assert by_id["990013"].entity_schema == "individual"


def test_the_bis_entity_list_rows_of_the_consolidated_screening_list() -> None:
    name, entries = import_watchlist(LISTS / "consolidated_screening_list.csv")
    assert name == "bis-entity-list"
    assert [e.name for e in entries] == ["Sinno Electronics Co. Ltd.",
                                        "Northwind Photonics Trading Limited"]
    sinno = entries[0]
    assert sinno.aliases == ("Sinno Electronics", "Shenzhen Sinno Electronics")
    assert sinno.countries == ("CN",) and sinno.listed == "2023-02-27"


def test_a_user_list_and_an_unknown_file(tmp_path: Path) -> None:
    name, entries = import_watchlist(LISTS / "my_watchlist.yaml")
    assert name == "my_watchlist" and entries[0].aliases == ("BMSTU", "МГТУ им. Н. Э. Баумана")
    odd = tmp_path / "odd.txt"
    odd.write_text("hello, world\n", encoding="utf-8")
    with pytest.raises(RunAbort, match="cannot tell the list format"):
        import_watchlist(odd)


def test_names_match_once_normalised_exactly_or_closely() -> None:
    assert entity_key("Xiamen Limbach Aircraft Engine Co., Ltd.") == "xiamen limbach aircraft engine"
    assert entity_key("ООО «Вектор»") == "вектор"
    _, entries = import_watchlist(LISTS / "opensanctions_entities.ftm.json")
    _, sdn = import_watchlist(LISTS / "sdn.xml")
    index = WatchIndex([*entries, *sdn], {"cn-xiamen-limbach": ["Xiamen Limbach Aircraft Engine",
                                                                "厦门林巴赫"]})
    event = MergedEvent(id="e1", date="2024-10", type="supply", stage="alleged",
                        domains=("defense",), summary="", origin="curated",
                        actors=(EventActor("CN", "cn-xiamen-limbach", "Xiamen Limbach"),
                                EventActor("CN", None, "Redlepus Vektor Industry Shenzhen")))
    hits = {entry_id: score for entry_id, _, score in index.match(event)}
    limbach = next(e.id for e in entries if e.entity_id == "NK-test-limbach")
    redlepus = next(e.id for e in sdn if e.entity_id == "990001")
    assert hits[limbach] == 1.0, "through the knowledge base's name of the resolved actor"
    assert 0.85 <= hits[redlepus] < 1.0, "a close spelling of an SDN name"
    plain = MergedEvent(id="e2", date="2024-10", type="supply", stage="alleged",
                        domains=("defense",), summary="", origin="curated",
                        actors=(EventActor("CN", None, "NPT"),))
    assert index.match(plain) == [], "acronyms alone are too ambiguous to match"
