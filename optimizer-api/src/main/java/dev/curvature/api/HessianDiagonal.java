package dev.curvature.api;

import dev.curvature.api.spi.CountingObjective;

/**
 * An optional capability of an {@link Objective}: the diagonal of its Hessian, diag(∇²f(x)),
 * without forming the Hessian. Matrix-free methods use it as a Jacobi (diagonal) preconditioner,
 * e.g. the preconditioned CG inside truncated Newton (Nocedal &amp; Wright, 2nd ed., §5.1
 * Algorithm 5.3 and §7.1; Nash 1985, "Preconditioning of truncated-Newton methods", SIAM J. Sci.
 * Stat. Comput. 6:599).
 *
 * <p>Contract: writes n finite numbers into {@code out}. They may be <em>approximate</em> (a
 * Gauss–Newton diagonal, an estimate, the diagonal at a nearby point): a preconditioner only
 * changes how fast CG converges, never the point it converges to, and users floor the entries
 * to keep the preconditioner positive definite. An objective that evaluates f and ∇f in one
 * expensive pass over data should compute the diagonal in the same pass and keep it with the
 * last point, so that asking for it right after {@code valueAndGradient} at the same x costs
 * nothing. Objectives that implement this interface are recognized by
 * {@link CountingObjective#hasHessianDiagonal()}, which counts each call as one Hessian
 * evaluation.
 */
@FunctionalInterface
public interface HessianDiagonal {

    /**
     * Writes diag(∇²f(x)) (or an approximation of it; see the type's contract) into {@code out}.
     *
     * @param x the point (do not modify)
     * @param out receives the n diagonal entries
     */
    void hessianDiagonal(double[] x, double[] out);

    /**
     * The floor of {@link #invertForPreconditioning}'s entries, as a fraction of the mean
     * |diagonal|: it bounds the condition number of the resulting diagonal by n/10⁻⁶.
     */
    double FLOOR = 1e-6;

    /**
     * Turns a Hessian diagonal, in place, into the entries of a positive definite diagonal
     * preconditioner's inverse: mᵢ = max(|hᵢᵢ|, {@value #FLOOR}·mean|h|), then 1/mᵢ. The
     * magnitude keeps each variable's scale away from a minimizer, where entries may be zero or
     * negative; the floor keeps M⁻¹ from amplifying a coordinate without bound.
     *
     * @param entries the diagonal on entry, M⁻¹'s entries on return (unchanged on false)
     * @return false when an entry is not finite, all are zero, or the floor is so small that its
     *     reciprocal overflows: then use no scaling (M = I)
     */
    static boolean invertForPreconditioning(double[] entries) {
        double mean = 0;
        for (double h : entries) {
            mean += Math.abs(h) / entries.length; // (divided first: no overflow of the sum)
        }
        double floor = FLOOR * mean;
        if (!(floor > 0) || !Double.isFinite(floor) || !Double.isFinite(1 / floor)) {
            return false;
        }
        for (int i = 0; i < entries.length; i++) {
            entries[i] = 1 / Math.max(Math.abs(entries[i]), floor);
        }
        return true;
    }
}
