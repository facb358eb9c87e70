package dev.curvature.api;

/**
 * Optional interface of an {@link Objective} that can estimate the rounding noise of its value:
 * the absolute error ε_f with which f(x) is computed. A sum of many terms is computed with an
 * error near ε·Σ|termᵢ| (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed.,
 * §4.2), far above ε|f| when the terms cancel or are many; a likelihood or a least-squares sum
 * can return that bound from one pass over its terms.
 *
 * <p>The driver asks for it only when a run has reached a point where no decrease seems
 * measurable, to decide whether that is f's precision limit (a converged run) or a stall; without
 * this interface it assumes ε_f = 10ε|f|.
 */
public interface ValueNoise {

    /**
     * An estimate of the absolute rounding error of f(x), ≥ 0 (e.g. ε·Σ|termᵢ|).
     *
     * @param x the point (do not modify)
     */
    double valueNoise(double[] x);
}
