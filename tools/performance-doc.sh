#!/usr/bin/env bash
# Regenerates the measured sections of docs/performance.md in one go (issue 21): each section is
# a measurement whose output replaces the text between the document's markers
# <!-- generated: NAME --> and <!-- end generated: NAME --> (dev.curvature.bench.jmh.DocSections);
# the prose around them carries no figure. Every ratio in them is of thread CPU time against a
# baseline measured in the same JVM.
#
#   tools/performance-doc.sh                 # every section (40 minutes on 2 shared, loaded cores)
#   tools/performance-doc.sh dense-backends  # only the named sections (machine is always rewritten)
#
# Sections: machine (date, JDK, CPU, load), dense-backends and dense-crossover (native-lapack's
# DenseBackendReport: OpenBLAS against EJML, JMH with -f 0 so both run in one JVM; n = 100 to 2000,
# and n = 16 to 64 for the crossover), lbfgs-newton (bench's PerformanceReport with the peers
# profile). A new section: add its markers to the document and a
# function section_NAME below that writes its Markdown to "$work/NAME.md".
# Extra JMH options for dense-backends: DENSE_ARGS (e.g. "-p n=1000"); for lbfgs-newton:
# LBFGS_ARGS (e.g. "--sizes 1000000 --dense 1000").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$root/bench/target/performance-doc"
mkdir -p "$work"

section_machine() {
  {
    echo "The machine of the last run of \`tools/performance-doc.sh\` (each section below says when"
    echo "it was measured, at which commit and under which load):"
    echo
    echo "- JDK: $(java -version 2>&1 | head -n 2 | tail -n 1)"
    echo "- CPU: $(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
    echo "  available to this machine, shared with other builds; memory $(free -g | awk '/^Mem:/ { print $2 }') GiB"
  } > "$work/machine.md"
}

# The line that dates a section: $1 the start time, then the measurement's own Markdown.
stamp() {
  local file="$work/$2.md" body
  body="$(cat "$file")"
  {
    echo "*Measured $1 – $(date -u '+%H:%M UTC') at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- 2>/dev/null || echo ' (with local changes)'); load average at the end $(cut -d ' ' -f 1-3 /proc/loadavg).*"
    echo
    echo "$body"
  } > "$file"
}

# native-lapack's DenseBackendReport: $1 the section, then JMH options.
dense_report() {
  local name="$1"; shift
  mvn -B -q verify -pl native-lapack -am -DskipTests -Pbench \
      -Dbench.output="$work/$name.md" -Dbench.args="-f 0 $*"
}

section_dense_backends() {
  dense_report dense-backends "${DENSE_ARGS:-}"
}

section_dense_crossover() {
  dense_report dense-crossover -p n=16,32,48,64 -wi 2 -i 3
}

section_lbfgs_newton() {
  mvn -B -q verify -pl bench -am -DskipTests -Pjmh,peers \
      -Dbench.args="--out $work/lbfgs-newton.md ${LBFGS_ARGS:-}"
}

sections=("$@")
if [ ${#sections[@]} -eq 0 ]; then sections=(dense-backends dense-crossover lbfgs-newton); fi
section_machine
args=("machine=$work/machine.md")
for s in "${sections[@]}"; do
  echo "performance-doc: measuring $s ($(date -u +%H:%M:%S))" >&2
  start="$(date -u '+%Y-%m-%d %H:%M UTC')"
  "section_${s//-/_}"
  stamp "$start" "$s"
  args+=("$s=$work/$s.md")
done
mvn -B -q test-compile -pl bench -am
java -cp bench/target/test-classes dev.curvature.bench.jmh.DocSections docs/performance.md "${args[@]}"
echo "performance-doc: docs/performance.md rewritten ($(date -u +%H:%M:%S)); load average now $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2
