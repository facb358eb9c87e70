package dev.curvature.quasinewton;

import dev.curvature.api.LineFunction;
import dev.curvature.api.LineSearch;
import dev.curvature.api.LineSearchStatus;

/**
 * Test-side weak-Wolfe search by bracketing and bisection (Lewis &amp; Overton 2013, Algorithm
 * "bisection-based weak Wolfe"): φ(α) ≤ φ(0) + c₁αφ'(0) and φ'(α) ≥ c₂φ'(0). With a small c₂ it
 * is a nearly exact search, which DFP needs.
 */
final class BisectionWolfe implements LineSearch {
    private final double c2;

    BisectionWolfe(double c2) {
        this.c2 = c2;
    }

    @Override
    public Search start() {
        return new Search() {
            private double step;
            private double value;

            @Override
            public LineSearchStatus search(LineFunction phi, double phi0, double slope0,
                    double initialStep) {
                double lo = 0;
                double hi = Double.POSITIVE_INFINITY;
                double alpha = initialStep;
                for (int i = 0; i < 100; i++) {
                    double v = phi.valueAndSlope(alpha);
                    if (!(v <= phi0 + 1e-4 * alpha * slope0)) {
                        hi = alpha;
                    } else if (phi.slope() < c2 * slope0) {
                        lo = alpha;
                    } else {
                        step = alpha;
                        value = v;
                        return LineSearchStatus.SUCCESS;
                    }
                    alpha = Double.isInfinite(hi) ? 2 * lo : 0.5 * (lo + hi);
                }
                return LineSearchStatus.MAX_EVALUATIONS;
            }

            @Override
            public double step() {
                return step;
            }

            @Override
            public double value() {
                return value;
            }
        };
    }
}
