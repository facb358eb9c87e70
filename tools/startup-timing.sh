#!/usr/bin/env bash
# Start-up cost of the command line, measured as issue 21 asks: wall and CPU (user + system) time
# of `java -version` and of `curvature --help` through each given launcher, repeated N times with
# the commands interleaved (so that a shared machine's load falls on all of them alike), medians
# printed. Usage: tools/startup-timing.sh N LAUNCHER...   e.g.
#   tools/startup-timing.sh 15 /path/to/old/checkout/bin/curvature bin/curvature
set -euo pipefail
reps="$1"; shift
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
names=("java -version")
for l in "$@"; do names+=("$l --help"); done
for ((r = 0; r < reps; r++)); do
  for i in "${!names[@]}"; do
    # shellcheck disable=SC2086 # the command is split into its words on purpose
    /usr/bin/time -a -o "$out/$i" -f "%e %U %S" ${names[$i]} > /dev/null 2>&1
  done
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-70s %10s %10s\n' "command (median of $reps, interleaved)" "wall s" "CPU s"
for i in "${!names[@]}"; do
  printf '%-70s %10s %10s\n' "${names[$i]}" "$(awk '{ print $1 }' "$out/$i" | median)" \
      "$(awk '{ print $2 + $3 }' "$out/$i" | median)"
done
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
