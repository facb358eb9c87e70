package dev.curvature.newton;

import dev.curvature.api.Checks;
import dev.curvature.api.CountingObjective;
import dev.curvature.api.CurvatureModel;
import dev.curvature.api.CurvatureProvider;
import dev.curvature.api.DirectionStatus;
import dev.curvature.api.Vectors;
import org.ejml.data.DMatrixRMaj;

/**
 * Newton curvature from the objective's own Hessian: B_k = ∇²f(x_k), turned into a step by a
 * {@link HessianModification} (none for pure Newton, Algorithm 3.3 of Nocedal &amp; Wright for
 * damped Newton). The Hessian is evaluated once per iterate, when the first direction or product
 * at that iterate is asked for. Requires a {@link dev.curvature.api.TwiceDifferentiable} objective.
 * Immutable and thread-safe.
 */
public final class ExactHessian implements CurvatureProvider {
    private final HessianModification modification;

    /** @param modification how the Hessian becomes a step */
    public ExactHessian(HessianModification modification) {
        this.modification = Checks.notNull(modification, "modification");
    }

    public HessianModification modification() {
        return modification;
    }

    @Override
    public CurvatureModel start(CountingObjective objective) {
        if (!objective.isTwiceDifferentiable()) {
            throw new IllegalArgumentException("objective: exact-Hessian Newton needs a "
                    + "TwiceDifferentiable objective, got " + objective.delegate().getClass().getName());
        }
        return new Model(objective, modification.start(objective.dimension()));
    }

    @Override
    public String toString() {
        return "ExactHessian[" + modification + "]";
    }

    /** Per-run state: the Hessian at the current iterate and the solver's work. */
    private static final class Model implements CurvatureModel {
        private final CountingObjective objective;
        private final HessianModification.Solver solver;
        private final DMatrixRMaj hessian;
        private boolean current;
        private boolean steepestDescentNext;

        Model(CountingObjective objective, HessianModification.Solver solver) {
            int n = objective.dimension();
            this.objective = objective;
            this.solver = solver;
            this.hessian = new DMatrixRMaj(n, n);
        }

        /** Evaluates ∇²f(x) unless it is already known; false when it has non-finite entries. */
        private boolean evaluate(double[] x) {
            if (!current) {
                objective.hessian(x, hessian);
                current = true;
            }
            return Vectors.allFinite(hessian.data);
        }

        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] out) {
            if (steepestDescentNext) {
                steepestDescentNext = false;
                Vectors.scale(-1, g, out);
                return DirectionStatus.OK;
            }
            if (!evaluate(x)) {
                return DirectionStatus.NON_FINITE;
            }
            return solver.solve(hessian, g, out);
        }

        @Override
        public void multiply(double[] x, double[] v, double[] out) {
            evaluate(x);
            Vectors.multiply(hessian, v, out);
        }

        @Override
        public void update(double[] s, double[] y, double[] x, double[] g) {
            current = false;
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
