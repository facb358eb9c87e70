package dev.curvature.diagnostics;

import org.ejml.data.DMatrixRMaj;

/**
 * Validation of the symmetric matrices handed to the diagnostics and to the covariance
 * estimates: each failure is an {@link IllegalArgumentException} naming the argument.
 *
 * <p>Symmetry tolerance: |a_ij − a_ji| ≤ 10⁻⁶·max|a_kl|. Rounding leaves an analytic Hessian
 * asymmetric by about ε·‖H‖, and a finite-difference Hessian by about √ε·‖H‖ ≈ 1.5·10⁻⁸‖H‖
 * times a problem-dependent constant; a transposition bug or a matrix that is not a Hessian at
 * all is asymmetric at order 1. The bound sits between the two, so it rejects wrong matrices and
 * accepts every honest evaluation. Callers then work with the symmetric part (A + Aᵀ)/2.
 */
public final class MatrixChecks {
    /** The relative symmetry tolerance, 10⁻⁶ (see the class comment). */
    public static final double SYMMETRY_TOLERANCE = 1e-6;

    private MatrixChecks() {
    }

    /**
     * Requires a non-null, non-empty, square matrix with finite entries that is symmetric within
     * {@link #SYMMETRY_TOLERANCE} relative to its largest entry.
     *
     * @param a the matrix
     * @param name the argument's name for the message
     * @return {@code a}
     * @throws IllegalArgumentException naming {@code name} otherwise
     */
    public static DMatrixRMaj requireSymmetric(DMatrixRMaj a, String name) {
        requireSquareFinite(a, name);
        int n = a.numRows;
        double largest = 0;
        for (double v : a.data) {
            largest = Math.max(largest, Math.abs(v));
        }
        double allowed = SYMMETRY_TOLERANCE * largest;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = Math.abs(a.unsafe_get(i, j) - a.unsafe_get(j, i));
                if (d > allowed) {
                    throw new IllegalArgumentException(String.format(
                            "%s is not symmetric: |%s(%d,%d) − %s(%d,%d)| = %.3e exceeds %.1e·max|entry|"
                                    + " = %.3e", name, name, i, j, name, j, i, d, SYMMETRY_TOLERANCE,
                            allowed));
                }
            }
        }
        return a;
    }

    /**
     * Requires a non-null, non-empty, square matrix (of the size its data array claims) with
     * finite entries.
     *
     * @param a the matrix
     * @param name the argument's name for the message
     * @return {@code a}
     * @throws IllegalArgumentException naming {@code name} otherwise
     */
    public static DMatrixRMaj requireSquareFinite(DMatrixRMaj a, String name) {
        if (a == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (a.numRows != a.numCols) {
            throw new IllegalArgumentException(
                    name + " must be square, was " + a.numRows + "×" + a.numCols);
        }
        if (a.numRows == 0) {
            throw new IllegalArgumentException(name + " must be at least 1×1, was 0×0");
        }
        int n = a.numRows;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a.unsafe_get(i, j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            name + "(" + i + "," + j + ") is not finite: " + v);
                }
            }
        }
        return a;
    }

    /**
     * Writes the symmetric part (A + Aᵀ)/2 of a square matrix into {@code out}, which may be
     * {@code a} itself; {@code out} is reshaped to n×n.
     */
    public static void symmetricPart(DMatrixRMaj a, DMatrixRMaj out) {
        int n = a.numRows;
        out.reshape(n, n);
        for (int i = 0; i < n; i++) {
            out.unsafe_set(i, i, a.unsafe_get(i, i));
            for (int j = i + 1; j < n; j++) {
                double v = 0.5 * (a.unsafe_get(i, j) + a.unsafe_get(j, i));
                out.unsafe_set(i, j, v);
                out.unsafe_set(j, i, v);
            }
        }
    }
}
