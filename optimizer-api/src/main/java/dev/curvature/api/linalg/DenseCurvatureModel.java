package dev.curvature.api.linalg;

import dev.curvature.api.spi.CurvatureModel;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@link CurvatureModel} that can show its matrix B_k as a dense n×n matrix, which the dense
 * trust-region subproblem solvers ({@code MoreSorensen}, and {@code Dogleg} for its
 * positive-definiteness test) factor. Models that store B_k (SR1, an exact Hessian) return it
 * directly; models that store H_k = B_k⁻¹ (BFGS, DFP) form B_k by a Cholesky solve. Matrix-free
 * models (L-BFGS, Hessian-vector products) do not implement this interface.
 */
public interface DenseCurvatureModel extends CurvatureModel {

    /**
     * B_k at the current iterate as a symmetric n×n matrix. The matrix is owned by the model: a
     * read-only view, valid until the next {@link #update} or {@link #reset}, and not to be
     * modified by the caller.
     *
     * @param x the current iterate x_k (models that evaluate a Hessian use it; do not modify)
     * @param g the gradient at x_k (finite-difference Hessians use it; do not modify)
     */
    DMatrixRMaj matrix(double[] x, double[] g);
}
