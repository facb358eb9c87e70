package dev.curvature.diagnostics;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.linalg.Inertia;
import dev.curvature.api.spi.Checks;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The eigen-analysis of a dense symmetric matrix, usually a Hessian ∇²f(x): its eigenvalues in
 * ascending order with eigenvectors, its inertia, its condition number and what kind of
 * stationary point it describes. Computed once, by EJML's symmetric QR algorithm (Householder
 * tridiagonalization followed by implicit symmetric QR steps, Golub &amp; Van Loan, 4th ed.,
 * §8.3), from the symmetric part of the validated input. Immutable.
 *
 * <p><b>What counts as zero.</b> An eigenvalue λ counts as zero when |λ| ≤ τ·max|λᵢ|. The default
 * relative tolerance is τ = 10·n·ε (ε = 2.2·10⁻¹⁶): a backward-stable symmetric eigensolver
 * returns the exact eigenvalues of H + E with ‖E‖₂ ≤ c·n·ε·‖H‖₂ for a modest constant c (Golub
 * &amp; Van Loan §8.3, and Weyl's inequality, §8.1), so an eigenvalue smaller than that is not
 * distinguishable from zero by the computation — the same rule as the usual numerical-rank
 * threshold max(m, n)·ε·σ₁. The factor 10 absorbs c and the rounding already in an analytically
 * computed H. A Hessian with larger errors (finite differences: about √ε relative for forward,
 * ε^{2/3} for central differences) should be analysed with a matching tolerance through
 * {@link #of(DMatrixRMaj, double)}. The zero matrix has every eigenvalue zero.
 *
 * <p><b>Classification</b> ({@link CriticalPoint}), meaningful at a point where ∇f = 0: both a
 * positive and a negative eigenvalue → {@code SADDLE}; otherwise a zero eigenvalue →
 * {@code DEGENERATE}; otherwise all positive → {@code MINIMUM}, all negative → {@code MAXIMUM}.
 */
public final class HessianAnalysis {
    private final double[] eigenvalues;
    private final DMatrixRMaj eigenvectors; // column i belongs to eigenvalues[i]
    private final double zeroThreshold;
    private final double relativeTolerance;
    private final Inertia inertia;
    private final double conditionNumber;
    private final CriticalPoint classification;

    private HessianAnalysis(double[] eigenvalues, DMatrixRMaj eigenvectors, double relativeTolerance) {
        int n = eigenvalues.length;
        this.eigenvalues = eigenvalues;
        this.eigenvectors = eigenvectors;
        this.relativeTolerance = relativeTolerance;
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double l : eigenvalues) {
            largest = Math.max(largest, Math.abs(l));
            smallest = Math.min(smallest, Math.abs(l));
        }
        this.zeroThreshold = relativeTolerance * largest;
        int positive = 0;
        int negative = 0;
        for (double l : eigenvalues) {
            if (l > zeroThreshold) {
                positive++;
            } else if (l < -zeroThreshold) {
                negative++;
            }
        }
        int zero = n - positive - negative;
        this.inertia = new Inertia(positive, negative, zero);
        this.conditionNumber = zero > 0 ? Double.POSITIVE_INFINITY : largest / smallest;
        if (positive > 0 && negative > 0) {
            classification = CriticalPoint.SADDLE;
        } else if (zero > 0) {
            classification = CriticalPoint.DEGENERATE;
        } else if (negative == 0) {
            classification = CriticalPoint.MINIMUM;
        } else {
            classification = CriticalPoint.MAXIMUM;
        }
    }

    /** The default relative zero tolerance 10·n·ε for an n×n matrix (see the class comment). */
    public static double defaultTolerance(int n) {
        return 10.0 * Checks.positive(n, "n") * Math.ulp(1.0);
    }

    /**
     * Analyses a symmetric matrix with the default zero tolerance 10·n·ε.
     *
     * @param hessian an n×n symmetric matrix, n ≥ 1, finite; not modified
     * @throws IllegalArgumentException when {@code hessian} is null, empty, not square, has a
     *     non-finite entry or is not symmetric within {@link MatrixChecks#SYMMETRY_TOLERANCE}
     */
    public static HessianAnalysis of(DMatrixRMaj hessian) {
        MatrixChecks.requireSymmetric(hessian, "hessian");
        return analyse(hessian, defaultTolerance(hessian.numRows));
    }

    /**
     * Analyses a symmetric matrix; |λ| ≤ relativeTolerance·max|λᵢ| counts as zero.
     *
     * @param hessian an n×n symmetric matrix, n ≥ 1, finite; not modified
     * @param relativeTolerance τ ∈ [0, 1)
     * @throws IllegalArgumentException for an invalid matrix (as {@link #of(DMatrixRMaj)}) or a
     *     tolerance outside [0, 1)
     */
    public static HessianAnalysis of(DMatrixRMaj hessian, double relativeTolerance) {
        MatrixChecks.requireSymmetric(hessian, "hessian");
        if (!(relativeTolerance >= 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException(
                    "relativeTolerance must lie in [0, 1), was " + relativeTolerance);
        }
        return analyse(hessian, relativeTolerance);
    }

    /**
     * Evaluates ∇²f(x) and analyses it with the default tolerance. Convenience for attaching the
     * analysis to a result: {@code HessianAnalysis.at(f, result.point())}.
     *
     * @param f a twice-differentiable objective
     * @param x the point, of length {@code f.dimension()} with finite entries; not modified
     * @throws IllegalArgumentException for a null {@code f}, a bad {@code x}, or a Hessian that
     *     is not finite and symmetric (the message names {@code hessian})
     */
    public static HessianAnalysis at(TwiceDifferentiable f, double[] x) {
        Checks.notNull(f, "f");
        int n = Checks.positive(f.dimension(), "f.dimension()");
        Checks.finitePoint(x, n, "x");
        DMatrixRMaj h = new DMatrixRMaj(n, n);
        f.hessian(x.clone(), h);
        return of(h);
    }

    private static HessianAnalysis analyse(DMatrixRMaj hessian, double relativeTolerance) {
        int n = hessian.numRows;
        DMatrixRMaj work = new DMatrixRMaj(n, n);
        MatrixChecks.symmetricPart(hessian, work);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(work)) {
            throw new IllegalStateException("EJML's symmetric QR algorithm did not converge on the "
                    + n + "×" + n + " hessian");
        }
        Integer[] order = new Integer[n];
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            raw[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
        double[] values = new double[n];
        DMatrixRMaj vectors = new DMatrixRMaj(n, n);
        for (int c = 0; c < n; c++) {
            values[c] = raw[order[c]];
            DMatrixRMaj v = eig.getEigenVector(order[c]);
            for (int r = 0; r < n; r++) {
                vectors.unsafe_set(r, c, v.get(r, 0));
            }
        }
        return new HessianAnalysis(values, vectors, relativeTolerance);
    }

    /** The dimension n. */
    public int dimension() {
        return eigenvalues.length;
    }

    /** The eigenvalues in ascending order (a fresh array). */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /**
     * The unit eigenvector of the i-th smallest eigenvalue (a fresh array); its sign is
     * arbitrary. {@code eigenvector(0)} is a direction of most negative curvature at a saddle.
     *
     * @param i 0 ≤ i &lt; n
     */
    public double[] eigenvector(int i) {
        if (i < 0 || i >= eigenvalues.length) {
            throw new IllegalArgumentException(
                    "i must lie in [0, " + eigenvalues.length + "), was " + i);
        }
        double[] v = new double[eigenvalues.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = eigenvectors.unsafe_get(r, i);
        }
        return v;
    }

    /** The smallest eigenvalue λ_min. */
    public double smallestEigenvalue() {
        return eigenvalues[0];
    }

    /** The largest eigenvalue λ_max. */
    public double largestEigenvalue() {
        return eigenvalues[eigenvalues.length - 1];
    }

    /** Counts of positive, negative and zero eigenvalues under the zero tolerance. */
    public Inertia inertia() {
        return inertia;
    }

    /**
     * The 2-norm condition number max|λᵢ| / min|λᵢ|; {@code +∞} when an eigenvalue counts as
     * zero (the matrix is numerically singular), including the zero matrix.
     */
    public double conditionNumber() {
        return conditionNumber;
    }

    /** What kind of stationary point the matrix describes (see the class comment). */
    public CriticalPoint classification() {
        return classification;
    }

    /** The relative zero tolerance τ used. */
    public double relativeTolerance() {
        return relativeTolerance;
    }

    /** The absolute threshold τ·max|λᵢ| below which an eigenvalue counted as zero. */
    public double zeroThreshold() {
        return zeroThreshold;
    }

    @Override
    public String toString() {
        return String.format("HessianAnalysis[%s, inertia (+%d, −%d, 0×%d), λ ∈ [%.6e, %.6e], κ = %.3e]",
                classification, inertia.positive(), inertia.negative(), inertia.zero(),
                smallestEigenvalue(), largestEigenvalue(), conditionNumber);
    }
}
