#!/usr/bin/env bash
# Core throughput against compromise 14 (JavaScript NLP), in one run, on the same text, each in its own
# process but timed in process (reading only, warm, best pass). Prints both rates and the ratio.
# Usage: tests/CorpusGen.Benchmarks/compare-compromise.sh [folder...]
# Default text: ../shared/polnear/train/text when present, else a synthetic corpus of 1,000 articles.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v node >/dev/null || { echo "node is required (apt-get install nodejs npm)"; exit 1; }
npm install --silent --prefix "$work/npm" compromise@14 >/dev/null

dotnet build -c Release "$here/CorpusGen.Benchmarks.csproj" -nologo -v:q >/dev/null
bench="$here/bin/Release/net10.0/CorpusGen.Benchmarks.dll"

if [ $# -eq 0 ]; then
  if [ -d "$root/../shared/polnear/train/text" ]; then set -- "$root/../shared/polnear/train/text"
  else dotnet "$bench" make-corpus "$work/corpus" 1000 >/dev/null; set -- "$work/corpus"; fi
fi

ours=$(dotnet "$bench" throughput "$@")
theirs=$(node "$here/compromise-throughput.mjs" "$work/npm/node_modules" "$@")
echo "corpusgen:  $ours"
echo "compromise: $theirs"
best() { sed -E 's/.*best of [0-9]+: ([0-9.]+) MB\/s.*/\1/' <<<"$1"; }
awk -v a="$(best "$ours")" -v b="$(best "$theirs")" 'BEGIN { printf "ratio (best pass): %.0fx\n", a / b }'
