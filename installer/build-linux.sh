#!/usr/bin/env bash
# Build installer/collector-desk.spec on Linux and prove the bundle runs on its own:
# `collector-desk check` (resources, translations, Qt plugins, Qt translations,
# window and feature modules, database) against a fresh data folder whose path has
# spaces and Chinese, offscreen, with a bare environment (no venv, no PYTHONPATH).
# Then demo + check again (migrations from the bundle), then the windowed program
# must start and keep running without an error in its log.
# Prints the build time and bundle size, and one JSON line at the end.
#
#   python3 dev.py build                # makes .venv-build (the `build` extra) and runs this
#   installer/build-linux.sh            # uses .venv/bin/python (needs the `build` extra)
#   PYTHON=python3 installer/build-linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
DIST=$ROOT/dist
BUNDLE=$DIST/CollectorDesk
fail() { echo; echo "!!!!!!!! BUILD CHECK FAILED: $*" >&2; exit 1; }

"$PY" -m PyInstaller --version >/dev/null 2>&1 ||
  fail "PyInstaller is not installed in $PY: python3 dev.py build makes .venv-build with it"

t0=$(date +%s%3N)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" installer/collector-desk.spec
t1=$(date +%s%3N)
build_ms=$((t1 - t0))

[ -x "$BUNDLE/collector-desk" ] || fail "no $BUNDLE/collector-desk"
[ -x "$BUNDLE/CollectorDesk" ] || fail "no $BUNDLE/CollectorDesk"
INTERNAL=$BUNDLE/_internal
for rel in collector_desk/resources/scripts/nine_steps.json collector_desk/resources/icons/app.png \
           collector_desk/resources/icons/app.ico collector_desk/store/migrations/env.py; do
  [ -f "$INTERNAL/$rel" ] || fail "missing in the bundle: $rel"
done
want_qm=$(find resources/i18n -name '*.qm' | wc -l)
have_qm=$(find "$INTERNAL/collector_desk/resources/i18n" -name '*.qm' | wc -l)
[ "$want_qm" -eq "$have_qm" ] || fail "translations: $have_qm .qm files in the bundle, $want_qm in resources/i18n"

# Every Qt library and plugin in the bundle must find the Qt libraries it links to
# (system libraries such as libxcb-* are the workstation's business, as usual).
broken=$(find "$INTERNAL" -name '*.so*' -type f -print0 |
  xargs -0 -n1 sh -c 'ldd "$0" 2>/dev/null | grep "not found" | grep -E "libQt6|libicu|libpyside|libshiboken" | sed "s|^|$0: |"' |
  sed "s|$INTERNAL/||" || true)
[ -z "$broken" ] || fail "bundled Qt pieces miss libraries we dropped or lost:
$broken"

SANDBOX=$(mktemp -d)
trap 'rm -rf "$SANDBOX"' EXIT
DATA="$SANDBOX/催收 数据/王 小明"
run() {  # the bundle alone: no venv, no PYTHONPATH, a fresh HOME for logs and settings
  (cd / && env -i HOME="$SANDBOX/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
     "$@")
}

echo "== check, fresh data folder: $DATA"
run "$BUNDLE/collector-desk" --data-dir "$DATA" check || fail "check on a fresh data folder"
echo "== demo, then check again"
t2=$(date +%s%3N)
run "$BUNDLE/collector-desk" --data-dir "$DATA" demo --cases 60 || fail "demo"
run "$BUNDLE/collector-desk" --data-dir "$DATA" check || fail "check after demo"
run "$BUNDLE/collector-desk" --data-dir "$DATA" cases --limit 3 || fail "cases"
t3=$(date +%s%3N)

echo "== the windowed program starts and stays up for 8 s"
set +e
run timeout 8 "$BUNDLE/CollectorDesk" --data-dir "$DATA" >"$SANDBOX/gui.out" 2>&1
code=$?
set -e
[ "$code" -eq 124 ] || { cat "$SANDBOX/gui.out"; fail "CollectorDesk exited with $code before 8 s"; }
LOG=$(find "$SANDBOX/home" -name collector-desk.log | head -1)
[ -n "$LOG" ] || fail "the windowed program wrote no log"
if grep -E "CRITICAL|ERROR|Traceback" "$LOG"; then fail "errors in $LOG"; fi
echo "log: ${LOG#$SANDBOX/home/} ($(wc -l <"$LOG") lines, no errors)"

size_mb=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
biggest=$(cd "$INTERNAL" && du -sm PySide6 2>/dev/null | cut -f1)
echo
echo "build: $((build_ms / 1000)) s; bundle: $size_mb MB in $files files (PySide6 part: ${biggest:-?} MB);"
echo "demo + check + cases through the bundle: $(((t3 - t2) / 1000)) s"
printf '{"build_seconds": %d, "bundle_mb": %d, "bundle_files": %d, "pyside6_mb": %s, "checks_ok": true, "build_under_3min_ok": %s}\n' \
  "$((build_ms / 1000))" "$size_mb" "$files" "${biggest:-null}" "$( ((build_ms < 180000)) && echo true || echo false)"
