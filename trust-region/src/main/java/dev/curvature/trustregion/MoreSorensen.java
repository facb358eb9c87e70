package dev.curvature.trustregion;

import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.linalg.DenseLinearAlgebra;
import dev.curvature.api.linalg.SymmetricEigen;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;

/**
 * The nearly exact trust-region solver of Moré &amp; Sorensen (1983) (Nocedal &amp; Wright, 2nd
 * ed., §4.3, Algorithm 4.3 and "The hard case"): find λ ≥ 0 with B + λI positive semidefinite,
 * (B + λI)p = −g and λ(Δ − ‖p‖) = 0 (N&amp;W Theorem 4.1), by a safeguarded Newton iteration on
 * φ(λ) = 1/Δ − 1/‖p(λ)‖ with Cholesky factorizations of B + λI:
 * <pre>    LLᵀ = B + λI,   (B + λI)p = −g,   Lq = p,   λ ← λ + (‖p‖/‖q‖)²·(‖p‖ − Δ)/Δ</pre>
 * (N&amp;W Algorithm 4.3; ‖q‖² = pᵀ(B + λI)⁻¹p is computed with the same factor). The
 * factorizations come from the project's dense backend through {@link CholeskyFactor}.
 *
 * <p>Safeguards (Moré–Sorensen §3): λ is kept in an interval [λ_L, λ_U] known to hold the
 * solution, initially λ_L = max(0, −minᵢ Bᵢᵢ, ‖g‖/Δ − ‖B‖₁) and λ_U = ‖g‖/Δ + ‖B‖₁; a failed
 * factorization raises λ_L to λ, a step inside the region lowers λ_U to λ; a Newton iterate
 * outside (λ_L, λ_U) is replaced by max(10⁻³λ_U, √(λ_Lλ_U)). The first λ tried is λ_L, so a
 * positive-definite B whose Newton step lies inside the region is solved exactly at λ = 0. Every
 * factorization must pass {@link CholeskyFactor}'s numerical-rank test, which is invariant to the
 * scaling of the variables: a B that is singular to working precision after equilibration
 * (κ(D⁻¹BD⁻¹) ≳ 1/(nε), D² = diag B) is treated as singular and the step regularized by λ &gt; 0,
 * while a B ill-conditioned only through badly scaled variables gives its Newton step (LAPACK's
 * {@code dpotrf}, hence SciPy's {@code trust-exact}, takes it whenever every pivot is positive).
 * Measurements: docs/defaults.md#numerical-rank-test-of-the-cholesky-factorization.
 *
 * <p>Hard case (N&amp;W §4.3, Moré–Sorensen §3): when ‖p(λ)‖ &lt; Δ at some λ &gt; 0, an
 * approximate eigenvector z of the smallest eigenvalue of B + λI is computed by three steps of
 * inverse iteration with the same Cholesky factor, and p + τz with ‖p + τz‖ = Δ (the root of
 * smaller |τ|) is a candidate; zᵀ(B + λI)z also raises λ_L to λ − zᵀ(B + λI)z.
 *
 * <p>Termination: every factorization gives a lower bound on the optimal model value,
 * m* ≥ −½(pᵀ(B + λI)p + λΔ²) (for any λ ≥ 0 with B + λI positive definite), and every candidate
 * (p inside the region, p scaled back to the boundary, or p + τz) is feasible. The solver stops
 * as soon as the best candidate has m(p̂) ≤ (1 − σ)·(that bound), which guarantees
 * m(p̂) ≤ (1 − σ)m*; this is the relative-accuracy criterion of Moré–Sorensen's §3 written as
 * one certificate. (Derivation: with H = B + λI ≻ 0 and Hp = −g, for ‖w‖ ≤ Δ,
 * m(w) = gᵀw + ½wᵀHw − ½λ‖w‖² ≥ −½pᵀHp − ½λΔ²; and m(p + τz) = ½τ²zᵀHz − ½(pᵀHp + λΔ²)
 * when ‖p + τz‖ = Δ.) Defaults: σ = 0.01 (Moré–Sorensen use 0.1; a tighter σ costs about one more
 * factorization), at most 50 factorizations; if those run out, the best candidate or the Cauchy
 * point, whichever is lower, is returned, so the Cauchy decrease always holds.
 *
 * <p>Needs B as a dense matrix: the model must be a {@link DenseCurvatureModel}. Each
 * factorization costs n³/3 flops. Immutable and thread-safe.
 */
public final class MoreSorensen implements TrustRegionSolver {
    private static final MoreSorensen DEFAULT = new MoreSorensen(0.01, 50);

    private final double accuracy;
    private final int maxFactorizations;

