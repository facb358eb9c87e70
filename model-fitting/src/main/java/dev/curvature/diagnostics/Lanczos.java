package dev.curvature.diagnostics;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.Vectors;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The k smallest and k largest eigenvalues of a symmetric operator known only through products
 * A·v — a Hessian through Hessian-vector products, at dimensions far beyond dense reach — by the
 * symmetric Lanczos process with full reorthogonalization (Golub &amp; Van Loan, <i>Matrix
 * Computations</i>, 4th ed., §10.1, Algorithm 10.1.1, and §10.3 on reorthogonalization).
 *
 * <p>Algorithm: from a pseudo-random unit start vector q₁ (seeded, so runs are reproducible),
 * build the orthonormal Krylov basis Q_j = [q₁ … q_j] and the tridiagonal T_j = Q_jᵀAQ_j by the
 * three-term recurrence βⱼq_{j+1} = Aqⱼ − αⱼqⱼ − β_{j−1}q_{j−1}. Each new vector is
 * reorthogonalized against all previous ones by classical Gram–Schmidt applied twice ("twice is
 * enough", Giraud, Langou &amp; Rozložník 2005), which keeps Q_j orthonormal to working precision
 * and so avoids the spurious copies of converged Ritz values that plain Lanczos produces
 * (GvL §10.3). Every few steps the tridiagonal eigenproblem T_j = SΘSᵀ is solved with EJML's
 * symmetric QR algorithm; each Ritz value θᵢ has the residual bound ‖Ayᵢ − θᵢyᵢ‖ = |βⱼ|·|s_{j,i}|
 * (GvL §10.1), which bounds the distance from θᵢ to the spectrum. The run stops when the bound
 * of every one of the k smallest and k largest Ritz values is at most
 * {@code tolerance}·max|θ|, when the Krylov dimension reaches n (then T_n is similar to A and the
 * values are exact up to rounding), or at {@code maxDimension} (reported as not converged).
 *
 * <p>Breakdown (βⱼ ≈ 0: the Krylov space is invariant) restarts the process with a fresh random
 * vector orthogonal to the basis, so repeated eigenvalues can still be found; being a
 * single-vector method, Lanczos may nevertheless report a repeated eigenvalue fewer times than its
 * multiplicity. Ritz values converge to extreme eigenvalues from the inside; as with every Krylov
 * method, an eigenvalue whose eigenvector is (nearly) orthogonal to the start vector can be
 * missed.
 *
 * <p>Cost: one product per step, O(n·j) work per step for the reorthogonalization, O(j³) per Ritz
 * check (checks are spaced so that their total is a small multiple of the last one), and n·j
 * doubles for the basis — allocated one vector per step as the basis grows; nothing else is
 * allocated per step. Immutable and thread-safe; each call runs independently.
 */
public final class Lanczos {
    private static final Lanczos DEFAULT = new Lanczos(1e-10, 300, 0x1A9C205L);
    /** βⱼ below this times the estimate of ‖A‖ counts as breakdown (an invariant subspace). */
    private static final double BREAKDOWN = 1e-12;

    private final double tolerance;
    private final int maxDimension;
    private final long seed;

    private Lanczos(double tolerance, int maxDimension, long seed) {
        this.tolerance = tolerance;
        this.maxDimension = maxDimension;
        this.seed = seed;
    }

    /**
     * Tolerance 10⁻¹⁰ on the residual bounds relative to the largest |Ritz value|, at most 300
     * Lanczos vectors, a fixed seed.
     */
    public static Lanczos defaults() {
        return DEFAULT;
    }

    /** The relative tolerance on the residual bounds, in (0, 1). */
    public Lanczos withTolerance(double tolerance) {
        return new Lanczos(Checks.openInterval(tolerance, 0, 1, "tolerance"), maxDimension, seed);
    }

    /** The largest Krylov dimension (basis vectors stored), ≥ 1. */
    public Lanczos withMaxDimension(int maxDimension) {
        return new Lanczos(tolerance, Checks.positive(maxDimension, "maxDimension"), seed);
    }

    /** The seed of the pseudo-random start vector. */
    public Lanczos withSeed(long seed) {
        return new Lanczos(tolerance, maxDimension, seed);
    }

    /** The relative tolerance on the residual bounds. */
    public double tolerance() {
        return tolerance;
    }

    /** The largest Krylov dimension. */
    public int maxDimension() {
        return maxDimension;
    }

    /**
     * The k smallest and k largest eigenvalues of {@code operator} (min(k, n) of each).
     *
     * @param operator a symmetric operator
     * @param k how many at each end, ≥ 1
     * @throws IllegalArgumentException for a null operator, a dimension below 1 or k below 1
     * @throws IllegalStateException when the operator returns a non-finite product
     */
    public ExtremeEigenvalues extremes(SymmetricOperator operator, int k) {
        Checks.notNull(operator, "operator");
        Checks.positive(operator.dimension(), "operator.dimension()");
        Checks.positive(k, "k");
        return new Run(operator, k).execute();
    }

    /**
     * The k smallest and k largest eigenvalues of ∇²f(x), from Hessian-vector products only.
     *
     * @see SymmetricOperator#hessianAt(TwiceDifferentiable, double[])
     */
    public ExtremeEigenvalues extremes(TwiceDifferentiable f, double[] x, int k) {
        return extremes(SymmetricOperator.hessianAt(f, x), k);
    }

    @Override
    public String toString() {
        return "Lanczos[tolerance=" + tolerance + ", maxDimension=" + maxDimension + "]";
    }

    /** One call: the basis, the recurrence coefficients and the Ritz work. */
    private final class Run {
        private final SymmetricOperator a;
        private final int n;
        private final int m;
        private final int k;
        private final double[][] basis;
        private final double[] alpha;
        private final double[] beta;
        private final double[] w;
        private final DMatrixRMaj t;
        private final EigenDecomposition_F64<DMatrixRMaj> eig;
        private final SplittableRandom random = new SplittableRandom(seed);
        private final double[] theta;
        private final double[] lastComponent;
        private final Integer[] order;
        private int products;
        private double normEstimate;

        Run(SymmetricOperator a, int k) {
            this.a = a;
            this.n = a.dimension();
            this.m = Math.min(n, maxDimension);
            this.k = Math.min(k, n);
            this.basis = new double[m][];
            this.alpha = new double[m];
            this.beta = new double[m];
            this.w = new double[n];
            this.t = new DMatrixRMaj(m, m);
            this.eig = DecompositionFactory_DDRM.eig(m, true, true);
            this.theta = new double[m];
            this.lastComponent = new double[m];
            this.order = new Integer[m];
        }

        ExtremeEigenvalues execute() {
            basis[0] = randomUnitOrthogonalTo(0);
            int lastCheck = 0;
            boolean justRestarted = false;
            ExtremeEigenvalues result = null;
            for (int j = 0; j < m; j++) {
                double[] q = basis[j];
                a.multiply(q, w);
                products++;
                if (!Vectors.allFinite(w)) {
                    throw new IllegalStateException("the operator returned a non-finite product at"
                            + " Lanczos step " + (j + 1));
                }
                double aj = Vectors.dot(q, w);
                alpha[j] = aj;
                Vectors.axpy(-aj, q, w);
                if (j > 0) {
                    Vectors.axpy(-beta[j - 1], basis[j - 1], w);
                }
                reorthogonalize(w, j + 1);
                double b = Vectors.norm2(w);
                int d = j + 1;
                normEstimate = Math.max(normEstimate, Math.abs(aj) + b + (j > 0 ? beta[j - 1] : 0));
                boolean last = d == m;
                boolean breakdown = !last && b <= BREAKDOWN * normEstimate;
                beta[j] = breakdown ? 0 : b;
                boolean due = d >= k && d - lastCheck >= Math.max(5, d / 10);
                if (last || (due && !breakdown && !justRestarted)) {
                    lastCheck = d;
                    result = ritz(d);
                    if (result.converged() || last) {
                        return result;
                    }
                }
                justRestarted = false;
                if (breakdown) {
                    basis[d] = randomUnitOrthogonalTo(d);
                    beta[j] = 0;
                    justRestarted = true;
                } else {
                    double[] next = new double[n];
                    Vectors.scale(1 / b, w, next);
                    basis[d] = next;
                }
            }
            throw new AssertionError("unreachable: the loop returns at d = m");
        }

        /** w ← (I − QQᵀ)w twice, Q = the first {@code count} basis vectors. */
        private void reorthogonalize(double[] v, int count) {
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < count; i++) {
                    Vectors.axpy(-Vectors.dot(basis[i], v), basis[i], v);
                }
            }
        }

        /** A pseudo-random unit vector orthogonal to the first {@code count} basis vectors. */
        private double[] randomUnitOrthogonalTo(int count) {
            double[] v = new double[n];
            for (int attempt = 0; attempt < 8; attempt++) {
                for (int i = 0; i < n; i++) {
                    v[i] = 2 * random.nextDouble() - 1;
                }
                double before = Vectors.norm2(v);
                reorthogonalize(v, count);
                double after = Vectors.norm2(v);
                if (after > 1e-8 * before) {
                    Vectors.scale(1 / after, v);
                    return v;
                }
            }
            throw new IllegalStateException("no start vector independent of the Krylov basis of "
                    + "dimension " + count + " < n = " + n);
        }

        /** Ritz values of T_d and their bounds; the k extreme ones at each end. */
        private ExtremeEigenvalues ritz(int d) {
            t.reshape(d, d);
            Arrays.fill(t.data, 0, d * d, 0.0);
            for (int i = 0; i < d; i++) {
                t.unsafe_set(i, i, alpha[i]);
                if (i + 1 < d) {
                    t.unsafe_set(i, i + 1, beta[i]);
                    t.unsafe_set(i + 1, i, beta[i]);
                }
            }
            if (!eig.decompose(t)) {
                throw new IllegalStateException("EJML's symmetric QR algorithm did not converge on"
                        + " the " + d + "×" + d + " Lanczos tridiagonal");
            }
            for (int i = 0; i < d; i++) {
                order[i] = i;
                theta[i] = eig.getEigenvalue(i).real;
                lastComponent[i] = eig.getEigenVector(i).get(d - 1, 0);
            }
            Arrays.sort(order, 0, d, (x, y) -> Double.compare(theta[x], theta[y]));
            double coupling = Math.abs(beta[d - 1]);
            double scale = Math.max(Math.abs(theta[order[0]]), Math.abs(theta[order[d - 1]]));
            double allowed = tolerance * scale;
            int count = Math.min(k, d);
            double[] small = new double[count];
            double[] smallBounds = new double[count];
            double[] large = new double[count];
            double[] largeBounds = new double[count];
            boolean converged = d >= k;
            for (int i = 0; i < count; i++) {
                int lo = order[i];
                int hi = order[d - 1 - i];
                small[i] = theta[lo];
                smallBounds[i] = coupling * Math.abs(lastComponent[lo]);
                large[i] = theta[hi];
                largeBounds[i] = coupling * Math.abs(lastComponent[hi]);
                converged &= smallBounds[i] <= allowed && largeBounds[i] <= allowed;
            }
            return new ExtremeEigenvalues(small, smallBounds, large, largeBounds, d, products,
                    converged || d == n);
        }
    }
}
