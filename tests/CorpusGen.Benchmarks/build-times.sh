#!/usr/bin/env bash
# Build time of a small console project with 0, 1,000 and 10,000 seed articles (synthetic, made in a
# temp folder), consuming the packed CorpusGen package as a user would: `dotnet build --no-incremental`,
# median of 3 runs each, with the generator's and the analyzer's own time from -p:ReportAnalyzer=true.
# Prints the ratios against no articles.
# By default each build is a new compiler process, as on this machine (UseSharedCompilation=false is
# set in its environment), so the compiler and the generator start cold every time. --server uses the
# compiler server instead, as a developer's machine does by default, after three warm-up builds.
# Usage: tests/CorpusGen.Benchmarks/build-times.sh [--server] [counts...]   (default: 0 1000 10000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"; $server && dotnet build-server shutdown >/dev/null 2>&1; true' EXIT
server=false
if [ "${1:-}" = "--server" ]; then server=true; shift; fi
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(0 1000 10000)
shared=(-p:UseSharedCompilation=$server)
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build -c Release "$here/CorpusGen.Benchmarks.csproj" -nologo -v:q >/dev/null
bench="$here/bin/Release/net10.0/CorpusGen.Benchmarks.dll"
dotnet pack "$root/src/CorpusGen/CorpusGen.csproj" -c Release -o "$work/feed" -p:Version=0.0.0-bench -nologo -v:q >/dev/null

make_project() {
  local dir=$1 count=$2
  mkdir -p "$dir"
  cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>App</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CorpusGen" Version="0.0.0-bench" />
  </ItemGroup>
</Project>
XML
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/feed" /></packageSources></configuration>
XML
  echo 'System.Console.WriteLine(App.Corpus.Index.Articles.Count);' > "$dir/Program.cs"
  if [ "$count" -gt 0 ]; then dotnet "$bench" make-corpus "$dir/seeds" "$count" >/dev/null; fi
  dotnet restore "$dir" -nologo -v:q >/dev/null
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# ReportAnalyzer's table: "   1.056   69      CorpusGen.Generators.CorpusGenerator"
seconds_of() { grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+CorpusGen\.Generators\.$1" "$2" | head -1 | awk '{print $1}' | tr -d '<'; }

printf '%-9s %10s %8s %14s %13s %12s\n' articles "build (s)" ratio "generator (s)" "analyzer (s)" "gen. share"
base=""
for count in "${counts[@]}"; do
  dir="$work/app$count"
  make_project "$dir" "$count"
  times=(); gens=(); anas=()
  if $server; then
    for run in 1 2 3; do dotnet build "$dir" --no-restore --no-incremental -nologo -v:q "${shared[@]}" >/dev/null 2>&1 || true; done
  fi
  for run in 1 2 3; do
    log="$work/build$count-$run.log"
    start=$(date +%s.%N)
    if ! dotnet build "$dir" --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true "${shared[@]}" > "$log" 2>&1; then
      echo "build with $count articles failed:"; grep -E "error|Error" "$log" | cut -c1-300 | head -20; exit 1
    fi
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
    gens+=("$(seconds_of CorpusGenerator "$log")")
    anas+=("$(seconds_of SeedAnalyzer "$log")")
  done
  t=$(printf '%s\n' "${times[@]}" | median)
  g=$(printf '%s\n' "${gens[@]}" | median)
  a=$(printf '%s\n' "${anas[@]}" | median)
  [ -n "$base" ] || base=$t
  share=$( [ -n "$g" ] && echo "scale=1; 100 * $g / $t" | bc || echo "")
  printf '%-9s %10.2f %7.2fx %14s %13s %11s%%\n' "$count" "$t" "$(echo "$t / $base" | bc -l)" "${g:--}" "${a:--}" "${share:--}"
done
