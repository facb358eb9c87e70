package dev.curvature.newton;

import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;

/**
 * Cholesky with added multiple of the identity (Nocedal &amp; Wright, 2nd ed., Algorithm 3.3): find
 * τ ≥ 0 such that H + τI is positive definite, starting from τ₀ = 0 when min hᵢᵢ &gt; 0 and
 * τ₀ = −2·min hᵢᵢ + β otherwise, then τ ← max(2τ, β) after each failed factorization. N&amp;W start
 * from −min hᵢᵢ + β; since λ_min ≤ min hᵢᵢ, that start succeeds exactly when it lands within β of
 * −λ_min — for a diagonal H always — and leaves H + τI with smallest eigenvalue β, so the step
 * along the most negative curvature is 1/β times too long and the line search spends its trials
 * cutting it back. Twice the most negative diagonal entry instead gives that direction the
 * curvature |hᵢᵢ| of a diagonal H: the absolute-value modification of Greenstadt (1967) and of
 * saddle-free Newton (Dauphin et al. 2014) along it. N&amp;W suggest β = 10⁻³ for a well-scaled
 * H; here β = 10⁻⁸·‖H‖_F (10⁻⁸ when H = 0), so that the shift is invariant to the scale of f.
 * The final shift lies in [β, 2·max(β, −λ_min) + β]: a β large against |λ_min| would shrink
 * every step along a direction of slight negative curvature (measurements:
 * docs/defaults.md#added-identity-shift). The factorization is the dense backend's Cholesky
 * ({@link CholeskyFactor}: EJML by default, OpenBLAS for large n when the native-lapack module
 * is present); one that succeeds but is numerically singular counts as a failure. Gives up
 * (non-finite) after {@code maxAttempts} factorizations (default 64).
 */
public final class AddedIdentity implements HessianModification {
    private static final AddedIdentity DEFAULT = new AddedIdentity(1e-8, 64);

    private final double beta;
    private final int maxAttempts;

    private AddedIdentity(double beta, int maxAttempts) {
        this.beta = beta;
        this.maxAttempts = maxAttempts;
    }

    /** β = 10⁻⁸ (relative to ‖H‖_F), at most 64 factorizations. */
    public static AddedIdentity defaults() {
        return DEFAULT;
    }

    /** The relative shift β &gt; 0. */
    public AddedIdentity withBeta(double beta) {
        return new AddedIdentity(Checks.positive(beta, "beta"), maxAttempts);
    }

    /** The factorization limit per step, ≥ 1. */
    public AddedIdentity withMaxAttempts(int maxAttempts) {
        return new AddedIdentity(beta, Checks.positive(maxAttempts, "maxAttempts"));
    }

    @Override
    public State start(int n) {
        CholeskyFactor cholesky = new CholeskyFactor(n);
        return (hessian, g, p) -> {
            double frobenius = Vectors.norm2(hessian.data);
            double minDiagonal = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minDiagonal = Math.min(minDiagonal, hessian.get(i, i));
            }
            double shift = frobenius > 0 ? beta * frobenius : beta;
            double tau = minDiagonal > 0 ? 0 : -2 * minDiagonal + shift;
            for (int attempt = 0; attempt < maxAttempts; attempt++) {
                if (cholesky.factor(hessian, tau)) {
                    cholesky.solveNegated(g, p);
                    return DirectionStatus.OK;
                }
                tau = Math.max(2 * tau, shift);
            }
            return DirectionStatus.NON_FINITE;
        };
    }

    @Override
    public String toString() {
        return "AddedIdentity[beta=" + beta + "]";
    }
}
