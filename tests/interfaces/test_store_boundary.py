"""The store's boundary holds: the CLI, the API, the dashboard and the briefs read the store
through `store.read` (and write through `Store` and `store.write`), never with SQLAlchemy,
the table models or the engine; and nothing outside the store reaches for its engine."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "techties"
INTERFACES = SRC / "interfaces"
# the issue's check, word for word: `grep -rn "sqlalchemy\|store.models\|store.engine\|\.engine\b"`
GREP = re.compile(r"sqlalchemy|store.models|store.engine|\.engine\b")
BANNED_MODULES = ("sqlalchemy", "techties.store.models")


def _sources(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def test_interfaces_import_neither_sqlalchemy_nor_the_table_models() -> None:
    offences = [f"{path.relative_to(SRC)}:{line}: {module}"
                for path in _sources(INTERFACES)
                for line, module in _imports(ast.parse(path.read_text(encoding="utf-8")))
                if any(module == banned or module.startswith(f"{banned}.")
                       for banned in BANNED_MODULES)]
    assert not offences, "interfaces read the store through techties.store.read:\n" + "\n".join(offences)


def test_the_interfaces_text_passes_the_issue_grep() -> None:
    offences = [f"{path.relative_to(SRC)}:{n}: {line.strip()}"
                for path in _sources(INTERFACES)
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if GREP.search(line)]
    assert not offences, "\n".join(offences)


def test_nothing_outside_the_store_reaches_for_its_engine() -> None:
    offences = []
    for path in _sources(SRC):
        if (SRC / "store") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "engine":
                offences.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not offences, "use techties.store.read / techties.store.write:\n" + "\n".join(offences)


def test_the_check_catches_what_it_is_meant_to() -> None:
    """The walkers above, on code that breaks the rule, find it."""
    bad = ast.parse("from sqlalchemy import select\nimport techties.store.models\n"
                    "rows = store.engine.connect()\n")
    modules = [m for _line, m in _imports(bad)]
    assert "sqlalchemy" in modules and "techties.store.models" in modules
    assert any(isinstance(n, ast.Attribute) and n.attr == "engine" for n in ast.walk(bad))
    assert GREP.search("with store.engine.connect() as conn:")
