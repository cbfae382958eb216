#!/usr/bin/env bash
# The packaging test: runs a built Threatlog FROM THE BUILT FOLDER ALONE, as a user's computer would.
#
#   packaging/package_test.sh [DIST_FOLDER]        (default: dist/threatlog; `make package-test`)
#
# Every command runs with a clean environment (env -i PATH=/usr/bin:/bin HOME=<empty temp dir>
# QT_QPA_PLATFORM=offscreen), from a working directory outside the repository, so neither the
# source tree nor the build venv can be imported: what passes here is what the folder contains.
# Prints PASS/FAIL per check and a last line "packaging: N passed, N failed"; exits 1 on a failure.
set -uo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
dist=$(cd "${1:-$repo/dist/threatlog}" 2>/dev/null && pwd) || { echo "No build at ${1:-dist/threatlog}: run make package." >&2; exit 1; }
# Linux dist/threatlog/threatlog; Windows (Git Bash) threatlog.exe, the console one; macOS the app's.
for bin in "$dist/threatlog" "$dist/threatlog.exe" "$dist/Contents/MacOS/threatlog" ""; do
  [ -x "$bin" ] && break
done
[ -n "$bin" ] || { echo "No threatlog program in $dist." >&2; exit 1; }
expected_version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$repo/app/__init__.py")

work=$(mktemp -d "${TMPDIR:-/tmp}/threatlog-package-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
cd "$work" || exit 1   # outside the repository: nothing of the source tree is on any path
passphrase='a passphrase only this test knows'

passed=0
failed=0
skipped=0
out="$work/stdout"
err="$work/stderr"

# tl [VAR=VALUE ...] -- ARGS...: the built program, clean environment, this test's vault.
tl() {
  local extra=()
  while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do extra+=("$1"); shift; done
  shift
  env -i PATH=/usr/bin:/bin HOME="$work/home" QT_QPA_PLATFORM=offscreen THREATLOG_VAULT="$work/vault" \
    ${extra[@]+"${extra[@]}"} $with_timeout "$bin" "$@" >"$out" 2>"$err"
}
with_timeout=""
command -v timeout >/dev/null && with_timeout="timeout 180"   # macOS has none without coreutils

now_ms() {
  local ns
  ns=$(date +%s%N)
  case "$ns" in *N) echo $(($(date +%s) * 1000)) ;; *) echo $((ns / 1000000)) ;; esac
}

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

# check NAME COMMAND...: one check; COMMAND's exit status decides, its time is shown.
check() {
  local name=$1 start ms
  shift
  start=$(now_ms)
  if "$@"; then
    ms=$(($(now_ms) - start))
    printf 'PASS  %-58s %3d.%01ds\n' "$name" $((ms / 1000)) $((ms % 1000 / 100))
    passed=$((passed + 1))
  else
    ms=$(($(now_ms) - start))
    printf 'FAIL  %-58s %3d.%01ds\n' "$name" $((ms / 1000)) $((ms % 1000 / 100))
    sed -e 's/^/      stdout: /' "$out" 2>/dev/null | head -20
    sed -e 's/^/      stderr: /' "$err" 2>/dev/null | head -20
    failed=$((failed + 1))
  fi
  : >"$out"
  : >"$err"
}

skip() {
  printf 'SKIP  %-58s (%s)\n' "$1" "$2"
  skipped=$((skipped + 1))
}

t_version() {
  tl -- --version && [ "$(cat "$out")" = "threatlog $expected_version" ]
}

t_init() {
  tl THREATLOG_PASSPHRASE="$passphrase" -- init --kdf-memory 64 --kdf-iterations 3 &&
    grep -Eq '^[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}$' "$out" && [ -d "$work/vault" ]
}

t_add() {
  # A real PNG, 48x32, made for this test; Azerbaijani and Persian text for the PDF's shaping.
  echo 'iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAANElEQVR42u3OAQkAIADAsAsKRja+NUR2HmCjzqp3nu2eCggICAgICAgICAgICAgICOhv0AUtvwLZtWN/UgAAAABJRU5ErkJggg==' |
    base64 -d >"$work/screenshot.png"
  tl THREATLOG_PASSPHRASE="$passphrase" -- add --type threat --title "Packaging test: threat in a DM" \
    --occurred 2026-10-05T14:30+04:00 --platform telegram --account @qara_kolge \
    --text "Səni tapacağıq. ما تو را پیدا می‌کنیم" --translation "We will find you." \
    --severity 4 --tag package-test --attach "$work/screenshot.png" &&
    grep -Eq '^[a-z0-9]{6,}$' "$out" && cp "$out" "$work/incident-id"
}

t_list() {
  tl THREATLOG_PASSPHRASE="$passphrase" -- list --query tapacagiq &&
    grep -q "$(cat "$work/incident-id")" "$out" && grep -q ' 1 file$' "$out"
}

t_wrong_passphrase() {
  tl THREATLOG_PASSPHRASE="not the passphrase" -- list
  [ $? -eq 3 ]
}

# The compiled translations ship and the command line loads them without a QApplication.
t_russian() {
  tl THREATLOG_LANG=ru THREATLOG_PASSPHRASE="not the passphrase" -- list
  [ $? -eq 3 ] && grep -q 'Неверная парольная фраза' "$err"
}

