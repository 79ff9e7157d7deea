#!/usr/bin/env bash
# Side-by-side peer benchmark (issue 17): privdoc against relatorio, the fastest open-source ODT template
# engine measured, on the same rows, alternating, on the same machine; plus the deflate floor of
# `privdoc bench batch`, one letter as a whole process (`privdoc bench letter`) and peak RSS at 100,000 rows.
# Every figure it prints comes from this one run. Timings are never asserted anywhere: this prints.
#
#   bench/peers/run.sh                      # 1,000 and 10,000 rows, 3 runs each, RSS at 100,000
#   ROWS="1000" RUNS=1 RSS_ROWS=0 bench/peers/run.sh    # a quick look
#
# Needs: python3 (venv, pip), a release build (made if missing), GNU time at /usr/bin/time (else RSS is
# taken from the bench's own figure). relatorio is installed from PyPI into bench/peers/.venv (git-ignored).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
rows_list=${ROWS:-"1000 10000"}
runs=${RUNS:-3}
rss_rows=${RSS_ROWS:-100000}
date=2026-11-29                       # the date SampleRows writes rows for (received 5–27 days before)
relatorio_version=${RELATORIO_VERSION:-1.0.0}
work=${WORK:-"$repo/out/bench-peers"}
bin="$repo/.build/release/privdoc"

cd "$repo"
[[ -x "$bin" ]] || swift build -c release --product privdoc
if [[ ! -x "$here/.venv/bin/python" ]]; then python3 -m venv "$here/.venv"; fi
"$here/.venv/bin/python" -c "import relatorio" 2>/dev/null || "$here/.venv/bin/pip" install -q "relatorio==$relatorio_version"
py="$here/.venv/bin/python"
mkdir -p "$work"

# The relatorio template: privdoc's own Dutch extension letter (styles, header, footer, logo) with its body
# rewritten as relatorio placeholders (make_template.py).
"$bin" letter extension --data templates/examples/extension-access-nl.yaml --out "$work/template" --force >/dev/null
"$py" "$here/make_template.py" "$work/template/SD-2026-00388-dsr-extension-nl.odt" "$work/extension-nl.odt"

now_ns() { date +%s%N; }
# wall SECONDS of a whole process; its output goes to $work/last.log
wall() { local t0 t1; t0=$(now_ns); "$@" >"$work/last.log" 2>&1; t1=$(now_ns); echo "scale=4; ($t1 - $t0) / 1000000000" | bc; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
rate() { echo "scale=1; $1 / $2" | bc; }
jobs=$(nproc)

echo "== peer benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $jobs cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //')"
echo "   privdoc $(git -C "$repo" rev-parse --short HEAD) (release), relatorio $("$py" -c 'import importlib.metadata as m; print(m.version("relatorio"))'), Python $("$py" -c 'import platform; print(platform.python_version())')"

declare -A table
for n in $rows_list; do
    gen="$work/gen-$n"
    # The rows, once, with the deflate floor of the same letters in the same process (nl only: the
    # relatorio template is the Dutch letter).
    "$bin" bench batch --rows "$n" --languages nl --out "$gen" >"$work/bench-$n.log"
    floor=$(sed -n 's/.* = \([0-9]*\) letters\/s/\1/p' "$work/bench-$n.log")
    csv="$gen/notices.csv"
    r=(); p=(); p1=()
    for ((i = 1; i <= runs; i++)); do
        rm -rf "$work/rel" "$work/pd" "$work/pd1"
        r+=("$(wall "$py" "$here/relatorio_batch.py" "$work/extension-nl.odt" "$csv" "$work/rel" "$date")")
        p+=("$(wall "$bin" batch extension --data "$csv" --out "$work/pd" --date "$date")")
        p1+=("$(wall "$bin" batch extension --data "$csv" --out "$work/pd1" --date "$date" --jobs 1)")
        written=$(($(wc -l <"$work/pd/manifest.csv") - 1))
        [[ $written -eq $n ]] || { echo "privdoc wrote $written of $n letters: see $work/pd/rejects.csv" >&2; exit 1; }
        [[ $(ls "$work/rel" | wc -l) -eq $n ]] || { echo "relatorio did not write $n letters" >&2; exit 1; }
        echo "   $n rows, run $i: relatorio ${r[-1]} s, privdoc ${p[-1]} s, privdoc --jobs 1 ${p1[-1]} s"
    done
    table[$n,rel]=$(rate "$n" "$(median "${r[@]}")")
    table[$n,pd]=$(rate "$n" "$(median "${p[@]}")")
    table[$n,pd1]=$(rate "$n" "$(median "${p1[@]}")")
    table[$n,floor]=$floor
done

echo
"$bin" bench letter --runs 20 --out "$work/letter"

rss=""
if [[ $rss_rows -gt 0 ]]; then
    echo
    "$bin" bench batch --rows "$rss_rows" --languages nl --no-floor --out "$work/gen-$rss_rows" | sed 's/^/   /'
    rm -rf "$work/rss"
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v "$bin" batch extension --data "$work/gen-$rss_rows/notices.csv" --out "$work/rss" --date "$date" \
            >/dev/null 2>"$work/rss.log"
        rss=$(awk '/Maximum resident set size/ {printf "%.1f", $NF / 1024}' "$work/rss.log")
    fi
fi

echo
echo "== letters/s, whole processes, median of $runs, alternating (ratio = privdoc / relatorio)"
printf '%-8s %12s %14s %8s %16s %8s %12s\n' rows relatorio "privdoc ${jobs}j" ratio "privdoc --jobs 1" ratio "zlib floor"
for n in $rows_list; do
    printf '%-8s %12s %14s %7.1f× %16s %7.1f× %12s\n' "$n" "${table[$n,rel]}" "${table[$n,pd]}" \
        "$(echo "${table[$n,pd]} / ${table[$n,rel]}" | bc -l)" "${table[$n,pd1]}" \
        "$(echo "${table[$n,pd1]} / ${table[$n,rel]}" | bc -l)" "${table[$n,floor]}"
done
[[ -n $rss ]] && echo "peak RSS, privdoc batch extension, $rss_rows rows: $rss MB (/usr/bin/time -v)"
exit 0
