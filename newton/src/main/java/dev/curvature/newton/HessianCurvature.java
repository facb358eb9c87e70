package dev.curvature.newton;

import dev.curvature.api.SecondOrder;
import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;

/**
 * Newton curvature from a dense Hessian: B_k = ∇²f(x_k) from a {@link HessianSource} (exact, AD
 * or finite differences), turned into a step by a {@link HessianModification} (none for pure
 * Newton; Nocedal &amp; Wright Algorithm 3.3, eigenvalue modification or Levenberg damping for
 * damped Newton). The Hessian is evaluated once per iterate, when the first direction or product
 * at that iterate is asked for; the model also shows it as a dense matrix to trust-region
 * subproblem solvers ({@link DenseCurvatureModel}). Immutable and thread-safe.
 *
 * <p>At a point that meets the gradient test the model checks ∇²f by the dense backend's Cholesky
 * ({@link CholeskyFactor} over {@link dev.curvature.api.linalg.DenseLinearAlgebra}: EJML by
 * default, OpenBLAS for large n when the native-lapack module is present; one more Hessian
 * evaluation when the last one is stale) and reports it in the result's
 * {@link SecondOrder}. When it is not positive definite and the modification
 * {@link HessianModification#escapesSaddles() escapes saddles} and ∇²f has an eigenvalue below
 * −n·ε·max|λᵢ| (a smaller one is zero within rounding: the point is a degenerate minimizer, not a
 * saddle), the next direction is the
 * eigenvector d of the most negative eigenvalue (the dense backend's symmetric
 * eigendecomposition, chosen in the same way), signed so
 * that gᵀd ≤ 0 and scaled to ‖d‖₂ = max(1, ‖x‖₂): the negative-curvature step of Moré &amp;
 * Sorensen (1979) and of saddle-free Newton (Dauphin et al. 2014), which a line search then
 * shortens as needed.
 */
public final class HessianCurvature implements CurvatureProvider {

    @Override
    public boolean providesDenseMatrix() {
        return true;
    }
    private final HessianSource source;
    private final HessianModification modification;

    /**
     * @param source where the Hessian comes from
     * @param modification how the Hessian becomes a step
     */
    public HessianCurvature(HessianSource source, HessianModification modification) {
        this.source = Checks.notNull(source, "source");
        this.modification = Checks.notNull(modification, "modification");
    }

    /** The objective's exact Hessian with {@code modification}. */
    public static HessianCurvature exact(HessianModification modification) {
        return new HessianCurvature(HessianSource.EXACT, modification);
    }

    public HessianSource source() {
        return source;
    }

    public HessianModification modification() {
        return modification;
    }

    @Override
    public CurvatureModel start(CountingObjective objective) {
        int n = Checks.denseDimension(objective.dimension(), "a dense Newton method");
        return new Model(source.start(objective), modification.start(n), n,
                modification.escapesSaddles());
    }

    @Override
    public String toString() {
        return "HessianCurvature[" + source + ", " + modification + "]";
    }

    /** Per-run state: the Hessian at the current iterate and the solver's work. */
    private static final class Model implements DenseCurvatureModel {
        private final HessianSource.State evaluator;
        private final HessianModification.State solver;
        private final DMatrixRMaj hessian;
        private boolean current;
        private final SteepestDescentFallback fallback = new SteepestDescentFallback();
        private double lastDirectionNorm;
        private final boolean escapes;
        private final int n;
        /** Allocated on the first second-order check. */
        private CholeskyFactor cholesky;
        private EigenSolver eigen;
        private double[] escapeDirection;
        private boolean escapePending;

        Model(HessianSource.State evaluator, HessianModification.State solver, int n,
                boolean escapes) {
            this.evaluator = evaluator;
            this.solver = solver;
            this.hessian = new DMatrixRMaj(n, n);
            this.n = n;
            this.escapes = escapes;
        }

        /** Evaluates ∇²f(x) unless it is already known; false when it has non-finite entries. */
        private boolean evaluate(double[] x, double[] g) {
            if (!current) {
                evaluator.hessian(x, g, hessian);
                current = true;
            }
            return Vectors.allFinite(hessian.data);
        }

        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] out) {
            DirectionStatus status;
            if (escapePending) {
                escapePending = false;
                System.arraycopy(escapeDirection, 0, out, 0, n);
                status = DirectionStatus.NEGATIVE_CURVATURE;
            } else if (fallback.apply(g, out)) {
                status = DirectionStatus.OK;
            } else if (!evaluate(x, g)) {
                status = DirectionStatus.NON_FINITE;
            } else {
                status = solver.solve(hessian, g, out);
            }
            lastDirectionNorm = Vectors.normInf(out);
            return status;
        }

        @Override
        public void multiply(double[] x, double[] g, double[] v, double[] out) {
            evaluate(x, g);
            Vectors.multiply(hessian, v, out);
        }

        @Override
        public DMatrixRMaj matrix(double[] x, double[] g) {
            evaluate(x, g);
            return hessian;
        }

        @Override
        public void update(StepRecord step) {
            if (!step.accepted()) {
                return;
            }
            current = false;
            if (lastDirectionNorm > 0) {
                solver.stepTaken(step.stepLength());
            }
        }

        @Override
        public boolean reset() {
            return fallback.request();
        }

        @Override
        public SecondOrder checkSecondOrder(double[] x, double[] g) {
            if (!evaluate(x, g)) {
                return SecondOrder.UNCHECKED;
            }
            if (cholesky == null) {
                cholesky = new CholeskyFactor(n);
            }
            return cholesky.factor(hessian, 0) ? SecondOrder.POSITIVE_DEFINITE
                    : SecondOrder.NOT_POSITIVE_DEFINITE;
        }

        @Override
        public boolean escapeSaddle(double[] x, double[] g) {
            if (!escapes || !evaluate(x, g)) {
                return false;
            }
            if (eigen == null) {
                eigen = new EigenSolver(n);
                escapeDirection = new double[n];
            }
            // an eigenvalue above −n·ε·max|λᵢ| is zero within the rounding of the
            // decomposition (the numerical-rank tolerance of Golub & Van Loan §5.4.1, NumPy's
            // matrix_rank): such a Hessian is positive semidefinite, a degenerate minimizer
            // rather than a saddle, and there is no curvature to escape along
            if (!eigen.decompose(hessian)
                    || !(eigen.smallest() < -n * Math.ulp(1.0) * eigen.largestMagnitude())) {
                return false; // positive semidefinite: no direction of negative curvature
            }
            eigen.smallestEigenvector(escapeDirection);
            double scale = Math.max(1, Vectors.norm2(x)) / Vectors.norm2(escapeDirection);
            if (Vectors.dot(g, escapeDirection) > 0) {
                scale = -scale;
            }
            Vectors.scale(scale, escapeDirection);
            escapePending = true;
            return true;
        }
    }
}
