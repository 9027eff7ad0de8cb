#!/bin/sh
# The dev Markdown pairs as Word and PDF files, for `npm run eval` and the reader tests:
# DOCX by pandoc (Debian package pandoc), PDF by headless Chromium printing pandoc's HTML
# (as a web page is printed). Run from the repository root; writes data/dev/binary/.
set -eu
out=data/dev/binary
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for md in data/dev/align/*.md; do
  case "$md" in *.notes.md|*/README.md) continue ;; esac
  name=$(basename "$md" .md)
  pandoc -f markdown -t docx "$md" -o "$out/$name.docx"
  pandoc -s -f markdown -t html --metadata title=" " "$md" -o "$tmp/$name.html"
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "$tmp/$name.html" 2>/dev/null
done
ls -l "$out"
