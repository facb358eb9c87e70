package dev.curvature.linesearch;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;

/**
 * The full step of pure Newton's method (Nocedal &amp; Wright §3.3, "Newton's method"): accepts the
 * initial step α₀ (normally 1) without any decrease test, even along an ascent direction. Only a
 * non-finite φ(α) or slope makes it halve α, up to {@code maxEvaluations} times (default 30).
 * Evaluates value and gradient together, since the point is always accepted.
 */
public final class UnitStep implements LineSearch {
    private static final UnitStep DEFAULT = new UnitStep(30);

    private final int maxEvaluations;

    private UnitStep(int maxEvaluations) {
        this.maxEvaluations = maxEvaluations;
    }

    /** The unit step with at most 30 halvings on non-finite values. */
    public static UnitStep defaults() {
        return DEFAULT;
    }

    /** Maximum evaluations per step, ≥ 1. */
    public UnitStep withMaxEvaluations(int max) {
        return new UnitStep(Checks.positive(max, "maxEvaluations"));
    }

    @Override
    public boolean requiresDescent() {
        return false;
    }

    @Override
    public State start() {
        return new SearchState() {

            @Override
            public LineSearchStatus search(LineFunction phi, double phi0, double slope0,
                    double initialStep) {
                double alpha = initialStep;
                for (int i = 0; i < maxEvaluations; i++) {
                    double v = phi.valueAndSlope(alpha);
                    if (Double.isFinite(v) && Double.isFinite(phi.slope())) {
                        step = alpha;
                        value = v;
                        return LineSearchStatus.SUCCESS;
                    }
                    alpha *= 0.5;
                }
                return LineSearchStatus.NON_FINITE;
            }

        };
    }

    @Override
    public String toString() {
        return "UnitStep";
    }
}
