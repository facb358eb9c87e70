package dev.curvature.quasinewton;

/**
 * The safeguard on the curvature condition sᵀy &gt; 0 shared by the BFGS-family updates
 * (Nocedal &amp; Wright, 2nd ed., (6.7) and the discussion after Algorithm 6.1): a pair is used
 * only when sᵀy &gt; ε‖s‖‖y‖, i.e. when the angle between s and y is safely below 90°, which
 * keeps H_k positive definite and ρ = 1/sᵀy bounded. An Armijo backtracking search does not
 * enforce sᵀy &gt; 0 (a Wolfe search does), so with it pairs are sometimes skipped.
 */
final class CurvatureCondition {
    /** The default ε: 10⁻⁸ (LBFGSpp and Liu–Nocedal's L-BFGS use tests of this size). */
    static final double DEFAULT_TOLERANCE = 1e-8;

    private CurvatureCondition() {
    }

    /** True when sᵀy &gt; ε‖s‖₂‖y‖₂ (false for NaN). */
    static boolean holds(double sy, double sNorm, double yNorm, double tolerance) {
        return sy > tolerance * sNorm * yNorm && Double.isFinite(sy);
    }

    /** Requires ε ∈ [0, 1). */
    static double checkTolerance(double tolerance, String name) {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1), was " + tolerance);
        }
        return tolerance;
    }
}
