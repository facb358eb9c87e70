package dev.curvature.trustregion;

import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** A fixed symmetric B for subproblem tests, dense or seen only through products. */
final class FixedModel implements DenseCurvatureModel {
    final DMatrixRMaj b;

    FixedModel(DMatrixRMaj b) {
        this.b = b;
    }

    /** The same B, hiding the dense matrix (as L-BFGS or a Hessian-vector model would). */
    CurvatureModel matrixFree() {
        FixedModel self = this;
        return new CurvatureModel() {
            @Override
            public DirectionStatus direction(double[] x, double[] g, double[] out) {
                return self.direction(x, g, out);
            }

            @Override
            public void multiply(double[] x, double[] g, double[] v, double[] out) {
                self.multiply(x, g, v, out);
            }

            @Override
            public void update(StepRecord step) {
            }

            @Override
            public boolean reset() {
                return false;
            }
        };
    }

    @Override
    public DirectionStatus direction(double[] x, double[] g, double[] out) {
        DMatrixRMaj rhs = new DMatrixRMaj(g.length, 1, true, g);
        DMatrixRMaj sol = new DMatrixRMaj(g.length, 1);
        if (!CommonOps_DDRM.solve(b, rhs, sol)) {
            return DirectionStatus.SINGULAR;
        }
        Vectors.scale(-1, sol.data, out);
        return DirectionStatus.OK;
    }

    @Override
    public void multiply(double[] x, double[] g, double[] v, double[] out) {
        Vectors.multiply(b, v, out);
    }

    @Override
    public DMatrixRMaj matrix(double[] x, double[] g) {
        return b;
    }

    @Override
    public void update(StepRecord step) {
    }

    @Override
    public boolean reset() {
        return false;
    }
}
