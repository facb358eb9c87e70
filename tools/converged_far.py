#!/usr/bin/env python3
"""Counts the runs of a `curvature compare` results.csv that end converged() (GRADIENT_TOLERANCE,
VALUE_TOLERANCE, STEP_TOLERANCE) with ‖∇f‖∞ above 10³ times the gradient tolerance (the methods'
default 1e-8 unless --tolerance says otherwise): issue 22's count of false "converged" stops,
whose goal is 0. Lists each such run, then the count per file.

    python3 tools/converged_far.py DIR/results.csv [MORE.csv ...] [--tolerance 1e-8]
"""
import argparse
import csv

CONVERGED = {"GRADIENT_TOLERANCE", "VALUE_TOLERANCE", "STEP_TOLERANCE"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", nargs="+", help="results.csv of `curvature compare`")
    ap.add_argument("--tolerance", type=float, default=1e-8, help="the gradient tolerance")
    args = ap.parse_args()
    for path in args.csv:
        runs = far = 0
        with open(path, newline="") as fh:
            for r in csv.DictReader(fh):
                runs += 1
                if r["termination"] in CONVERGED and float(r["grad_inf_norm"]) > 1e3 * args.tolerance:
                    far += 1
                    print("  %s %s n=%s start=%s %s ‖g‖∞=%s" % (r["method"], r["problem"], r["n"],
                                                            r["start"], r["termination"], r["grad_inf_norm"]))
        print("%s: %d runs, %d converged with ‖g‖∞ > 1e3 × %g" % (path, runs, far, args.tolerance))


if __name__ == "__main__":
    main()
