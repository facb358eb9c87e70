package dev.curvature.trustregion;

import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Test-side trust-region Newton curvature: B_k = ∇²f(x_k), evaluated once per iterate. */
final class ExactHessian implements CurvatureProvider {

    @Override
    public boolean providesDenseMatrix() {
        return true;
    }
    @Override
    public CurvatureModel start(CountingObjective objective) {
        int n = objective.dimension();
        return new DenseCurvatureModel() {
            private final DMatrixRMaj h = new DMatrixRMaj(n, n);
            private boolean current;

            @Override
            public DMatrixRMaj matrix(double[] x, double[] g) {
                if (!current) {
                    objective.hessian(x, h);
                    current = true;
                }
                return h;
            }

            @Override
            public DirectionStatus direction(double[] x, double[] g, double[] out) {
                DMatrixRMaj sol = new DMatrixRMaj(n, 1);
                if (!CommonOps_DDRM.solve(matrix(x, g), new DMatrixRMaj(n, 1, true, g), sol)) {
                    return DirectionStatus.SINGULAR;
                }
                Vectors.scale(-1, sol.data, out);
                return DirectionStatus.OK;
            }

            @Override
            public void multiply(double[] x, double[] g, double[] v, double[] out) {
                Vectors.multiply(matrix(x, g), v, out);
            }

            @Override
            public void update(StepRecord step) {
        double[] s = step.s();
        double[] y = step.y();
                current = false;
            }

            @Override
            public boolean reset() {
                return false;
            }
        };
    }
}
