#!/usr/bin/env python3
"""Side-by-side comparison of Curvature's methods with SciPy's matching methods on a problem set:
by default the 35 Moré–Garbow–Hillstrom problems from x0, 10·x0 and 100·x0; with
`--set extended` (or cutest, all) another set of dev.curvature.problems.TestProblems.

SciPy is used for comparison only (never a build dependency). Both sides evaluate the *same*
Java implementation of the problems: SciPy's callbacks go through tools/ProblemServer.java
(a Java single-file program run against bench/target/curvature.jar, speaking a one-line-per-
request protocol on a pipe), so objective values and derivatives are bit-identical to what
Curvature's methods see.

Run from the repository root (builds nothing itself; build first):

    mvn -B -q -DskipTests package -pl bench -am
    python3 tools/scipy_compare.py --out /tmp/scipy-compare --doc docs/scipy-comparison.md

This runs `bin/curvature compare --problems SET --starts 1,10,100 --methods ... --out
OUT/curvature --no-progress`, then every SciPy configuration below through the pipe, writes
OUT/scipy.csv, and writes the Markdown report. `--curvature-csv FILE` reuses an existing
Curvature results.csv instead of running the command line. The report goes to
OUT/scipy-comparison.md (OUT/scipy-comparison-SET.md for a set other than MGH) unless `--doc`
names a file, so that a trial run never overwrites the tracked docs/scipy-comparison.md; give
`--doc docs/scipy-comparison.md` to regenerate that. For example, the extended set at
x0 only, with a wall-time limit per run on both sides:

    python3 tools/scipy_compare.py --set extended --starts 1 --time-limit 120 \
        --out /tmp/scipy-extended

Counting: every call SciPy makes into the Java objective is counted here (f, g, dense H, and
Hessian-vector products, the latter counted as Hessian evaluations like Curvature does). The
counts are cross-checked against SciPy's own nfev/njev/nhev; a difference is reported in the
CSV column `scipy_counts` and on standard error.

"Solved" is dev.curvature.problems.Solved: f − f* ≤ 1e-6·max(1, |f*|) with the problem's known
minimum (all 35 MGH problems have one), otherwise SciPy's `success` (and Curvature's
`converged()`).

`--set bounded` compares the bound-constrained set (TestProblems.bounded(), docs/bounded-set.md)
instead: `curvature compare --problems bounded` with the bound-honouring methods (lbfgsb,
newton-trust-region; `--methods` to change) against SciPy's L-BFGS-B given the same boxes, from
x0 only by default:

    python3 tools/scipy_compare.py --set bounded --out /tmp/scipy-bounded

Tolerances are matched on the projected gradient: SciPy's `gtol` (L-BFGS-B's pgtol) stops when
‖P(x − g) − x‖∞ ≤ gtol, which is Curvature's first-order test under bounds with the same 1e-8.
"Solved" for a bounded problem is Solved's bounded rule on both sides: |f − f*| ≤ 1e-6·max(1, |f*|)
and either the run converged (SciPy's `success`) or its projected gradient, recomputed from the Java
gradient at the returned point, is ≤ 1e-8.
"""

import argparse
import csv
import math
import os
import subprocess
import sys
import time
import warnings

import numpy as np
import scipy
from scipy.optimize import minimize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOLVED_TOLERANCE = 1e-6          # dev.curvature.problems.Solved.TOLERANCE
GTOL = 1e-8                      # Curvature's default ConvergenceCriteria gradientTolerance (inf-norm)
MAXITER = 1000                   # Curvature's default maxIterations
MAXFUN = 15000                   # Curvature's default maxEvaluations (= L-BFGS-B's maxfun)
TIME_LIMIT = None                # seconds per SciPy run (--time-limit), None: no limit

SET_TITLES = {
    "mgh": "the 35 Moré–Garbow–Hillstrom problems",
    "cutest": "the CUTEst-style set",
    "extended": "the extended set (CUTEst, Lukšan–Vlček, NIST StRD)",
    "all": "all shipped problems (MGH, CUTEst-style, extended)",
    "bounded": "the bound-constrained set (Hock–Schittkowski, CUTEst)",
}

TRUST_REGION_METHODS = ("newton-trust-region", "newton-trust-region-cg")

CURVATURE_METHODS = ["bfgs", "lbfgs", "newton-cg", "newton-trust-region",
                     "newton-trust-region-cg", "damped-newton", "newton"]


# ---------------------------------------------------------------------------------------------
# The Java side
# ---------------------------------------------------------------------------------------------

def _fmt(v):
    """A double as Java's Double.parseDouble reads it back exactly."""
    if v != v:
        return "NaN"
    if v == math.inf:
        return "Infinity"
    if v == -math.inf:
        return "-Infinity"
    return repr(v)