t_export() {
  tl THREATLOG_PASSPHRASE="$passphrase" -- export --all --out "$work/bundle.zip" || return 1
  # It prints the bundle's SHA-256 and path: check it against the file.
  [ -s "$work/bundle.zip" ] && [ "$(cut -d' ' -f1 "$out")" = "$(sha256 "$work/bundle.zip")" ]
}

t_key() {
  tl THREATLOG_PASSPHRASE="$passphrase" -- key && grep -Eq '^SHA256:[A-Za-z0-9+/]{43}$' "$out" &&
    cp "$out" "$work/fingerprint"
}

t_verify() {
  tl -- verify "$work/bundle.zip" --signer "$(cat "$work/fingerprint")"
}

t_verify_altered() {
  cp "$work/bundle.zip" "$work/altered.zip"
  # Overwrite 16 bytes in the middle of the archive: some member no longer matches.
  local size
  size=$(wc -c <"$work/altered.zip")
  printf 'XXXXXXXXXXXXXXXX' | dd of="$work/altered.zip" bs=1 seek=$((size / 2)) conv=notrunc status=none
  tl -- verify "$work/altered.zip" --signer "$(cat "$work/fingerprint")"
  [ $? -eq 1 ]
}

t_gui() {
  # THREATLOG_SELFTEST=gui (packaging/rthook_selftest.py): the desktop app starts as usual, shows
  # its main window offscreen, checks it from inside after a second, prints one line, exits 0.
  tl THREATLOG_SELFTEST=gui -- && grep -q '^threatlog selftest gui: ok' "$out" && cp "$out" "$work/gui-line"
}

# png_size FILE: "WIDTH HEIGHT" from the PNG header (IHDR), or nothing if FILE is not a PNG.
png_size() {
  [ "$(head -c 8 "$1" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return 0
  echo $((16#$(od -An -tx1 -j16 -N4 "$1" | tr -d ' \n'))) $((16#$(od -An -tx1 -j20 -N4 "$1" | tr -d ' \n')))
}

t_desktop_files() {
  local id=org.threatlog.Threatlog size
  [ -f "$dist/share/applications/$id.desktop" ] && [ -f "$dist/share/metainfo/$id.metainfo.xml" ] &&
    [ -f "$dist/share/icons/hicolor/scalable/apps/$id.svg" ] && [ -f "$dist/LICENSE" ] || return 1
  for size in 16 24 32 48 64 128 256 512; do
    [ "$(png_size "$dist/share/icons/hicolor/${size}x${size}/apps/$id.png")" = "$size $size" ] || return 1
  done
}

t_desktop_valid() {
  desktop-file-validate "$dist/share/applications/org.threatlog.Threatlog.desktop" >"$out" 2>"$err" &&
    appstreamcli validate --no-net "$dist/share/metainfo/org.threatlog.Threatlog.metainfo.xml" >>"$out" 2>>"$err"
}

t_libraries() {
  # Every bundled library and plugin finds its dependencies in the folder, or is one PyInstaller
  # deliberately leaves to the user's system (its exclude list: libc, libGL/libEGL, libxcb,
  # Wayland's client libraries, which must match the desktop's own). Anything else missing was
  # dropped by the plugin and orphan pruning in threatlog.spec and must not be.
  local system_provided='^(libwayland-(client|cursor|egl|server)|libGL|libEGL|libGLX|libOpenGL|libGLdispatch|libvulkan|libdrm|libgbm|libxcb|libxcb-dri[0-9]*)\.so'
  local f missing=() allowed=()
  while IFS= read -r -d '' f; do
    [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    while read -r lib _; do
      if [[ "$lib" =~ $system_provided ]]; then allowed+=("$lib"); else missing+=("${f#"$dist"/}: $lib"); fi
    done < <(env -i LD_LIBRARY_PATH="$dist/_internal" ldd "$f" 2>/dev/null | grep 'not found')
  done < <(find "$dist" -type f \( -name '*.so*' -o -name threatlog \) -print0)
  if [ "${#allowed[@]}" -gt 0 ]; then
    printf '      (left to the desktop, not on this machine: %s)\n' "$(printf '%s\n' "${allowed[@]}" | sort -u | tr '\n' ' ')"
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    printf '%s\n' "${missing[@]}" | sort -u >"$err"
    return 1
  fi
}

echo "Testing $dist ($(du -sh "$dist" | cut -f1)) from $work"
check "threatlog --version prints threatlog $expected_version" t_version
check "init a vault (--kdf-memory 64 --kdf-iterations 3)" t_init
check "add an incident with a PNG attached" t_add
check "list finds it (diacritics folded)" t_list
check "a wrong passphrase exits 3" t_wrong_passphrase
check "the same in Russian (THREATLOG_LANG=ru)" t_russian
check "export --all writes the bundle with its SHA-256" t_export
check "key prints the signing key's fingerprint" t_key
check "verify the bundle with --signer: exit 0" t_verify
check "verify an altered bundle: exit 1" t_verify_altered
check "the desktop app opens its main window offscreen" t_gui
[ -f "$work/gui-line" ] && sed 's/^/      /' "$work/gui-line"
case "$(uname -s)" in
  Linux)
    check "share/: .desktop, metainfo, icons 16..512 px, LICENSE" t_desktop_files
    if command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null; then
      check "desktop-file-validate and appstreamcli validate" t_desktop_valid
    else
      skip "desktop-file-validate and appstreamcli validate" "desktop-file-utils or appstream not installed"
    fi
    check "no bundled library has a missing dependency (ldd)" t_libraries
    ;;
esac

summary="packaging: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary+=", $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ]
