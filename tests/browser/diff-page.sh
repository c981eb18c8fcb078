#!/usr/bin/env bash
# Regenerates docs/diff-page.png, the README's screenshot of `artc diff --format html`: the seed's
# revision 1 -> 2 page as headless Chromium renders it. Chromium is $CHROMIUM or /usr/bin/chromium
# (Debian's chromium package); ARTC=PATH uses an artc already built instead of building one.
# Usage: tests/browser/diff-page.sh [OUTPUT.png]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
png=$(realpath -m "${1:-$repo/docs/diff-page.png}")
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "diff-page.sh: no Chromium at '$chromium' (apt-get install chromium, or set CHROMIUM)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${ARTC:-}" ]; then
  artc=("$ARTC")
else
  dotnet build -c Release "$repo/src/ArticleCompiler.Cli" -v quiet -nologo >/dev/null
  artc=(dotnet "$repo/src/ArticleCompiler.Cli/bin/Release/net10.0/artc.dll")
fi

cd "$repo"
status=0
"${artc[@]}" diff seeds/russia-us-syria.article.md seeds/revisions/russia-us-syria.r2.article.md --format html -o "$work/page.html" || status=$?
[ "$status" -eq 1 ] || { echo "diff-page.sh: artc diff exited $status, not 1 (differences)" >&2; exit 2; }

# Off the network and out of any profile (without these flags Chromium waits on a closed network);
# `timeout` ends it, and its helpers with it, should it hang anyway.
timeout -k 5 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1000,1450 \
  --screenshot="$png" "file://$work/page.html" 2>"$work/chromium.log" \
  || { cat "$work/chromium.log" >&2; exit 2; }
echo "$png: $(stat -c %s "$png") bytes"