class ProblemServer:
    """The pipe to tools/ProblemServer.java."""

    def __init__(self, jar):
        src = os.path.join(ROOT, "tools", "ProblemServer.java")
        self.proc = subprocess.Popen(["java", "-cp", jar, src], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1)

    def request(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline()
        if not reply:
            raise RuntimeError("ProblemServer died on request: " + line[:80])
        reply = reply.rstrip("\n")
        if reply.startswith("error "):
            raise RuntimeError("ProblemServer: " + reply[6:])
        return reply

    def numbers(self, cmd, *vectors):
        parts = [cmd]
        for v in vectors:
            parts.extend(_fmt(t) for t in np.asarray(v, dtype=float).ravel().tolist())
        return np.array([float(t) for t in self.request(" ".join(parts)).split(" ")])

    def problems(self, which):
        self.proc.stdin.write("list " + which + "\n")
        self.proc.stdin.flush()
        out = []
        while True:
            line = self.proc.stdout.readline().rstrip("\n")
            if line == "end":
                return out
            if not line or line.startswith("error "):
                raise RuntimeError("ProblemServer: " + line)
            name, n, fstar = line.split(" ")
            out.append((name, int(n), float(fstar)))

    def use(self, name):
        self.request("use " + name)
        return self.numbers("x0")

    def bounds(self):
        """The current problem's box as (lower, upper) arrays, ±inf for a missing bound."""
        b = self.numbers("bounds")
        n = len(b) // 2
        return b[:n], b[n:]

    def close(self):
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


class Counted:
    """f, g, H and Hv of the current problem, counting the calls made into the Java objective.

    With ``cache_gradient`` the gradient keeps a one-point cache, so that a gradient asked for
    twice at the same point in a row is computed (and counted) once. Only the "Newton-CG gtol"
    configuration uses it: its callback's gradient test and Newton-CG's next-iteration gradient
    then share one evaluation, as they would in a driver with a built-in gradient test.
    """

    def __init__(self, server, n, cache_gradient=False):
        self.server, self.n = server, n
        self.cache_gradient = cache_gradient
        self.nf = self.ng = self.nh = 0
        self._gx = None
        self._g = None

    def f(self, x):
        self.nf += 1
        return float(self.server.numbers("f", x)[0])

    def g(self, x):
        if self.cache_gradient and self._gx is not None and np.array_equal(self._gx, x):
            return self._g.copy()
        self.ng += 1
        g = self.server.numbers("g", x)
        self._gx, self._g = np.array(x, dtype=float), g
        return g.copy()

    def h(self, x):
        self.nh += 1
        return self.server.numbers("h", x).reshape(self.n, self.n)

    def hv(self, x, v):
        self.nh += 1
        return self.server.numbers("hv", x, v)


# ---------------------------------------------------------------------------------------------
# SciPy configurations and the pairs compared
# ---------------------------------------------------------------------------------------------

def _newton_cg_gtol(obj):
    """Newton-CG has no gradient test (it stops on ‖Δx‖₁ ≤ n·xtol only): stop it from the
    callback when ‖g‖∞ ≤ GTOL, Curvature's test, using the gradient SciPy computed at that point
    when it has one (no extra evaluation in that case)."""
    def callback(intermediate_result):
        if np.max(np.abs(obj.g(intermediate_result.x))) <= GTOL:
            raise StopIteration  # SciPy stops the run and reports status 99
    return callback


# label -> (scipy method, derivative arguments, options, callback factory or None)
SCIPY = {
    "BFGS": ("BFGS", "g", dict(gtol=GTOL, norm=math.inf, maxiter=MAXITER), None),
    "L-BFGS-B": ("L-BFGS-B", "g", dict(maxcor=10, gtol=GTOL, maxiter=MAXITER, maxfun=MAXFUN), None),
    "L-BFGS-B ftol=0": ("L-BFGS-B", "g",
                        dict(maxcor=10, gtol=GTOL, ftol=0.0, maxiter=MAXITER, maxfun=MAXFUN), None),
    "Newton-CG": ("Newton-CG", "hv", dict(maxiter=MAXITER), None),
    "Newton-CG gtol": ("Newton-CG", "hv", dict(xtol=0.0, maxiter=MAXITER), _newton_cg_gtol),
    "trust-exact": ("trust-exact", "h", dict(gtol=GTOL, maxiter=MAXITER), None),
    "trust-ncg": ("trust-ncg", "hv", dict(gtol=GTOL, maxiter=MAXITER), None),
}

SCIPY_NOTES = {
    "BFGS": "gtol=1e-8 on ‖g‖∞ (norm=inf, SciPy's default norm), maxiter=1000; Wolfe line search "
            "c1=1e-4, c2=0.9 (SciPy defaults).",
    "L-BFGS-B": "maxcor=10, pgtol=1e-8 (‖proj g‖∞; no bounds so = ‖g‖∞), ftol=2.2e-9 (SciPy "
                "default: also stops when the relative f-change ≤ ftol), maxiter=1000, maxfun=15000. "
                "Its early stops still count as solved whenever f − f* ≤ 1e-6 (an absolute 1e-6 "
                "for |f*| ≤ 1), which is why its evaluation totals are low.",
    "L-BFGS-B ftol=0": "as L-BFGS-B but ftol=0, so only the gradient test (or a line-search / "
                       "precision stop ABNORMAL) ends a converging run.",
    "Newton-CG": "SciPy defaults: xtol=1e-5 — the only convergence test is ‖Δx‖₁ ≤ n·xtol; no "
                 "gradient test at all. Exact Hessian-vector products (hessp), maxiter=1000.",
    "Newton-CG gtol": "xtol=0 plus a callback that stops the run when ‖g‖∞ ≤ 1e-8 (Curvature's "
                      "test). The test reuses the gradient SciPy last computed when it is at "
                      "that point, and Newton-CG's next gradient reuses the test's, so the test "
                      "adds no evaluation a built-in test would not make (SciPy's own `njev` "
                      "can therefore differ from the count here). hessp, maxiter=1000.",
    "trust-exact": "gtol=1e-8 on ‖g‖₂ (SciPy's trust methods use the 2-norm: stricter than "
                   "Curvature's ‖g‖∞ ≤ 1e-8 by up to √n), dense Hessian, initial radius 1, "
                   "max radius 1000, η=0.15 (SciPy defaults), maxiter=1000.",
    "trust-ncg": "gtol=1e-8 on ‖g‖₂ (see trust-exact), exact Hessian-vector products (hessp), "
                 "SciPy defaults otherwise, maxiter=1000.",
}

# (Curvature method, SciPy label, note)
PAIRS = [
    ("bfgs", "BFGS", ""),
    ("lbfgs", "L-BFGS-B", "SciPy default ftol"),
    ("lbfgs", "L-BFGS-B ftol=0", "gradient test only"),
    ("newton-cg", "Newton-CG", "SciPy default xtol=1e-5, no gradient test"),
    ("newton-cg", "Newton-CG gtol", "xtol=0 + ‖g‖∞ ≤ 1e-8 stop"),
    ("newton-trust-region", "trust-exact", ""),
    ("newton-trust-region-cg", "trust-ncg", ""),
    ("damped-newton", "trust-exact", "no direct SciPy equivalent"),
    ("newton", "trust-exact", "no direct SciPy equivalent"),
]


def run_scipy(server, label, name, n, fstar, x0, scale):
    method, derivs, options, callback_factory = SCIPY[label]
    obj = Counted(server, n, cache_gradient=callback_factory is not None)
    kwargs = dict(jac=obj.g, options=dict(options))
    if derivs == "h":
        kwargs["hess"] = obj.h
    elif derivs == "hv":
        kwargs["hessp"] = obj.hv
    inner = callback_factory(obj) if callback_factory is not None else None
    timed_out = [False]
    deadline = time.perf_counter() + TIME_LIMIT if TIME_LIMIT else None
    if inner is not None or deadline is not None:
        def callback(intermediate_result):
            if inner is not None:
                inner(intermediate_result)
            if deadline is not None and time.perf_counter() > deadline:
                timed_out[0] = True
                raise StopIteration  # a failed run unless f − f* says solved
        kwargs["callback"] = callback
    start = x0 * scale
    t0 = time.perf_counter()
    res, error = None, ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            res = minimize(obj.f, start, method=method, **kwargs)
        except Exception as e:  # noqa: BLE001 - recorded as a failed run
            error = "%s: %s" % (type(e).__name__, e)
    seconds = time.perf_counter() - t0
    row = dict(method=label, problem=name, n=n, start=_scale(scale), f_evals=obj.nf,
               g_evals=obj.ng, h_evals=obj.nh, f_star=fstar, seconds="%.4f" % seconds)
    if res is None:
        row.update(status="exception", solved=False, success=False, iterations="", f="",
                   f_minus_f_star="", grad_inf_norm="", message=error, scipy_counts="")
        return row
    f = float(res.fun)
    stopped_by_gtol = callback_factory is not None and res.status == 99 and not timed_out[0]
    success = bool(res.success) or stopped_by_gtol
    g_final = server.numbers("g", res.x)   # not counted: for the report only
    solved = math.isfinite(f) and (f - fstar <= SOLVED_TOLERANCE * max(1.0, abs(fstar))
                                   if math.isfinite(fstar) else success)
    own = (getattr(res, "nfev", None), getattr(res, "njev", None), getattr(res, "nhev", 0) or 0)
    counts = "" if own == (obj.nf, obj.ng, obj.nh) else "nfev=%s njev=%s nhev=%s" % own
    if own[:2] != (obj.nf, obj.ng) and callback_factory is None:
        print("note: %s on %s x%s: SciPy counts %s, calls seen %d/%d/%d"
              % (label, name, _scale(scale), counts, obj.nf, obj.ng, obj.nh), file=sys.stderr)
    message = "gradient test (callback): ‖g‖∞ ≤ %g" % GTOL if stopped_by_gtol else str(res.message)
    if timed_out[0]:
        message = "time limit %g s" % TIME_LIMIT
    row.update(status="solved" if solved else "status%d" % res.status, solved=solved,
               success=success, iterations=getattr(res, "nit", ""), f=repr(f),
               f_minus_f_star=repr(f - fstar), grad_inf_norm=repr(float(np.max(np.abs(g_final)))),
               message=message, scipy_counts=counts)
    return row


def _scale(s):
    return str(int(s)) if float(s).is_integer() else str(s)


# ---------------------------------------------------------------------------------------------
# Reading Curvature's results and writing the report
# ---------------------------------------------------------------------------------------------

def read_curvature(path):
    rows = {}
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            rows[(r["method"], r["problem"], r["start"])] = dict(
                solved=r["solved"] == "true", termination=r["termination"] or r["status"],
                f=int(r["f_evals"] or 0), g=int(r["g_evals"] or 0), h=int(r["h_evals"] or 0),
                gap=r["f_minus_f_star"], gnorm=r["grad_inf_norm"], it=int(r["iterations"] or 0))
    return rows


def summarize(cur, sci, problems, starts):
    out = []
    for cm, sl, note in PAIRS:
        s = dict(cm=cm, sl=sl, note=note, cur={}, sci={}, both=0, cf=0, cg=0, ch=0, sf=0, sg=0,
                 sh=0, losses=[], wins=[], ratios=[], cit=0, sit=0)
        for st in starts:
            s["cur"][st] = sum(cur[(cm, p, st)]["solved"] for p, _, _ in problems)
            s["sci"][st] = sum(sci[(sl, p, st)]["solved"] for p, _, _ in problems)
        for st in starts:
            for p, _, _ in problems:
                c, q = cur[(cm, p, st)], sci[(sl, p, st)]
                cfg, qfg = c["f"] + c["g"], q["f_evals"] + q["g_evals"]
                if c["solved"] and q["solved"]:
                    s["both"] += 1
                    s["ratios"].append(cfg / qfg)
                    s["cit"] += c["it"]
                    s["sit"] += q["iterations"] if q["iterations"] != "" else 0
                    s["cf"] += c["f"]; s["cg"] += c["g"]; s["ch"] += c["h"]
                    s["sf"] += q["f_evals"]; s["sg"] += q["g_evals"]; s["sh"] += q["h_evals"]
                    if cfg > 1.2 * qfg:
                        s["losses"].append((p, st, "more evaluations", c, q))
                elif q["solved"]:
                    s["losses"].append((p, st, "fails", c, q))
                elif c["solved"]:
                    s["wins"].append((p, st))
        out.append(s)
    return out


def write_doc(path, summaries, cur, sci, problems, starts, commands, curvature_csv, scipy_csv,
              problem_set="mgh"):
    st_lbl = {"1": "x0", "10": "10·x0", "100": "100·x0"}
    L = []
    w = L.append
    _doc_header(w, SET_TITLES.get(problem_set, "the problems " + problem_set),
                "tools/scipy_compare.py", commands)
    known = sum(1 for _, _, fs in problems if math.isfinite(fs))
    if known == len(problems):
        solved_rule = ("All %d problems have a known minimum f*, so *solved* is purely "
                       "`f − f* ≤ 1e-6·max(1, |f*|)` (`dev.curvature.problems.Solved`), applied to "
                       "the value each method returns; a run that stops at another local minimum or "
                       "a stationary point is not solved." % len(problems))
    else:
        solved_rule = ("%d of the %d problems have a known minimum f*; for them *solved* is "
                       "`f − f* ≤ 1e-6·max(1, |f*|)` (`dev.curvature.problems.Solved`), applied to "
                       "the value each method returns. For the other %d it is the method's own "
                       "convergence test: Curvature's `converged()`, SciPy's `success`."
                       % (known, len(problems), len(problems) - known))
    w("Both sides minimize the **same Java objectives** (`dev.curvature.problems.TestProblems.%s()`, "
      "exact f, ∇f, ∇²f and ∇²f·v): SciPy's callbacks are served by `tools/ProblemServer.java` over a "
      "pipe with bit-exact number transfer, so nothing is reimplemented in Python. Starts are "
      "%s (x0 times the multiple, as `curvature compare --starts %s`). %s"
      % (problem_set, ", ".join(st_lbl.get(t, t + "·x0") for t in starts), ",".join(starts),
         solved_rule))
    w("")
    w("Evaluations are calls into the objective: f, ∇f, and ∇²f (a dense Hessian or one "
      "Hessian-vector product counts as one), on both sides. SciPy's side is counted at the pipe "
      "and agrees with SciPy's `nfev`/`njev`/`nhev` (except that `trust-ncg` reports one Hessian "
      "more than it evaluates, and the *Newton-CG gtol* variant below). Curvature counts a `valueAndGradient` call as "
      "one f and one ∇f, as SciPy does for a point where it needs both.")
    w("")
    w("Budgets are matched: 1000 iterations on both sides (Curvature's default; SciPy's `maxiter` "
      "set to 1000), and Curvature's 15000 f-or-∇f calls (= L-BFGS-B's `maxfun`).")
    w("")
    w("## Summary")
    w("")
    w(("Solved counts are out of %d per start. Evaluation totals are over the instances (problem × "
       "start) **both** methods solve, so they compare like with like. *Criterion met* is the judging "
       "criterion: Curvature solves at least as many instances and needs no more f + ∇f evaluations "
       "over the jointly solved ones.") % len(problems))
    w("")
    w("| Curvature | SciPy | Curvature solved x0 / 10·x0 / 100·x0 (total) | SciPy solved x0 / 10·x0 / 100·x0 (total) "
      "| both solved | Curvature f / ∇f / ∇²f | SciPy f / ∇f / ∇²f | f+∇f ratio C/S | criterion met |")
    w("|---|---|---|---|---|---|---|---|---|")
    for s in summaries:
        ctot, stot = sum(s["cur"].values()), sum(s["sci"].values())
        cfg, sfg = s["cf"] + s["cg"], s["sf"] + s["sg"]
        ratio = cfg / sfg if sfg else float("nan")
        met = "yes" if ctot >= stot and cfg <= sfg else "**no**"
        sci_name = s["sl"] + (" (%s)" % s["note"] if s["note"] else "")
        w("| %s | %s | %s (%d) | %s (%d) | %d | %d / %d / %d | %d / %d / %d | %.2f | %s |" % (
            s["cm"], sci_name, " / ".join(str(s["cur"][t]) for t in starts), ctot,
            " / ".join(str(s["sci"][t]) for t in starts), stot, s["both"], s["cf"], s["cg"], s["ch"],
            s["sf"], s["sg"], s["sh"], ratio, met))
    w("")
    w("The totals are dominated by a few long runs, so the same jointly solved instances per "
      "instance: how often Curvature needs fewer / as many / more f + ∇f evaluations, the "
      "geometric mean and median of the per-instance ratio Curvature/SciPy, and the iterations "
      "with f + ∇f per iteration. Curvature counts accepted steps as iterations; SciPy's trust "
      "methods also count rejected trust-region trials, and its L-BFGS-B and Newton-CG count "
      "line-search iterations like Curvature.")
    w("")
    w("| Curvature | SciPy | fewer / same / more | geo-mean ratio | median ratio | Curvature "
      "iterations (f+∇f per it.) | SciPy iterations (f+∇f per it.) |")
    w("|---|---|---|---|---|---|---|")
    for s in summaries:
        r = s["ratios"]
        if not r:
            continue
        logs = sorted(math.log(v) for v in r)
        mid = len(logs) // 2
        median = math.exp(logs[mid] if len(logs) % 2 else (logs[mid - 1] + logs[mid]) / 2)
        w("| %s | %s | %d / %d / %d | %.2f | %.2f | %d (%.2f) | %d (%.2f) |" % (
            s["cm"], s["sl"], sum(v < 1 for v in r), sum(v == 1 for v in r), sum(v > 1 for v in r),
            math.exp(sum(logs) / len(logs)), median, s["cit"],
            (s["cf"] + s["cg"]) / max(1, s["cit"]), s["sit"], (s["sf"] + s["sg"]) / max(1, s["sit"])))
    tr = [s for s in summaries if s["cm"] in TRUST_REGION_METHODS]
    if tr:
        w("")
        w("Like SciPy's, Curvature's trust region evaluates f at every trial point and ∇f only "
          "at accepted ones. Check on the jointly solved instances: gradients beyond one per "
          "accepted point, ∇f − (iterations + 1) per run, summed:")
        w("")
        w("| Curvature | SciPy | ∇f beyond accepted points | f+∇f | ratio C/S |")
        w("|---|---|---|---|---|")
        for s in tr:
            if s["both"] == 0:  # a pair whose Curvature method was not run
                continue
            extra = s["cg"] - (s["cit"] + s["both"])
            now, sfg = s["cf"] + s["cg"], s["sf"] + s["sg"]
            w("| %s | %s | %d | %d | %.2f |" % (s["cm"], s["sl"], extra, now, now / sfg))
    w("")
    w("## SciPy settings and tolerance mismatches")
    w("")
    w("Curvature runs every method with its defaults (`bin/curvature methods` lists them): stop when "
      "‖∇f‖∞ ≤ 1e-8 (also tested at x0), or when an iteration changes f or x not at all, "
      "1000 iterations, 15000 f-or-∇f calls.")
    w("")
    for label, note in SCIPY_NOTES.items():
        w("- **%s**: %s" % (label, note))
    w("- Not compared: SciPy's `dogleg` (Curvature registers no dogleg method; its `Dogleg` "
      "trust-region solver is not wired to a named optimizer), and `newton`/`damped-newton` have no "
      "SciPy counterpart — they are set against `trust-exact`, the closest exact-Hessian method.")
    w("")
    w("## Where Curvature loses")
    w("")
    w("Per pair: instances where Curvature fails but SciPy solves, then those both solve where "
      "Curvature needs more than 1.2× SciPy's f + ∇f evaluations, largest excess first. "
      "`termination` is Curvature's `TerminationReason` (a failure with GRADIENT_TOLERANCE "
      "stopped at another stationary point); f − f* is Curvature's returned gap. Evaluations are "
      "f/∇f/∇²f.")
    for s in summaries:
        w("")
        sci_name = s["sl"] + (" (%s)" % s["note"] if s["note"] else "")
        w("### %s vs %s" % (s["cm"], sci_name))
        w("")
        fails = [l for l in s["losses"] if l[2] == "fails"]
        more = sorted((l for l in s["losses"] if l[2] != "fails"),
                      key=lambda l: -(l[3]["f"] + l[3]["g"] - l[4]["f_evals"] - l[4]["g_evals"]))
        w("%d fails where SciPy solves, %d needing > 1.2× the f + ∇f evaluations; Curvature "
          "solves %d instance(s) SciPy does not%s." % (
              len(fails), len(more), len(s["wins"]),
              (": " + ", ".join("%s %s" % (p, st_lbl[t]) for p, t in s["wins"])) if s["wins"] else ""))
        if not s["losses"]:
            continue
        w("")
        w("| problem | start | loss | Curvature termination | Curvature f − f* | Curvature evals | "
          "SciPy evals | f+∇f ratio |")
        w("|---|---|---|---|---|---|---|---|")
        for p, t, kind, c, q in fails + more:
            cfg, qfg = c["f"] + c["g"], q["f_evals"] + q["g_evals"]
            w("| %s | %s | %s | %s | %s | %d/%d/%d | %d/%d/%d | %s |" % (
                p, st_lbl[t], kind, c["termination"], _short(c["gap"]), c["f"], c["g"], c["h"],
                q["f_evals"], q["g_evals"], q["h_evals"],
                "%.2f" % (cfg / qfg) if qfg else "–"))
    w("")
    w("## SciPy's own failures")
    w("")
    w("For reference, SciPy's unsolved instances per configuration (SciPy status / message).")
    w("")
    for label in SCIPY:
        bad = [(p, t) for t in starts for p, _, _ in problems if not sci[(label, p, t)]["solved"]]
        w("- **%s** (%d): %s" % (label, len(bad), ", ".join(
            "%s %s [%s]" % (p, st_lbl[t], _why(sci[(label, p, t)])) for p, t in bad) or "none"))
    w("")
    w("Solved by the f − f* test, but stopped by `maxiter` without meeting SciPy's own "
      "convergence test (these runs inflate SciPy's evaluation totals above):")
    w("")
    for label in SCIPY:
        slow = [(p, t) for t in starts for p, _, _ in problems if sci[(label, p, t)]["solved"]
                and _why(sci[(label, p, t)]) == "maxiter"]
        if slow:
            w("- **%s** (%d): %s" % (label, len(slow), ", ".join(
                "%s %s (%d f+∇f)" % (p, st_lbl[t], sci[(label, p, t)]["f_evals"]
                                     + sci[(label, p, t)]["g_evals"]) for p, t in slow)))
    w("")
    w("Per-run data (not committed): `%s` (SciPy) and `%s` (Curvature)." % (scipy_csv, curvature_csv))
    w("")
    with open(path, "w") as fh:
        fh.write("\n".join(L))


def _doc_header(w, title, generator, commands):
    """The report's title, what generated it, and the commands that regenerate it."""
    w("# Curvature vs SciPy on %s" % title)
    w("")
    w("Generated by `%s` (SciPy %s, NumPy %s, %s). Regenerate from the repository root with:"
      % (generator, scipy.__version__, np.__version__, time.strftime("%Y-%m-%d")))
    w("")
    w("```bash")
    for c in commands:
        w(c)
    w("```")
    w("")


def _short(gap):
    try:
        return "%.3g" % float(gap)
    except ValueError:
        return gap or "–"


def _why(q):
    if q["status"] == "exception":
        return "exception: " + q["message"][:60]
    m = q["message"].replace("|", "/")
    if "precision" in m:
        m = "precision loss"
    elif "ABNORMAL" in m:
        m = "ABNORMAL"
    elif "Maximum number of iterations" in m or "TOTAL NO. OF ITERATIONS" in m:
        m = "maxiter"
    elif "CONVERGENCE" in m or "Optimization terminated successfully" in m or "gradient test" in m:
        m = "converged elsewhere, f − f* = %s" % _short(q["f_minus_f_star"])
    return m[:60]


def run_curvature(args, methods):
    """`bin/curvature compare` on the set with these methods, into OUT/curvature; its results.csv."""
    cdir = os.path.join(args.out, "curvature")
    cmd = [os.path.join(ROOT, "bin", "curvature"), "compare", "--problems", args.set, "--starts",
           args.starts, "--methods", ",".join(methods), "--out", cdir, "--no-progress"]
    if args.time_limit:
        cmd += ["--time-limit", str(args.time_limit)]
    print("running: " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(cdir, "results.csv")


def selected(problems, args):
    """The problems named by --problems (all when it is empty)."""
    if not args.problems:
        return problems
    keep = set(args.problems.split(","))
    return [p for p in problems if p[0] in keep]


# ---------------------------------------------------------------------------------------------
# The bound-constrained set: SciPy's L-BFGS-B with the problems' boxes
# ---------------------------------------------------------------------------------------------

BOUNDED_METHODS = ["lbfgsb", "newton-trust-region"]   # Curvature's bound-honouring methods

BOUNDED_SCIPY = {
    "L-BFGS-B": dict(maxcor=10, gtol=GTOL, maxiter=MAXITER, maxfun=MAXFUN),
    "L-BFGS-B ftol=0": dict(maxcor=10, gtol=GTOL, ftol=0.0, maxiter=MAXITER, maxfun=MAXFUN),
}

BOUNDED_NOTES = {
    "L-BFGS-B": "bounds = the problem's box; maxcor=10, gtol=1e-8 (pgtol: stops when "
                "‖P(x − g) − x‖∞ ≤ 1e-8, Curvature's projected-gradient test with its default "
                "tolerance), ftol=2.2e-9 (SciPy default: also stops when the relative f-change "
                "≤ ftol), maxiter=1000, maxfun=15000 (Curvature's budgets).",
    "L-BFGS-B ftol=0": "as L-BFGS-B but ftol=0: only the projected-gradient test (or a line-search "
                       "/ precision stop ABNORMAL) ends a converging run.",
}


def projected_gradient_norm(x, g, lower, upper):
    """‖P(x − g) − x‖∞, P the projection onto [lower, upper] (Bounds.projectedGradientNorm)."""
    return float(np.max(np.abs(np.clip(x - g, lower, upper) - x))) if len(x) else 0.0


def bounded_solved(f, fstar, success, pg):
    """Solved's rule for a bound-constrained problem (dev.curvature.problems.Solved)."""
    if not math.isfinite(f):
        return False
    if not math.isfinite(fstar):
        return success
    return abs(f - fstar) <= SOLVED_TOLERANCE * max(1.0, abs(fstar)) and (success or pg <= GTOL)


def run_scipy_bounded(server, label, name, n, fstar, x0, lower, upper, scale):
    obj = Counted(server, n)
    bounds = list(zip([None if v == -math.inf else v for v in lower],
                      [None if v == math.inf else v for v in upper]))
    t0 = time.perf_counter()
    res, error = None, ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            res = minimize(obj.f, x0 * scale, method="L-BFGS-B", jac=obj.g, bounds=bounds,
                           options=dict(BOUNDED_SCIPY[label]))
        except Exception as e:  # noqa: BLE001 - recorded as a failed run
            error = "%s: %s" % (type(e).__name__, e)
    row = dict(method=label, problem=name, n=n, start=_scale(scale), f_evals=obj.nf,
               g_evals=obj.ng, h_evals=obj.nh, f_star=fstar,
               seconds="%.4f" % (time.perf_counter() - t0))
    if res is None:
        row.update(status="exception", solved=False, success=False, iterations="", f="",
                   f_minus_f_star="", grad_inf_norm="", projected_grad_inf_norm="",
                   active_bounds="", message=error)
        return row
    f = float(res.fun)
    g = server.numbers("g", res.x)   # not counted: for the report only
    pg = projected_gradient_norm(res.x, g, lower, upper)
    solved = bounded_solved(f, fstar, bool(res.success), pg)
    active = int(np.sum((res.x == lower) | (res.x == upper)))
    row.update(status="solved" if solved else "status%d" % res.status, solved=solved,
               success=bool(res.success), iterations=getattr(res, "nit", ""), f=repr(f),
               f_minus_f_star=repr(f - fstar), grad_inf_norm=repr(float(np.max(np.abs(g)))),
               projected_grad_inf_norm=repr(pg), active_bounds=active, message=str(res.message))
    return row


def read_curvature_bounded(path):
    rows = {}
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            rows[(r["method"], r["problem"], r["start"])] = dict(
                solved=r["solved"] == "true", status=r["status"],
                termination=r["termination"] or r["status"],
                f=int(r["f_evals"] or 0), g=int(r["g_evals"] or 0), h=int(r["h_evals"] or 0),
                gap=r["f_minus_f_star"], pg=r.get("projected_grad_inf_norm", ""),
                active=r.get("active_bounds", ""), message=r["message"])
    return rows


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def write_bounded_doc(path, cur, sci, problems, starts, methods, commands, curvature_csv,
                      scipy_csv):
    L = []
    w = L.append
    _doc_header(w, SET_TITLES["bounded"], "tools/scipy_compare.py --set bounded", commands)
    w("Both sides minimize the same Java objectives (`TestProblems.bounded()`, served to SciPy by "
      "`tools/ProblemServer.java`) over the same boxes, from x0 times %s. A run *solves* its "
      "problem when |f − f*| ≤ 1e-6·max(1, |f*|) with the published f* over the box **and** it "
      "converged or its projected gradient ‖P(x − ∇f) − x‖∞ is ≤ 1e-8 "
      "(`dev.curvature.problems.Solved`). Tolerances are matched on the projected gradient: "
      "SciPy's `gtol` is L-BFGS-B's pgtol, the ∞-norm of the projected gradient, as Curvature's "
      "test under bounds; both use 1e-8." % " and ".join(starts))
    w("")
    for label, note in BOUNDED_NOTES.items():
        w("- **%s**: %s" % (label, note))
    w("")
    w("## Summary")
    w("")
    total = len(problems) * len(starts)
    w("Solved counts out of %d instances. The ratio is the geometric mean over the instances both "
      "solve of (f + ∇f evaluations, Curvature ÷ SciPy); Hessian evaluations, which only "
      "Curvature's Newton methods make, are not in it (their totals are in Curvature's "
      "summary.txt)." % total)
    w("")
    w("| Curvature | solved | refused | SciPy | solved | both solved | geo-mean f+∇f ratio C/S |")
    w("|---|---|---|---|---|---|---|")
    for cm in methods:
        csolved = sum(cur[(cm, p, t)]["solved"] for p, _, _ in problems for t in starts)
        refused = sum(cur[(cm, p, t)]["status"] == "refused" for p, _, _ in problems for t in starts)
        for label in BOUNDED_SCIPY:
            ssolved = sum(sci[(label, p, t)]["solved"] for p, _, _ in problems for t in starts)
            ratios = [(cur[(cm, p, t)]["f"] + cur[(cm, p, t)]["g"])
                      / (sci[(label, p, t)]["f_evals"] + sci[(label, p, t)]["g_evals"])
                      for p, _, _ in problems for t in starts
                      if cur[(cm, p, t)]["solved"] and sci[(label, p, t)]["solved"]]
            w("| %s | %d | %d | %s | %d | %d | %s |" % (
                cm, csolved, refused, label, ssolved, len(ratios),
                "%.2f" % geometric_mean(ratios) if ratios else "–"))
    w("")
    w("## Per problem")
    w("")
    w("Each cell: status (`solved`, Curvature's termination reason, SciPy's status, or `refused`) "
      "and f + ∇f evaluations.")
    w("")
    labels = list(BOUNDED_SCIPY)
    w("| problem | n | start | f* | " + " | ".join(methods + labels) + " |")
    w("|---|---|---|---|" + "---|" * (len(methods) + len(labels)))
    for p, n, fstar in problems:
        for t in starts:
            cells = []
            for cm in methods:
                c = cur[(cm, p, t)]
                cells.append("refused" if c["status"] == "refused"
                             else "%s %d" % (c["status"], c["f"] + c["g"]))
            for label in labels:
                q = sci[(label, p, t)]
                cells.append("%s %d" % (q["status"], q["f_evals"] + q["g_evals"]))
            w("| %s | %d | %s | %.10g | %s |" % (p, n, t, fstar, " | ".join(cells)))
    w("")
    w("## Unsolved runs")
    w("")
    w("Every run that is neither solved nor refused: why it stopped, f − f* and the projected "
      "gradient ‖P(x − ∇f) − x‖∞ at the returned point.")
    w("")
    for cm in methods:
        bad = [(p, t) for p, _, _ in problems for t in starts
               if not cur[(cm, p, t)]["solved"] and cur[(cm, p, t)]["status"] != "refused"]
        w("- **%s** (%d)%s" % (cm, len(bad), ":" if bad else ""))
        for p, t in bad:
            c = cur[(cm, p, t)]
            w("  - %s ×%s: %s, f − f* = %s, ‖Pg‖∞ = %s" % (p, t, c["termination"], _short(c["gap"]),
                                                          _short(c["pg"])))
    for label in labels:
        bad = [(p, t) for p, _, _ in problems for t in starts if not sci[(label, p, t)]["solved"]]
        w("- **%s** (%d)%s" % (label, len(bad), ":" if bad else ""))
        for p, t in bad:
            q = sci[(label, p, t)]
            why = _why(q)
            gap = "" if "f − f*" in why else ", f − f* = %s" % _short(q["f_minus_f_star"])
            w("  - %s ×%s: %s%s, ‖Pg‖∞ = %s" % (p, t, why, gap,
                                                _short(q["projected_grad_inf_norm"])))
    w("")
    w("Per-run data (not committed): `%s` (SciPy) and `%s` (Curvature)." % (scipy_csv, curvature_csv))
    w("")
    with open(path, "w") as fh:
        fh.write("\n".join(L))


def bounded_main(args, starts):
    """`--set bounded`: Curvature's bound-honouring methods against SciPy's L-BFGS-B."""
    methods = args.methods.split(",") if args.methods else BOUNDED_METHODS
    commands = ["mvn -B -q -DskipTests package -pl bench -am",
                "python3 " + " ".join(["tools/scipy_compare.py"] + sys.argv[1:])]
    curvature_csv = args.curvature_csv or run_curvature(args, methods)
    cur = read_curvature_bounded(curvature_csv)
    server = ProblemServer(args.jar)
    fields = ["method", "problem", "n", "start", "status", "solved", "success", "iterations",
              "f_evals", "g_evals", "h_evals", "f", "f_star", "f_minus_f_star", "grad_inf_norm",
              "projected_grad_inf_norm", "active_bounds", "seconds", "message"]
    scipy_csv = os.path.join(args.out, "scipy.csv")
    sci = {}
    try:
        problems = selected(server.problems("bounded"), args)
        with open(scipy_csv, "w", newline="") as fh:
            out = csv.DictWriter(fh, fieldnames=fields)
            out.writeheader()
            for name, n, fstar in problems:
                x0 = server.use(name)
                lower, upper = server.bounds()
                for t in starts:
                    for label in BOUNDED_SCIPY:
                        row = run_scipy_bounded(server, label, name, n, fstar, x0, lower, upper,
                                                float(t))
                        out.writerow(row)
                        sci[(label, name, t)] = row
                fh.flush()
    finally:
        server.close()
    missing = [p for p in problems if not all((cm, p[0], t) in cur for cm in methods for t in starts)]
    if missing:
        print("note: no Curvature results for %s; left out" % ", ".join(p[0] for p in missing),
              file=sys.stderr)
        problems = [p for p in problems if p not in missing]
    write_bounded_doc(args.doc, cur, sci, problems, starts, methods, commands, curvature_csv,
                      scipy_csv)
    print("wrote %s and %s" % (scipy_csv, args.doc), file=sys.stderr)


# ---------------------------------------------------------------------------------------------

def run_all_scipy(args, starts):
    server = ProblemServer(args.jar)
    try:
        problems = selected(server.problems(args.set), args)
        fields = ["method", "problem", "n", "start", "status", "solved", "success", "iterations",
                  "f_evals", "g_evals", "h_evals", "f", "f_star", "f_minus_f_star", "grad_inf_norm",
                  "seconds", "message", "scipy_counts"]
        sci = {}
        with open(os.path.join(args.out, "scipy.csv"), "w", newline="") as fh:
            out = csv.DictWriter(fh, fieldnames=fields)
            out.writeheader()
            for name, n, fstar in problems:
                x0 = server.use(name)
                for t in starts:
                    for label in SCIPY:
                        row = run_scipy(server, label, name, n, fstar, x0, float(t))
                        out.writerow(row)
                        sci[(label, name, t)] = row
                fh.flush()
                print("scipy: %s done" % name, file=sys.stderr)
    finally:
        server.close()
    return problems, sci


def read_scipy(path, starts):
    """The rows of an earlier scipy.csv, typed as run_scipy returns them, and its problems."""
    sci, problems, seen = {}, [], set()
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            if r["start"] not in starts:
                continue
            r["solved"] = r["solved"] == "True"
            r["success"] = r["success"] == "True"
            for k in ("f_evals", "g_evals", "h_evals"):
                r[k] = int(r[k] or 0)
            r["iterations"] = int(r["iterations"]) if r["iterations"] not in ("", None) else ""
            sci[(r["method"], r["problem"], r["start"])] = r
            if r["problem"] not in seen:
                seen.add(r["problem"])
                problems.append((r["problem"], int(r["n"]), float(r["f_star"])))
    return problems, sci


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="scipy-compare-out",
                    help="directory for scipy.csv (and curvature/ when the command line is run)")
    ap.add_argument("--set", default="mgh", choices=["mgh", "cutest", "extended", "all", "bounded"],
                    help="the problem set (TestProblems.mgh(), cutest(), extended(), all(), "
                         "bounded(): the last against SciPy's L-BFGS-B with the boxes)")
    ap.add_argument("--doc", default=None,
                    help="the Markdown report to write (default OUT/scipy-comparison.md, or "
                         "OUT/scipy-comparison-SET.md for another set; give "
                         "docs/scipy-comparison.md to regenerate the tracked report)")
    ap.add_argument("--time-limit", type=float, default=None,
                    help="wall-time limit per run in seconds, on both sides (none by default)")
    ap.add_argument("--curvature-csv", help="reuse this Curvature results.csv")
    ap.add_argument("--scipy-csv", help="reuse this scipy.csv (from an earlier run) instead of "
                                        "running SciPy")
    ap.add_argument("--scipy-only", action="store_true",
                    help="run only the SciPy side and write OUT/scipy.csv (no report)")
    ap.add_argument("--jar", default=os.path.join(ROOT, "bench", "target", "curvature.jar"),
                    help="the shaded command-line jar (holds test-problems)")
    ap.add_argument("--starts", default=None,
                    help="start multiples, as curvature compare (default 1,10,100; 1 for bounded)")
    ap.add_argument("--methods", default="",
                    help="--set bounded only: Curvature's methods (default lbfgsb,newton-trust-region)")
    ap.add_argument("--problems", default="", help="comma-separated subset of the set's names (testing)")
    args = ap.parse_args()
    global TIME_LIMIT
    TIME_LIMIT = args.time_limit
    if args.doc is None:
        args.doc = os.path.join(args.out, "scipy-comparison.md" if args.set == "mgh"
                                else "scipy-comparison-%s.md" % args.set)
    if not os.path.isfile(args.jar):
        sys.exit("missing %s: build first with mvn -B -q -DskipTests package -pl bench -am" % args.jar)
    os.makedirs(args.out, exist_ok=True)
    # Check the report's path before hours of runs, not after.
    doc_dir = os.path.dirname(os.path.abspath(args.doc))
    if os.path.isdir(args.doc) or not os.path.isdir(doc_dir) or not os.access(doc_dir, os.W_OK):
        sys.exit("--doc: cannot write %s" % args.doc)
    if args.starts is None:
        args.starts = "1" if args.set == "bounded" else "1,10,100"
    starts = args.starts.split(",")
    if args.set == "bounded":
        bounded_main(args, starts)
        return
    commands = ["mvn -B -q -DskipTests package -pl bench -am",
                "python3 " + " ".join(["tools/scipy_compare.py"] + [a for a in sys.argv[1:]])
                if args.set != "mgh" else
                "python3 tools/scipy_compare.py --out /tmp/scipy-compare --doc docs/scipy-comparison.md"]

    curvature_csv = args.curvature_csv
    if args.scipy_only:
        curvature_csv = ""
    elif curvature_csv is None:
        curvature_csv = run_curvature(args, CURVATURE_METHODS)
    cur = read_curvature(curvature_csv) if curvature_csv else {}

    scipy_csv = args.scipy_csv or os.path.join(args.out, "scipy.csv")
    if args.scipy_csv:
        problems, sci = read_scipy(args.scipy_csv, starts)
        problems = selected(problems, args)
    else:
        problems, sci = run_all_scipy(args, starts)
    if args.scipy_only:
        print("wrote %s" % scipy_csv, file=sys.stderr)
        return
    missing = [p for p in problems
               if not all((cm, p[0], t) in cur for cm, _, _ in PAIRS for t in starts)]
    if missing:
        print("note: %d problem(s) without Curvature results for every paired method, left out "
              "of the report: %s" % (len(missing), ", ".join(p[0] for p in missing)), file=sys.stderr)
        problems = [p for p in problems if p not in missing]
    summaries = summarize(cur, sci, problems, starts)
    write_doc(args.doc, summaries, cur, sci, problems, starts, commands, curvature_csv,
              scipy_csv, args.set)
    print("wrote %s and %s" % (os.path.join(args.out, "scipy.csv"), args.doc), file=sys.stderr)


if __name__ == "__main__":
    main()
