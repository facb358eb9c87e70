package dev.curvature.diagnostics;

/**
 * The kind of stationary point a Hessian describes, by the second-order conditions (Nocedal &amp;
 * Wright, 2nd ed., Theorems 2.3 and 2.4): read at a point where ∇f = 0, the inertia of ∇²f decides
 * what the point is whenever no eigenvalue is (numerically) zero.
 */
public enum CriticalPoint {
    /** Every eigenvalue positive: a strict local minimizer (second-order sufficient conditions). */
    MINIMUM,
    /** Every eigenvalue negative: a strict local maximizer. */
    MAXIMUM,
    /**
     * Eigenvalues of both signs: a saddle point, whatever the zero eigenvalues (the necessary
     * conditions for a minimizer and for a maximizer both fail).
     */
    SADDLE,
    /**
     * A zero eigenvalue and no sign conflict (positive and zero, negative and zero, or all zero):
     * the second-order test is inconclusive; higher-order terms decide.
     */
    DEGENERATE
}
