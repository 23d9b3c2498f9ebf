"""The actor network as GraphML, which Gephi, yEd, Cytoscape and networkx open.

Nodes are actors (knowledge-base id, or the written name of an unresolved party); an edge joins
a Chinese and a Russian party of the same event, weighted by how many events they share, with
the first and last date and the event types, so a tie's age and nature show in the tool.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from techties.interfaces.ftm_export import side_parties
from techties.model.loader import Actor

NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = (("label", "string"), ("country", "string"), ("kind", "string"), ("events", "int"))
EDGE_KEYS = (("weight", "double"), ("first_date", "string"), ("last_date", "string"),
             ("types", "string"), ("domains", "string"))


@dataclass
class _Tie:
    events: int = 0
    dates: list[str] = field(default_factory=list)
    types: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)


def _side_nodes(row: Mapping[str, Any], side: str, known: Mapping[str, Actor]) -> list[tuple[str, str]]:
    """(node id, label) of one side's parties: knowledge-base actors, then unresolved names."""
    ids, names = side_parties(row, side, known)
    return [(i, known[i].name) for i in ids] + [(f"name:{side}:{n}", n) for n in names]


def write_graphml(rows: Iterable[Mapping[str, Any]], path: Path, actors: Iterable[Actor]) -> int:
    """Writes the network of the given events; returns the number of events read."""
    known = {a.id: a for a in actors}
    nodes: dict[str, dict[str, Any]] = {}
    ties: dict[tuple[str, str], _Tie] = defaultdict(_Tie)
    n = 0
    for row in rows:
        n += 1
        sides = {}
        for side, country in (("china", "CN"), ("russia", "RU")):
            sides[side] = _side_nodes(row, side, known)
            for node_id, label in sides[side]:
                actor = known.get(node_id)
                node = nodes.setdefault(node_id, {"label": label, "country": country,
                                                  "kind": actor.kind if actor else "unresolved",
                                                  "events": 0})
                node["events"] += 1
        for cn, _ in sides["china"]:
            for ru, _ in sides["russia"]:
                tie = ties[(cn, ru)]
                tie.events += 1
                if row.get("date"):
                    tie.dates.append(str(row["date"]))
                tie.types.add(str(row.get("type") or ""))
                tie.domains.update(row.get("domains") or [])
    _write(path, nodes, ties)
    return n


def _write(path: Path, nodes: Mapping[str, Mapping[str, Any]], ties: Mapping[tuple[str, str], _Tie]) -> None:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{NS}}}key", {"id": f"{scope}_{name}", "for": scope,
                                                  "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "actors", "edgedefault": "undirected"})
    for node_id, attrs in sorted(nodes.items()):
        node = ET.SubElement(graph, f"{{{NS}}}node", {"id": node_id})
        for name, _ in NODE_KEYS:
            ET.SubElement(node, f"{{{NS}}}data", {"key": f"node_{name}"}).text = str(attrs[name])
    for index, ((cn, ru), tie) in enumerate(sorted(ties.items())):
        edge = ET.SubElement(graph, f"{{{NS}}}edge", {"id": f"e{index}", "source": cn, "target": ru})
        dates = sorted(tie.dates)
        values = {"weight": tie.events, "first_date": dates[0] if dates else "",
                  "last_date": dates[-1] if dates else "", "types": ";".join(sorted(tie.types - {""})),
                  "domains": ";".join(sorted(tie.domains))}
        for name, _ in EDGE_KEYS:
            ET.SubElement(edge, f"{{{NS}}}data", {"key": f"edge_{name}"}).text = str(values[name])
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
