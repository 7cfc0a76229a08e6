"""No two organiser modules import each other at top level, directly or round a ring.

A cycle makes the order of imports matter (a name is missing depending on which module
came first) and ties two modules that should each make sense alone. Imports inside a
function (late, on purpose) and under ``if TYPE_CHECKING:`` do not run at import time and
are not counted; everything else at module level is.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "organiser"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {
        module_name(p): p
        for p in PACKAGE.rglob("*.py")
        if "forms" not in p.relative_to(PACKAGE).parts
    }


def _top_level(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """The import statements that run when the module is imported."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If):
            test = ast.unparse(node.test)
            if test not in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
                found += _top_level(node.body)
            found += _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                found += _top_level(block)
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The organiser modules ``name`` imports at top level."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in _top_level(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # "from pkg import mod" imports the module mod; "from mod import name" only mod
            targets = [source, *(f"{source}.{alias.name}" for alias in node.names)]
        out |= {t for t in targets if t in known and t != name}
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            ring = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                ring.append(w)
                if w == v:
                    break
            if len(ring) > 1:
                found.append(sorted(ring))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def import_graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(name, path, set(found)) for name, path in found.items()}


def test_no_module_imports_another_that_imports_it_back():
    rings = cycles(import_graph())
    assert not rings, "top-level import cycles:\n" + "\n".join(" <-> ".join(r) for r in rings)


def test_the_check_finds_a_cycle(tmp_path):
    """The check itself: a two-module ring and a three-module ring are found, a late
    import and a TYPE_CHECKING import are not."""
    graph = {
        "a": {"b"},
        "b": {"a"},
        "c": {"d"},
        "d": {"e"},
        "e": {"c"},
        "f": set(),
    }
    assert cycles(graph) == [["a", "b"], ["c", "d", "e"]]
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "import organiser.model\n"
        "if TYPE_CHECKING:\n    import organiser.paths\n"
        "def f():\n    import organiser.i18n\n"
    )
    known = {"organiser.model", "organiser.paths", "organiser.i18n"}
    assert imports_of("organiser.x", module, known) == {"organiser.model"}
