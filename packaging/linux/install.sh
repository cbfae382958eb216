#!/bin/sh
# Install this Threatlog folder on a Linux computer, with its menu entry and icons.
#
#   ./install.sh              for the current user: ~/.local/lib/threatlog, ~/.local/bin/threatlog
#   sudo ./install.sh --system  for everyone: /opt/threatlog, /usr/local/bin/threatlog
#   ./install.sh --uninstall  (add --system for a system-wide install) removes it again
#
# Only the program is copied. Vaults are never touched: they stay in the user's data folder.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
system=0
uninstall=0
for arg in "$@"; do
  case "$arg" in
    --system) system=1 ;;
    --uninstall) uninstall=1 ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done

if [ "$system" -eq 1 ]; then
  prefix=/usr/local
  dest=/opt/threatlog
else
  prefix="$HOME/.local"
  dest="$prefix/lib/threatlog"
fi
app_id=org.threatlog.Threatlog

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
}

if [ "$uninstall" -eq 1 ]; then
  rm -rf "$dest"
  rm -f "$prefix/bin/threatlog" "$prefix/share/applications/$app_id.desktop" "$prefix/share/metainfo/$app_id.metainfo.xml"
  find "$prefix/share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh
  echo "Threatlog removed from $dest (vaults were not touched)."
  exit 0
fi

[ -x "$here/threatlog" ] || { echo "$here/threatlog is missing: run this from the unpacked Threatlog folder." >&2; exit 1; }
if [ "$here" != "$dest" ]; then
  rm -rf "$dest.new"
  mkdir -p "$dest.new"
  cp -a "$here/." "$dest.new/"
  rm -rf "$dest"
  mv "$dest.new" "$dest"
fi
mkdir -p "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
ln -sf "$dest/threatlog" "$prefix/bin/threatlog"
cp -a "$dest/share/icons" "$prefix/share/"
cp "$dest/share/metainfo/$app_id.metainfo.xml" "$prefix/share/metainfo/"
if [ "$system" -eq 1 ]; then
  cp "$dest/share/applications/$app_id.desktop" "$prefix/share/applications/"
else
  # ~/.local/bin is not on every session's PATH until the next login: the menu entry names the program.
  sed "s|^Exec=threatlog\$|Exec=$prefix/bin/threatlog|" "$dest/share/applications/$app_id.desktop" \
    > "$prefix/share/applications/$app_id.desktop"
fi
refresh
echo "Threatlog installed in $dest; run it from the applications menu or as 'threatlog'."
