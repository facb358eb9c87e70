#!/usr/bin/env bash
# The time-to-goal suite (docs/time-to-goal.md): Curvature's lbfgs and newton-cg against Smile,
# MALLET, CoreNLP, lbfgs4j (bench's peers profile), liblbfgs in C and SciPy's L-BFGS-B, on 14
# CUTEst-style problems at n = 1e5 and 1e6, in one JVM; writes docs/time-to-goal.md and its plots.
#
#   tools/time-to-goal/run.sh                      # the full suite: 5 rounds at each n (hours on a loaded machine)
#   tools/time-to-goal/run.sh --rounds 3,1         # as docs/time-to-goal.md was made
#   tools/time-to-goal/run.sh --sizes 10000 --rounds 1 --doc /tmp/ttg.md   # a quick trial
#
# MVN_FLAGS=-o runs Maven offline. Options after the script name go to dev.curvature.bench.TimeToGoal (later ones win). Needs a
# C compiler and liblbfgs (Debian: apt-get install liblbfgs-dev; without it liblbfgs is left out),
# Python 3 with SciPy, and Maven (the peers come from Maven Central on first use). Never installs.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
mkdir -p bench/target
peers=(--scipy "$root/tools/time-to-goal/scipy_peer.py")
if cc -O2 -o bench/target/liblbfgs_peer tools/time-to-goal/liblbfgs_peer.c -llbfgs -lm; then
    peers+=(--liblbfgs "$root/bench/target/liblbfgs_peer")
else
    echo "liblbfgs not found (apt-get install liblbfgs-dev): running without it" >&2
fi
mvn -B -q ${MVN_FLAGS:-} verify -pl bench -am -DskipTests -Pjmh,peers \
    -Dbench.main=dev.curvature.bench.TimeToGoal -Dbench.jvmArgs="-Xms3g -Xmx3g" \
    -Dbench.args="${peers[*]} --out $root/bench/target/time-to-goal --doc $root/docs/time-to-goal.md $*"
