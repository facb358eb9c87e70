package dev.curvature.fit;

import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;

/**
 * Gauss–Newton curvature for f = ½‖r‖²: B = JᵀJ, the Hessian without the second-order term
 * Σ rᵢ∇²rᵢ (Nocedal &amp; Wright, 2nd ed., §10.3, "The Gauss–Newton method"). The direction
 * p = −(JᵀJ)⁻¹Jᵀr is computed without forming JᵀJ, as the least-squares solution of Jp ≈ −r by
 * Householder QR of the column-scaled Jacobian (EJML), which squares no condition number. With a
 * line search it is damped Gauss–Newton: globally convergent when J keeps full rank, locally
 * quadratic on zero-residual problems and linear (fast when the residuals are small) otherwise.
 *
 * <p>A numerically rank-deficient Jacobian (see {@link LeastSquaresModel#computeGaussNewton})
 * gives {@link DirectionStatus#SINGULAR}, which ends the run with {@code SINGULAR_HESSIAN}: use
 * {@link LevenbergMarquardt} for such problems. {@link CurvatureModel#reset()} makes the next
 * direction steepest descent −Jᵀr once. Requires a {@link LeastSquaresObjective} objective. Stateless and
 * thread-safe.
 */
public final class GaussNewton implements LeastSquaresCurvature {
    private static final GaussNewton INSTANCE = new GaussNewton();

    private GaussNewton() {
    }

    /** The Gauss–Newton provider (it has no options). */
    public static GaussNewton defaults() {
        return INSTANCE;
    }

    /**
     * @throws IllegalArgumentException when the objective is not a {@link LeastSquaresObjective}
     */
    @Override
    public CurvatureModel start(CountingObjective objective) {
        return new Model(objective);
    }

    @Override
    public String toString() {
        return "GaussNewton";
    }

    private static final class Model extends LeastSquaresModel {
        private boolean steepestDescentNext;

        Model(CountingObjective objective) {
            super(objective);
        }

        @Override
        void newPoint() {
        }

        @Override
        public DirectionStatus direction(double[] point, double[] g, double[] out) {
            if (steepestDescentNext) {
                steepestDescentNext = false;
                Vectors.scale(-1, g, out);
                return DirectionStatus.OK;
            }
            if (!ensureAt(point)) {
                return DirectionStatus.NON_FINITE;
            }
            if (!computeGaussNewton()) {
                return DirectionStatus.SINGULAR;
            }
            copyGaussNewton(out);
            return DirectionStatus.OK;
        }

        @Override
        public void update(StepRecord step) {
            if (step.accepted()) {
                adoptIfEvaluated(step.point());
            }
        }

        @Override
        public boolean reset() {
            if (steepestDescentNext) {
                return false;
            }
            steepestDescentNext = true;
            return true;
        }
    }
}
