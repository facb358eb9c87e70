package dev.curvature.diagnostics;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;

/**
 * A symmetric linear operator v ↦ Av known only through products, as {@link Lanczos} needs it:
 * a Hessian through Hessian-vector products, or any large structured matrix.
 */
public interface SymmetricOperator {

    /** The dimension n. */
    int dimension();

    /**
     * Writes A·v into {@code out}.
     *
     * @param v a vector of length n (do not modify)
     * @param out receives A·v (length n; never the same array as {@code v})
     */
    void multiply(double[] v, double[] out);

    /**
     * The operator of a dense symmetric matrix (validated as by
     * {@link MatrixChecks#requireSymmetric}); the matrix is copied.
     */
    static SymmetricOperator of(DMatrixRMaj matrix) {
        MatrixChecks.requireSymmetric(matrix, "matrix");
        DMatrixRMaj a = new DMatrixRMaj(matrix.numRows, matrix.numRows);
        MatrixChecks.symmetricPart(matrix, a);
        return new SymmetricOperator() {
            @Override
            public int dimension() {
                return a.numRows;
            }

            @Override
            public void multiply(double[] v, double[] out) {
                Vectors.multiply(a, v, out);
            }
        };
    }

    /**
     * The Hessian ∇²f(x) as an operator, through {@link TwiceDifferentiable#hessianVector}; never
     * forms the matrix unless the objective's own Hessian-vector product does. {@code x} is copied.
     *
     * @throws IllegalArgumentException for a null {@code f} or a bad {@code x}
     */
    static SymmetricOperator hessianAt(TwiceDifferentiable f, double[] x) {
        Checks.notNull(f, "f");
        int n = Checks.positive(f.dimension(), "f.dimension()");
        double[] point = Checks.finitePoint(x, n, "x").clone();
        return new SymmetricOperator() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public void multiply(double[] v, double[] out) {
                f.hessianVector(point, v, out);
            }
        };
    }
}
