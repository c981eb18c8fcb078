#!/usr/bin/env bash
# Real-text check of `artc annotate`: every raw text of PolNeAR (and of the Wikinews gold set) is
# annotated through the real CLI into ONE folder, in four shapes, and the folder is validated as a
# corpus. The shapes:
#   NAME.txt             as published (a headline on the first line),
#   NAME--nohead.txt     the first line removed (body text only, as many feeds give it),
#   NAME--boiler.txt     no headline, with invented boilerplate around the body: a byline, a
#                        credit, a photo caption, gallery and advertising lines, prompts, a
#                        copyright line (one shape of each in turn),
#   NAME--headboiler.txt the headline, then a byline and a credit line, then the body.
# It reports: drafts, errors, warnings by code, duplicate ids, the longest id and title, titles
# that are a byline, credit or caption, drafts that had no headline, and invented boilerplate
# lines left in the body as text.
# PolNeAR's texts are never copied into the repository: they stay in a temporary folder.
# Usage: tests/ArticleCompiler.Benchmarks/annotate-corpus.sh POLNEAR_DATA [RAW_FOLDER...]
#   POLNEAR_DATA  the data folder of a PolNeAR checkout ({train,dev,test}/text/*.txt)
#   RAW_FOLDER    more folders of raw *.txt (default: tests/Gold and tests/Gold/heldout)
set -euo pipefail
polnear=${1:?usage: annotate-corpus.sh POLNEAR_DATA [RAW_FOLDER...]}
polnear=$(cd "$polnear" && pwd)
shift
cd "$(dirname "$0")/../.."
extra=("$@")
[ ${#extra[@]} -eq 0 ] && extra=(tests/Gold tests/Gold/heldout)
work=$(mktemp -d)
# KEEP=1 keeps the folder (raw copies and drafts) for a look, and prints its path.
if [ -n "${KEEP:-}" ]; then echo "work folder: $work"; else trap 'rm -rf "$work"' EXIT; fi

dotnet build -c Release src/ArticleCompiler.Cli -o "$work/artc" -v quiet -nologo >/dev/null
artc() { dotnet "$work/artc/artc.dll" "$@"; }

# The invented boilerplate, one shape per file in turn. Each entry: lines before the body ^ lines
# after the first paragraph ^ lines at the end ('\n' separates lines; blank lines are added).
boiler=(
  'By Jane Doe^^Copyright 2016 The Associated Press. All rights reserved.'
  'Jane Doe, The Associated Press^Story continues below^'
  'By Jane Doe and John Roe^Advertisement^Sign up for our daily newsletter'
  'Jane Doe | Reuters^Open this photo in gallery\nA crowd waits outside the hall on Tuesday. (AP Photo/John Roe)^Follow us on Twitter'
  'Associated Press^1 of 12^Click here to read more stories like this'
  'Channel 9 News^Photo: Jane Doe / Getty Images^Read more: Ten things to know about the vote'
  'Open this photo in gallery\nSupporters cheer at a rally in Iowa. Getty Images^Related: What the polls say^'
)
printf '%s\n' "${boiler[@]}" | tr '^' '\n' | sed 's/\\n/\n/g' | grep -v '^$' | sort -u >"$work/injected"

mkdir -p "$work/raw"
n=0
add() {   # add SOURCE NAME: the four shapes of SOURCE under NAME
  local src=$1 name=$2 spec pre mid end
  cp "$src" "$work/raw/$name.txt"
  awk 'BEGIN{s=0} s==0 && NF {s=1; next} s==1 && !NF {next} {s=2; print}' "$src" >"$work/raw/$name--nohead.txt"
  spec=${boiler[$((n % ${#boiler[@]}))]}
  IFS='^' read -r pre mid end <<<"$spec"
  awk -v pre="$pre" -v mid="$mid" -v end="$end" '
    function block(text) { if (text != "") { gsub(/\\n/, "\n", text); print text; print "" } }
    BEGIN { block(pre); s = 0 }
    s == 0 && NF { s = 1; next }            # the headline goes
    s == 1 && !NF { next }
    s == 1 { s = 2 }
    s == 2 && !NF { s = 3; print; block(mid); next }
    { print }
    END { print ""; block(end) }' "$src" >"$work/raw/$name--boiler.txt"
  awk -v pre="$pre" 'NR == 1 { print; print ""; gsub(/\\n/, "\n", pre); print pre; print ""; print "Channel 9 News"; next } { print }' "$src" >"$work/raw/$name--headboiler.txt"
  n=$((n + 1))
}
for f in "$polnear"/{train,dev,test}/text/*.txt; do add "$f" "$(basename "$f" .txt)"; done
for folder in "${extra[@]}"; do
  for f in "$folder"/*.txt; do add "$f" "wikinews-$(basename "$f" .txt)"; done
done
echo "raw texts: $n sources, $(ls "$work/raw" | wc -l) files"

set +e
artc annotate "$work/raw" -o "$work/drafts/" 2>"$work/annotate.err"
echo "annotate exit $?: $(tail -n 1 "$work/annotate.err")"
artc validate "$work/drafts" >"$work/validate.out" 2>&1
echo "validate exit $?: $(tail -n 1 "$work/validate.out")"
set -e
echo "stack-trace lines: $(cat "$work/annotate.err" "$work/validate.out" | grep -c 'Unhandled exception\|^   at ' || true)"
echo "drafts: $(ls "$work/drafts" | wc -l)"
echo "errors by code:"; grep -o ': error ARTC[0-9]*' "$work/validate.out" | sort | uniq -c | sed 's/: error //' || true
echo "warnings by code:"; grep -o ': warning ARTC[0-9]*' "$work/validate.out" | sort | uniq -c | sed 's/: warning //' || true

# Front matter values (ids and titles are written on one line each).
awk 'FNR == 1 { n = 0; f = FILENAME; sub(/.*\//, "", f) } n >= 2 { next } /^---$/ { n++; next }
  /^id: / { print "id\t" f "\t" substr($0, 5) } /^title: / { print "title\t" f "\t" substr($0, 8) }
  /needs a real headline/ { print "nohead\t" f }' "$work"/drafts/*.article.md >"$work/front"
awk -F'\t' '$1 == "id" { print $3 }' "$work/front" | sort | uniq -d >"$work/dups"
echo "duplicate ids: $(wc -l <"$work/dups")"
awk -F'\t' '$1 == "id" { if (length($3) > m) { m = length($3); s = $3 } } END { print "longest id: " m " (" substr(s, 1, 80) (m > 80 ? "..." : "") ")"; }' "$work/front"
# A title is written quoted: its length is that of the text between the quotes, in characters
# (bytes that do not continue a UTF-8 sequence; awk may count bytes).
LC_ALL=C awk -F'\t' '$1 == "title" { t = $3; sub(/^"/, "", t); sub(/"$/, "", t); c = t; gsub(/[\200-\277]/, "", c); if (length(c) > m) { m = length(c); s = t } if (length(c) > 120) over++ }
  END { print "longest title: " m " characters (" substr(s, 1, 80) (m > 80 ? "..." : "") "); over 120: " over + 0 }' "$work/front"
for shape in "" --nohead --boiler --headboiler; do
  total=$(awk -F'\t' -v s="$shape" '$1 == "id" { name = $2; sub(/\.article\.md$/, "", name); k = (name ~ /--[a-z]+$/) ? name : name; sub(/^.*--/, "--", k); if (name !~ /--/) k = ""; if (k == s) c++ } END { print c + 0 }' "$work/front")
  nohead=$(awk -F'\t' -v s="$shape" '$1 == "nohead" { name = $2; sub(/\.article\.md$/, "", name); k = name; sub(/^.*--/, "--", k); if (name !~ /--/) k = ""; if (k == s) c++ } END { print c + 0 }' "$work/front")
  echo "shape '${shape:-as published}': $total drafts, $nohead without a headline"
done
pattern='^"?(By |Associated Press|Channel 9|Open this photo|Photo:|1 of 12|Advertisement|Story continues|Sign up|Follow us|Click here|Read more|Related:|Copyright|ABSTRACT|FULL TEXT)|(, The Associated Press|\| Reuters|AP Photo|Getty Images)'
echo "titles that are boilerplate: $(awk -F'\t' '$1 == "title" { print $3 }' "$work/front" | grep -E -c "$pattern" || true)"
awk -F'\t' '$1 == "title" { print $3 }' "$work/front" | grep -E "$pattern" | sort | uniq -c | sort -rn | head -5 || true
# Invented boilerplate left as body text: outside the front matter and outside ::: asides.
leaks=$(awk 'NR == FNR { want[$0] = 1; next } FNR == 1 { fm = 0; aside = 0 } /^---$/ && fm < 2 { fm++; next } fm < 2 { next }
  /^::: / { aside = 1; next } /^:::$/ { aside = 0; next } !aside && ($0 in want) { print }' "$work/injected" "$work"/drafts/*boiler.article.md | wc -l)
echo "invented boilerplate lines left in the body: $leaks"
