"""Regenerate src/cyberdesk/client from openapi.json, or check that it is up to date.

python scripts/generate.py          # rewrite src/cyberdesk/client
python scripts/generate.py --check  # exit 1 if regenerating would change anything
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "cyberdesk" / "client"


def generate(into: Path) -> None:
    bindir = Path(sys.executable).parent
    cmd = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path",
        str(ROOT / "openapi.json"),
        "--config",
        str(ROOT / "codegen" / "config.yaml"),
        "--custom-template-path",
        str(ROOT / "codegen" / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(into),
        "--overwrite",
    ]
    # The post hooks call ruff: the project's pinned one, from this environment.
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(cmd, check=True, env=env, cwd=into.parent, stdout=subprocess.DEVNULL)


def differences(a: Path, b: Path) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only in committed: {prefix}{n}" for n in cmp.left_only if n != "__pycache__")
        found.extend(
            f"only in regenerated: {prefix}{n}" for n in cmp.right_only if n != "__pycache__"
        )
        found.extend(f"differs: {prefix}{n}" for n in cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b), "")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "client"
        generate(fresh)
        if args.check:
            diff = (
                differences(TARGET, fresh)
                if TARGET.exists()
                else ["src/cyberdesk/client is missing"]
            )
            for line in diff:
                print(line)
            if diff:
                print("generated client is out of date: run python scripts/generate.py")
                return 1
            print("generated client matches openapi.json")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
