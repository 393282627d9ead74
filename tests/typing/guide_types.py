"""Type-check the Python guide's samples as a user's editor and CI would.

Every ```python block of the guide becomes one module of a scratch project, checked in one
run of each checker: pyright in basic mode (what VS Code's Pylance shows) and mypy with
``--check-untyped-defs`` (the guide's functions are unannotated; without it mypy skips their
bodies) and ``--no-implicit-reexport`` (what ``--strict`` users get).

Only errors that come from the SDK's types count, sorted into four categories: a name that
is not exported, an argument of the wrong type, a call with wrong arguments, an attribute
that does not exist. Two habits of the guide's own style are excluded by rule, not sample by
sample: a sample using a name an earlier sample defined (an undefined name is ``Any`` /
``Unknown`` to both checkers, so it adds no category error; nothing more is needed), and a
sample reusing one variable for two types (mypy runs with ``--allow-redefinition``, which is
how pyright treats every variable).

The SDK is checked as installed in the environment of ``--python`` (default: this one), as
a user's checker sees it: a ``py.typed`` package in site-packages (pyright applies its
private-import rule to installed packages only). ``python -m tests.typing.guide_types
[--python PATH] [--show]`` prints the counts per checker and category.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT_VERSION = "1.1.414"
PYRIGHT_DIR = ROOT / ".cache" / f"pyright-{PYRIGHT_VERSION}"
"""Where pyright is installed from the npm registry (gitignored, reused between runs)."""

PRIVATE_IMPORT = "private import"
ARGUMENT_TYPE = "argument type"
CALL_ARGUMENTS = "call arguments"
ATTRIBUTE_ACCESS = "attribute access"
CATEGORIES = (PRIVATE_IMPORT, ARGUMENT_TYPE, CALL_ARGUMENTS, ATTRIBUTE_ACCESS)

_PYRIGHT_RULES = {
    "reportPrivateImportUsage": PRIVATE_IMPORT,
    "reportArgumentType": ARGUMENT_TYPE,
    "reportCallIssue": CALL_ARGUMENTS,
    "reportAttributeAccessIssue": ATTRIBUTE_ACCESS,
}
_MYPY_CODES = {
    "arg-type": ARGUMENT_TYPE,
    # An argument written as a list or dict literal reports its wrong items with these.
    "list-item": ARGUMENT_TYPE,
    "dict-item": ARGUMENT_TYPE,
    "call-arg": CALL_ARGUMENTS,
    "call-overload": CALL_ARGUMENTS,
    "attr-defined": ATTRIBUTE_ACCESS,
}


@dataclass(frozen=True)
class Diagnostic:
    checker: str
    file: str
    line: int
    code: str
    """pyright's rule or mypy's error code ("" when it has none)."""
    message: str

    @property
    def category(self) -> str | None:
        if self.checker == "pyright":
            return _PYRIGHT_RULES.get(self.code)
        if self.code == "attr-defined" and "does not explicitly export" in self.message:
            return PRIVATE_IMPORT
        return _MYPY_CODES.get(self.code)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{self.checker} {self.code}] {self.message}"


def write_samples(guide: Path, into: Path) -> list[Path]:
    """Writes each python block of ``guide`` to its own module in ``into``."""
    sys.path.insert(0, str(ROOT))
    try:
        from tests.guide.samples import extract_blocks
    finally:
        sys.path.remove(str(ROOT))
    into.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, block in enumerate(extract_blocks(guide.read_text(encoding="utf-8")), 1):
        slug = re.sub(r"[^a-z0-9]+", "_", block.id)[:60].strip("_")
        path = into / f"sample_{number:02d}_{slug}.py"
        path.write_text(block.code, encoding="utf-8")
        paths.append(path)
    return paths


def pyright_command() -> list[str]:
    """The pinned pyright, installed from the npm registry on first use.

    Raises ``RuntimeError`` when node/npm are missing or the install fails.
    """
    script = PYRIGHT_DIR / "node_modules" / "pyright" / "index.js"
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("pyright needs node, which is not on PATH")
    if not script.exists():
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("pyright installs with npm, which is not on PATH")
        PYRIGHT_DIR.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [npm, "install", "--prefix", str(PYRIGHT_DIR), "--no-save", "--no-package-lock",
             "--no-audit", "--no-fund", f"pyright@{PYRIGHT_VERSION}"],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        if done.returncode != 0 or not script.exists():
            raise RuntimeError(f"npm could not install pyright: {done.stderr[-2000:]}")
    return [node, str(script)]


def run_pyright(project: Path, python: str) -> list[Diagnostic]:
    config = {"typeCheckingMode": "basic"}
    (project / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    done = subprocess.run(
        [*pyright_command(), "--outputjson", "--pythonpath", python,
         "--project", str(project / "pyrightconfig.json")],
        capture_output=True, text=True, cwd=project, timeout=600, check=False,
    )  # fmt: skip
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(f"pyright failed: {done.stdout[-2000:]}{done.stderr[-2000:]}") from None
    return [
        Diagnostic(
            "pyright",
            Path(d["file"]).name,
            d["range"]["start"]["line"] + 1,
            d.get("rule", ""),
            d["message"].splitlines()[0],
        )
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]


_MYPY_LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): error: (?P<msg>.*?)(?:  \[(?P<code>[\w-]+)\])?$"
)


def run_mypy(project: Path, python: str, files: Iterable[Path]) -> list[Diagnostic]:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--check-untyped-defs", "--no-implicit-reexport",
         "--allow-redefinition", "--no-error-summary", "--show-error-codes", "--no-pretty",
         "--hide-error-context", "--cache-dir", str(project / ".mypy_cache"),
         "--python-executable", python, *(str(f) for f in files)],
        capture_output=True, text=True, cwd=project, timeout=600, check=False,
    )  # fmt: skip
    if done.returncode not in (0, 1):
        raise RuntimeError(f"mypy failed: {done.stdout[-2000:]}{done.stderr[-2000:]}")
    found = []
    for line in done.stdout.splitlines():
        if match := _MYPY_LINE.match(line):
            found.append(
                Diagnostic(
                    "mypy",
                    Path(match["file"]).name,
                    int(match["line"]),
                    match["code"] or "",
                    match["msg"],
                )
            )
    return found


def counts(found: Iterable[Diagnostic]) -> Counter[tuple[str, str]]:
    """Errors per (checker, category or "other: code")."""
    return Counter((d.checker, d.category or f"other: {d.code or '-'}") for d in found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--guide", type=Path, default=ROOT / "tests/guide/python_sdk_guide.md")
    parser.add_argument("--project", type=Path, default=ROOT / ".cache" / "guide-types")
    parser.add_argument("--show", action="store_true", help="print each category error")
    args = parser.parse_args()
    if args.project.exists():
        shutil.rmtree(args.project)
    files = write_samples(args.guide, args.project)
    found = run_pyright(args.project, args.python) + run_mypy(args.project, args.python, files)
    for (checker, category), n in sorted(counts(found).items()):
        print(f"{checker:8} {category:30} {n}")
    if args.show:
        for d in found:
            if d.category:
                print(d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
