# Sourced by the scripts: ensure_venv EXTRAS makes $VENV (default .venv) with $PYTHON and
# installs the project with those extras, reinstalling only when pyproject.toml changed.
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"

ensure_venv() {
    local extras="$1"
    if [ ! -x "$PY" ]; then
        "$PYTHON" -m venv "$VENV"
    fi
    local stamp="$VENV/.cyberdesk-$extras"
    local want
    want="$(cat pyproject.toml | "$PY" -c 'import hashlib,sys;print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        "$PY" -m pip install --quiet --disable-pip-version-check -e ".[$extras]"
        echo "$want" > "$stamp"
    fi
}
