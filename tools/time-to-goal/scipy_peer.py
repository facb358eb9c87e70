#!/usr/bin/env python3
"""One run of SciPy's L-BFGS-B (m = 10, no bounds) for the time-to-goal suite
(dev.curvature.bench.TimeToGoal, docs/time-to-goal.md):

    python3 tools/time-to-goal/scipy_peer.py PROBLEM N TOLERANCE

L-BFGS-B's own projected-gradient test pgtol = TOLERANCE is the goal ‖∇f‖∞ ≤ TOLERANCE (with no
bounds the projected gradient is the gradient); its relative-reduction test is off (ftol = 0).
Prints one line: f(x0) ‖∇f(x0)‖∞ iterations f-evaluations ∇f-evaluations final-‖∇f‖∞ reached
cpu-seconds evaluation-seconds message, where cpu-seconds is this thread's CPU time
(time.thread_time) spent in scipy.optimize.minimize alone (problem set-up and interpreter start
excluded) and evaluation-seconds the median CPU time of 5 evaluations of f and ∇f at x0."""

import os
import sys

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import time  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from problems import PROBLEMS  # noqa: E402


def main():
    name, n, tol = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    fg, start = PROBLEMS[name]
    x0 = start(n)
    f0, g0 = fg(x0)
    evaluation = []
    for _ in range(5):
        t = time.thread_time()
        fg(x0)
        evaluation.append(time.thread_time() - t)
    calls = [0]

    def counted(x):
        calls[0] += 1
        return fg(x)

    options = {"maxcor": 10, "gtol": tol, "ftol": 0.0, "maxiter": 10000, "maxfun": 10000}
    t = time.thread_time()
    res = minimize(counted, x0, jac=True, method="L-BFGS-B", options=options)
    cpu = time.thread_time() - t
    gnorm = float(np.max(np.abs(res.jac)))
    message = str(res.message).replace("\n", " ")
    print(repr(f0), repr(float(np.max(np.abs(g0)))), res.nit, calls[0], calls[0], repr(gnorm),
          "true" if gnorm <= tol else "false", repr(cpu), repr(sorted(evaluation)[2]), message)


if __name__ == "__main__":
    main()