    private MoreSorensen(double accuracy, int maxFactorizations) {
        this.accuracy = accuracy;
        this.maxFactorizations = maxFactorizations;
    }

    /** σ = 0.01, at most 50 factorizations per solve. */
    public static MoreSorensen defaults() {
        return DEFAULT;
    }

    /** The relative accuracy σ ∈ (0, 1): the step achieves m(p) ≤ (1 − σ)·m*. */
    public MoreSorensen withAccuracy(double sigma) {
        return new MoreSorensen(Checks.openInterval(sigma, 0, 1, "accuracy"), maxFactorizations);
    }

    /** The most Cholesky factorizations per solve (≥ 1). */
    public MoreSorensen withMaxFactorizations(int max) {
        return new MoreSorensen(accuracy, Checks.positive(max, "maxFactorizations"));
    }

    /** σ: the solver stops once m(p) ≤ (1 − σ)·m* is certified. */
    public double accuracy() {
        return accuracy;
    }

    /** The most Cholesky factorizations per solve. */
    public int maxFactorizations() {
        return maxFactorizations;
    }

    /**
     * @throws IllegalArgumentException when {@code model} is not a {@link DenseCurvatureModel}
     */
    @Override
    public State start(CurvatureModel model, int n) {
        Checks.notNull(model, "model");
        if (!(model instanceof DenseCurvatureModel dense)) {
            throw new IllegalArgumentException("model: MoreSorensen needs a DenseCurvatureModel, got "
                    + model.getClass().getName());
        }
        return new Solve(dense, n, accuracy, maxFactorizations);
    }

    /** Moré–Sorensen factors B + λI: it needs the model's dense matrix. */
    @Override
    public boolean needsDenseMatrix() {
        return true;
    }

    @Override
    public String toString() {
        return "MoreSorensen[accuracy=" + accuracy + ", maxFactorizations=" + maxFactorizations + "]";
    }

    private static final class Solve implements State {
        private static final int INVERSE_ITERATIONS = 3;

        private final DenseCurvatureModel model;
        private final double accuracy;
        private final int maxFactorizations;
        private final CholeskyFactor cholesky;
        private final double[] p;
        private final double[] q;
        private final double[] z;
        private final double[] work;
        private final double[] best;
        private final double[] seed;
        private final double[] roots = new double[2];
        private double bestValue;
        /** Allocated at the first stationary point. */
        private SymmetricEigen eigen;
        /** zᵀ(B + λI)z for the last hard-case vector z (‖z‖ = 1). */
        private double zHz;

        Solve(DenseCurvatureModel model, int n, double accuracy, int maxFactorizations) {
            this.model = model;
            this.accuracy = accuracy;
            this.maxFactorizations = maxFactorizations;
            this.cholesky = new CholeskyFactor(n);
            this.p = new double[n];
            this.q = new double[n];
            this.z = new double[n];
            this.work = new double[n];
            this.best = new double[n];
            this.seed = new double[n];
            // A fixed start for inverse iteration with no special structure (so it is not
            // orthogonal to an eigenvector of a structured B): golden-ratio fractional parts.
            double golden = 0.5 * (Math.sqrt(5) - 1);
            for (int i = 0; i < n; i++) {
                double frac = ((i + 1) * golden) % 1.0;
                seed[i] = 0.5 + frac;
            }
        }

        @Override
        public double solve(double[] x, double[] g, double radius, double[] out) {
            DMatrixRMaj b = model.matrix(x, g);
            if (!Vectors.allFinite(b.data)) {
                return Double.NaN;
            }
            int n = g.length;
            double gNorm = Vectors.norm2(g);
            if (gNorm == 0) {
                return stationary(x, g, b, radius, out);
            }
            double bNorm = 0; // ‖B‖₁ (= ‖B‖∞ for symmetric B) ≥ ‖B‖₂
            double minDiagonal = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double column = 0;
                for (int i = 0; i < n; i++) {
                    column += Math.abs(b.data[i * n + j]);
                }
                bNorm = Math.max(bNorm, column);
                minDiagonal = Math.min(minDiagonal, b.data[j * n + j]);
            }
            double lower = Math.max(0, Math.max(-minDiagonal, gNorm / radius - bNorm));
            double upper = gNorm / radius + bNorm;
            double delta2 = radius * radius;
            bestValue = Double.POSITIVE_INFINITY;
            double lambda = lower;
            for (int it = 0; it < maxFactorizations; it++) {
                if (!cholesky.factor(b, lambda)) {
                    lower = Math.max(lower, lambda);
                    if (!(upper > lower)) {
                        break;
                    }
                    lambda = safeguard(lower, upper);
                    continue;
                }
                cholesky.solveNegated(g, p);
                double pNorm = Vectors.norm2(p);
                if (lambda == 0 && pNorm <= radius) { // interior Newton step: exact
                    Vectors.copy(p, out);
                    return Subproblems.modelValue(model, x, g, out, work);
                }
                double pHp = -Vectors.dot(g, p); // pᵀ(B + λI)p
                double bound = -0.5 * (pHp + lambda * delta2); // ≤ m*
                if (pNorm <= radius) {
                    upper = Math.min(upper, lambda);
                    offer(p, 1, -0.5 * (pHp + lambda * pNorm * pNorm));
                    hardCaseCandidate(b, lambda, radius, pHp, delta2);
                    lower = Math.max(lower, lambda - zHz);
                } else {
                    lower = Math.max(lower, lambda);
                    double t = radius / pNorm;
                    offer(p, t, -t * pHp + 0.5 * t * t * (pHp - lambda * pNorm * pNorm));
                }
                if (bestValue <= (1 - accuracy) * bound) {
                    break;
                }
                cholesky.solve(p, q); // ‖L⁻¹p‖² = pᵀ(B + λI)⁻¹p
                double qq = Vectors.dot(p, q);
                double next = lambda + pNorm * pNorm / qq * (pNorm - radius) / radius;
                if (!(upper > lower)) {
                    break;
                }
                lambda = next > lower && next < upper ? next : safeguard(lower, upper);
            }
            return finish(x, g, radius, out);
        }

