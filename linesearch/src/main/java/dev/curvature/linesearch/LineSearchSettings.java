package dev.curvature.linesearch;

/**
 * The settings every line search of this module shares, in one vocabulary (Nocedal &amp; Wright,
 * 2nd ed., ch. 3): the sufficient-decrease constant c₁ (Armijo, (3.6a)), the curvature constant
 * c₂ ((3.7b), strong Wolfe), the relative interval width below which a bracketing search gives
 * up, the bounds on a trial step and the evaluation limit per search. A search that does not use
 * a setting holds NaN for it and refuses to be configured with it.
 *
 * @param c1 sufficient-decrease constant c₁ ∈ (0, 1) (Moré–Thuente's μ, {@code ftol}; Hager–Zhang's δ)
 * @param c2 curvature constant c₂ ∈ [c₁, 1) (Moré–Thuente's η, {@code gtol}; Hager–Zhang's σ), or NaN
 * @param intervalTolerance relative bracket width (≥ 0) at which a search gives up ({@code xtol}), or NaN
 * @param minStep the smallest trial step (≥ 0)
 * @param maxStep the largest trial step (&gt; minStep, finite or +∞)
 * @param maxEvaluations evaluations of φ per search (≥ 1)
 */
public record LineSearchSettings(double c1, double c2, double intervalTolerance, double minStep,
        double maxStep, int maxEvaluations) {

    /** Checks each value and the one relation between them, c₁ ≤ c₂ (N&amp;W Lemma 3.1). */
    public LineSearchSettings {
        if (!(c1 > 0 && c1 < 1)) {
            throw new IllegalArgumentException("c1 must lie in (0, 1), was " + c1);
        }
        if (!Double.isNaN(c2)) {
            if (!(c2 > 0 && c2 < 1)) {
                throw new IllegalArgumentException("c2 must lie in (0, 1), was " + c2);
            }
            if (c1 > c2) {
                throw new IllegalArgumentException("c1 must not exceed c2 (N&W Lemma 3.1 needs"
                        + " 0 < c1 < c2 < 1): " + c1 + " > " + c2);
            }
        }
        if (!Double.isNaN(intervalTolerance) && !(intervalTolerance >= 0)) {
            throw new IllegalArgumentException("intervalTolerance must be ≥ 0, was "
                    + intervalTolerance);
        }
        if (!(minStep >= 0) || Double.isInfinite(minStep)) {
            throw new IllegalArgumentException("minStep must be finite and ≥ 0, was " + minStep);
        }
        if (!(maxStep > minStep)) {
            throw new IllegalArgumentException("maxStep must exceed minStep " + minStep + ", was "
                    + maxStep);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be ≥ 1, was " + maxEvaluations);
        }
    }
}
