package dev.curvature.quasinewton;

import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;

/**
 * The exact line search for a quadratic: φ is a parabola, so α* = −φ'(0)/(φ'(1) − φ'(0)) =
 * −gᵀp/(pᵀAp) from one extra slope (the secant on φ', exact for quadratics and free of the
 * cancellation in φ(1) − φ(0) − φ'(0)). Test-side only.
 */
final class ExactQuadraticLineSearch implements LineSearch {
    /** φ'(α*) = 0 on a quadratic: the curvature condition holds with any c₂. */
    @Override
    public boolean enforcesCurvatureCondition() {
        return true;
    }

    @Override
    public State start() {
        return new State() {
            private double step;
            private double value;

            @Override
            public LineSearchStatus search(LineFunction phi, double phi0, double slope0,
                    double initialStep) {
                if (!(slope0 < 0)) {
                    return LineSearchStatus.NOT_DESCENT;
                }
                phi.valueAndSlope(1.0);
                double curvature = phi.slope() - slope0; // pᵀAp
                if (!(curvature > 0)) {
                    return LineSearchStatus.NOT_DESCENT;
                }
                step = -slope0 / curvature;
                value = phi.valueAndSlope(step);
                return LineSearchStatus.SUCCESS;
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
