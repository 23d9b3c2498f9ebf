"""OpenAlex works in the real API and snapshot shape, written for these tests (fictional
works about real institutions), and writers of the three file forms the importer reads."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

INSTITUTIONS: dict[str, dict[str, Any]] = {
    "tsinghua": {"id": "https://openalex.org/I99065089", "display_name": "Tsinghua University",
                 "ror": "https://ror.org/03cve4549", "country_code": "CN", "type": "education",
                 "lineage": ["https://openalex.org/I99065089"]},
    "cas": {"id": "https://openalex.org/I19820366", "display_name": "Chinese Academy of Sciences",
            "ror": "https://ror.org/034t30j35", "country_code": "CN", "type": "government",
            "lineage": ["https://openalex.org/I19820366"]},
    "hit": {"id": "https://openalex.org/I8000000001", "display_name": "Harbin Institute of Technology",
            "ror": None, "country_code": "CN", "type": "education", "lineage": []},
    "hku": {"id": "https://openalex.org/I8000000002", "display_name": "The University of Hong Kong",
            "ror": None, "country_code": "HK", "type": "education", "lineage": []},
    "msu": {"id": "https://openalex.org/I8000000003",
            "display_name": "Lomonosov Moscow State University", "ror": "https://ror.org/010pmpe69",
            "country_code": "RU", "type": "education", "lineage": []},
    # named in Russian, as some OpenAlex records are
    "bmstu": {"id": "https://openalex.org/I8000000004",
              "display_name": "Московский государственный технический университет имени Н. Э. Баумана",
              "ror": None, "country_code": "RU", "type": "education", "lineage": []},
    "ras-lab": {"id": "https://openalex.org/I8000000005",
                "display_name": "Laboratory of Imaginary Physics", "ror": None, "country_code": "RU",
                "type": "facility", "lineage": []},
    "mit": {"id": "https://openalex.org/I63966007", "display_name": "Massachusetts Institute of Technology",
            "ror": "https://ror.org/042nb2s44", "country_code": "US", "type": "education",
            "lineage": []},
}

TOPICS: dict[str, dict[str, Any]] = {
    "quantum": {"id": "https://openalex.org/T70001", "display_name": "Quantum Computing Algorithms",
                "subfield": {"id": "https://openalex.org/subfields/3107",
                             "display_name": "Atomic and Molecular Physics, and Optics"},
                "field": {"id": "https://openalex.org/fields/31", "display_name": "Physics and Astronomy"},
                "domain": {"id": "https://openalex.org/domains/3", "display_name": "Physical Sciences"}},
    "vision": {"id": "https://openalex.org/T70002", "display_name": "Image Segmentation Methods",
               "subfield": {"id": "https://openalex.org/subfields/1707",
                            "display_name": "Computer Vision and Pattern Recognition"},
               "field": {"id": "https://openalex.org/fields/17", "display_name": "Computer Science"},
               "domain": {"id": "https://openalex.org/domains/3", "display_name": "Physical Sciences"}},
    "algebra": {"id": "https://openalex.org/T70003", "display_name": "Rings and Modules",
                "subfield": {"id": "https://openalex.org/subfields/2602", "display_name": "Algebra"},
                "field": {"id": "https://openalex.org/fields/26", "display_name": "Mathematics"},
                "domain": {"id": "https://openalex.org/domains/3", "display_name": "Physical Sciences"}},
}


def work(n: int, year: int, *authors: list[str], topics: tuple[str, ...] = ("algebra",)) -> dict[str, Any]:
    """A work whose authors sign with the given institutions (keys of INSTITUTIONS)."""
    title = f"Test work {n}"
    return {
        "id": f"https://openalex.org/W7{n:09d}", "doi": f"https://doi.org/10.0000/test.{n}",
        "title": title, "display_name": title, "publication_year": year,
        "publication_date": f"{year}-03-0{1 + n % 9}", "type": "article",
        "primary_location": {"source": {"display_name": "Journal of Tests"}},
        "authorships": [{"author_position": "first" if i == 0 else "middle",
                         "author": {"id": f"https://openalex.org/A7{n}{i}", "display_name": f"Author {i}"},
                         "institutions": [INSTITUTIONS[k] for k in keys],
                         "countries": sorted({INSTITUTIONS[k]["country_code"] for k in keys})}
                        for i, keys in enumerate(authors)],
        "cited_by_count": n, "topics": [dict(TOPICS[t], score=0.9) for t in topics],
        "primary_topic": dict(TOPICS[topics[0]], score=0.9) if topics else None,
    }


def sample_works() -> list[dict[str, Any]]:
    """Four co-publications (one via Hong Kong, one with a defence-linked pair) and two
    works that are not China–Russia co-publications."""
    return [
        work(1, 2019, ["tsinghua"], ["msu"], topics=("quantum",)),
        work(2, 2020, ["tsinghua", "cas"], ["msu", "mit"], topics=("vision",)),
        work(3, 2021, ["hku"], ["ras-lab"]),
        work(4, 2022, ["hit"], ["bmstu"], topics=("vision", "quantum")),
        work(5, 2022, ["tsinghua"], ["mit"]),
        work(6, 2022, ["msu"], ["bmstu"]),
    ]


def write_snapshot(path: Path, works: list[dict[str, Any]], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(w, ensure_ascii=False) for w in works] + list(extra_lines)
    data = "\n".join(lines) + "\n"
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(data.encode("utf-8")))
    else:
        path.write_text(data, encoding="utf-8")
    return path


def api_response(works: list[dict[str, Any]], next_cursor: str | None = None) -> dict[str, Any]:
    return {"meta": {"count": len(works), "db_response_time_ms": 12, "page": None,
                     "per_page": 200, "next_cursor": next_cursor, "groups_count": None},
            "results": works, "group_by": []}


def write_api_response(path: Path, works: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(api_response(works), ensure_ascii=False, indent=2), encoding="utf-8")
    return path