        /**
         * g = 0 (a stationary point, the purest hard case): p = 0 when B is positive
         * semidefinite, else Δ times a unit eigenvector of B's smallest eigenvalue, the model's
         * global minimizer on the ball (N&amp;W §4.3, the hard case with g ⊥ every eigenvector).
         */
        private double stationary(double[] x, double[] g, DMatrixRMaj b, double radius,
                double[] out) {
            if (eigen == null) {
                eigen = DenseLinearAlgebra.forDimension(g.length).eigen(g.length);
            }
            if (!eigen.decompose(b) || !(eigen.eigenvalue(0) < 0)) {
                java.util.Arrays.fill(out, 0);
                return 0;
            }
            DMatrixRMaj vectors = eigen.eigenvectors();
            for (int i = 0; i < g.length; i++) {
                out[i] = radius * vectors.unsafe_get(i, 0);
            }
            return Subproblems.modelValue(model, x, g, out, work);
        }

        /**
         * Inverse iteration for the eigenvector z of the smallest eigenvalue of B + λI (with the
         * current factor), then the candidate p + τz on the boundary. Sets {@link #zHz}.
         */
        private void hardCaseCandidate(DMatrixRMaj b, double lambda, double radius, double pHp,
                double delta2) {
            Vectors.copy(seed, z);
            for (int k = 0; k < INVERSE_ITERATIONS; k++) {
                cholesky.solve(z, z);
                double norm = Vectors.norm2(z);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    zHz = Double.POSITIVE_INFINITY;
                    return;
                }
                Vectors.scale(1 / norm, z);
            }
            Vectors.multiply(b, z, work);
            zHz = Math.max(0, Vectors.dot(z, work) + lambda);
            Subproblems.boundaryRoots(p, z, radius, roots);
            double tau = Math.abs(roots[0]) < Math.abs(roots[1]) ? roots[0] : roots[1];
            double value = 0.5 * tau * tau * zHz - 0.5 * (pHp + lambda * delta2);
            if (value < bestValue) {
                bestValue = value;
                Vectors.addScaled(p, tau, z, best);
            }
        }

        /** Keeps t·v as the best candidate when its model value beats the best so far. */
        private void offer(double[] v, double t, double value) {
            if (value < bestValue) {
                bestValue = value;
                Vectors.scale(t, v, best);
            }
        }

        private static double safeguard(double lower, double upper) {
            return Math.max(1e-3 * upper, Math.sqrt(lower * upper));
        }

        /** The best candidate, or the Cauchy point when that is lower (or there is none). */
        private double finish(double[] x, double[] g, double radius, double[] out) {
            double value = Double.POSITIVE_INFINITY;
            if (bestValue < Double.POSITIVE_INFINITY) {
                Vectors.copy(best, out);
                value = Subproblems.modelValue(model, x, g, out, work);
            }
            if (Vectors.norm2(g) == 0) { // no Cauchy point; g = 0 never reaches a trust region
                if (!(value <= 0)) {
                    java.util.Arrays.fill(out, 0.0);
                    value = 0;
                }
                return value;
            }
            model.multiply(x, g, g, work);
            double gBg = Vectors.dot(g, work);
            double cauchy = Subproblems.cauchyPoint(g, gBg, radius, q);
            if (!(value <= cauchy)) {
                Vectors.copy(q, out);
                return cauchy;
            }
            return value;
        }
    }
}
