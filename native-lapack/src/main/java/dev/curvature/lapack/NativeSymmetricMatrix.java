package dev.curvature.lapack;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.ejml.data.DMatrixRMaj;

/**
 * An n×n work matrix in native memory, allocated once, that a LAPACK routine factors in place.
 *
 * <p>Layout: EJML's {@link DMatrixRMaj} is row-major, LAPACK here is called column-major
 * ({@code LAPACK_COL_MAJOR}, so LAPACKE neither transposes nor allocates). The row-major array
 * read as column-major is Aᵀ, which for a symmetric matrix is A itself; and the row-major
 * <em>lower</em> triangle (i ≥ j, at {@code i·n + j}) is the column-major <em>upper</em>
 * triangle. Every routine is therefore called with {@code uplo = 'U'} ({@link #UPLO}), so it reads
 * exactly the lower triangle of the caller's matrix, as EJML's lower Cholesky does.
 */
final class NativeSymmetricMatrix {
    /** The triangle LAPACK reads: the column-major upper triangle = the row-major lower one. */
    static final byte UPLO = 'U';

    final int n;
    /** The matrix, column-major, leading dimension n. */
    final DoublePointer pointer;
    private final DoubleBuffer buffer;

    NativeSymmetricMatrix(int n) {
        this.n = n;
        this.pointer = new DoublePointer((long) n * n);
        this.buffer = pointer.asBuffer();
    }

    /** Copies the n×n matrix a into native memory (one bulk copy; a is not modified). */
    void load(DMatrixRMaj a) {
        checkShape(a, n);
        buffer.put(0, a.data, 0, n * n);
    }

    /**
     * Copies a into native memory and returns ‖A‖₁ (= ‖A‖∞) of the symmetric matrix defined by
     * a's lower triangle, or NaN when that triangle holds a non-finite entry.
     *
     * @param rowSums work array of length n (overwritten)
     */
    double loadWithNorm(DMatrixRMaj a, double[] rowSums) {
        checkShape(a, n);
        double[] d = a.data;
        Arrays.fill(rowSums, 0, n, 0);
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double sum = 0;
            for (int j = 0; j < i; j++) {
                double v = Math.abs(d[row + j]);
                sum += v;
                rowSums[j] += v;
            }
            double diagonal = Math.abs(d[row + i]);
            rowSums[i] += sum + diagonal;
            finite &= Double.isFinite(sum + diagonal);
        }
        if (!finite) {
            return Double.NaN;
        }
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, rowSums[i]);
        }
        buffer.put(0, d, 0, n * n);
        return norm;
    }

    /** Adds σ to every diagonal entry of the native copy. */
    void addToDiagonal(double shift) {
        for (int i = 0; i < n; i++) {
            int k = i * (n + 1);
            buffer.put(k, buffer.get(k) + shift);
        }
    }

    /** The entry in row r, column c of the native (column-major) matrix. */
    double get(int r, int c) {
        return buffer.get(c * n + r);
    }

    static void checkShape(DMatrixRMaj a, int n) {
        if (a == null) {
            throw new IllegalArgumentException("a must not be null");
        }
        if (a.numRows != n || a.numCols != n) {
            throw new IllegalArgumentException(
                    "a: expected " + n + "×" + n + ", got " + a.numRows + "×" + a.numCols);
        }
    }

    /** Checks that a right-hand side and a solution array hold at least n entries. */
    static void checkVectors(double[] b, double[] x, int n) {
        if (b == null || b.length != n) {
            throw new IllegalArgumentException("b: expected length " + n
                    + ", got " + (b == null ? "null" : String.valueOf(b.length)));
        }
        if (x == null || x.length != n) {
            throw new IllegalArgumentException("x: expected length " + n
                    + ", got " + (x == null ? "null" : String.valueOf(x.length)));
        }
    }
}
