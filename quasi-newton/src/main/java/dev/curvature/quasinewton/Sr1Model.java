package dev.curvature.quasinewton;

import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.linalg.DenseLinearAlgebra;
import dev.curvature.api.linalg.IndefiniteFactorization;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-run state of {@link Sr1}: a dense B_k, possibly indefinite, updated by
 * B⁺ = B + (y − Bs)(y − Bs)ᵀ/((y − Bs)ᵀs) (Nocedal &amp; Wright, 2nd ed., (6.24)), skipped when
 * |sᵀ(y − Bs)| &lt; r‖s‖‖y − Bs‖ ((6.26)). When y = Bs already, B is left unchanged (not counted
 * as a skip). B₀ = I; just before the first update B is replaced by (yᵀy/|sᵀy|)·I, the inverse
 * of the BFGS scaling (6.20) (SciPy's {@code SR1(init_scale='auto')}). {@link #reset()} returns
 * to that scaled identity.
 *
 * <p>{@link #direction} solves Bp = −g with the dense backend's symmetric-indefinite
 * factorization ({@link DenseLinearAlgebra}; B may be indefinite, so p need not be a descent
 * direction, and a line-search globalization then resets the model). The factorization is made
 * when a direction is first asked for, not at every update: with a trust region it is never used.
 * {@link #multiply} and {@link #matrix} use B directly. Work arrays are allocated once per run.
 */
final class Sr1Model implements DenseCurvatureModel {
    private static final Logger LOG = LoggerFactory.getLogger(Sr1Model.class);

    private final int n;
    private final double tolerance;
    private final DMatrixRMaj b;
    private final double[] v;
    private IndefiniteFactorization factorization;
    private boolean fresh = true;
    private double scale = 1;
    private int updates;
    private int skipped;

    Sr1Model(int n, double tolerance) {
        this.n = n;
        this.tolerance = tolerance;
        this.b = new DMatrixRMaj(n, n);
        this.v = new double[n];
        setScaledIdentity(1);
    }

    private void setScaledIdentity(double value) {
        Arrays.fill(b.data, 0.0);
        for (int i = 0; i < n; i++) {
            b.data[i * n + i] = value;
        }
    }

    /**
     * p = −B⁻¹g. {@link DirectionStatus#SINGULAR} when B is singular to working precision.
     */
    @Override
    public DirectionStatus direction(double[] x, double[] g, double[] out) {
        if (!Vectors.allFinite(b.data)) {
            return DirectionStatus.NON_FINITE;
        }
        if (factorization == null) {
            factorization = DenseLinearAlgebra.forDimension(n).indefinite(n);
        }
        if (!factorization.factor(b) || !factorization.solve(g, out)) {
            return DirectionStatus.SINGULAR;
        }
        Vectors.scale(-1, out);
        return Vectors.allFinite(out) ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
    }

    @Override
    public void multiply(double[] x, double[] g, double[] vector, double[] out) {
        Vectors.multiply(b, vector, out);
    }

    @Override
    public DMatrixRMaj matrix(double[] x, double[] g) {
        return b;
    }

    @Override
    public void update(StepRecord step) {
        double[] s = step.s();
        double[] y = step.y();
        if (fresh) {
            double sy = Vectors.dot(s, y);
            double yy = Vectors.dot(y, y);
            double candidate = yy / Math.abs(sy);
            if (Double.isFinite(candidate) && candidate > 0) {
                scale = candidate;
                setScaledIdentity(scale);
            }
            fresh = false;
        }
        Vectors.multiply(b, s, v);
        for (int i = 0; i < n; i++) {
            v[i] = y[i] - v[i]; // y − Bs
        }
        double vs = Vectors.dot(v, s);
        double vNorm = Vectors.norm2(v);
        if (vNorm == 0) {
            return; // the secant equation already holds
        }
        if (!(Math.abs(vs) >= tolerance * Vectors.norm2(s) * vNorm) || !Double.isFinite(vs)) {
            skipped++;
            if (LOG.isDebugEnabled()) {
                LOG.debug("SR1 update skipped: |sᵀ(y − Bs)| = {} is too small", Math.abs(vs));
            }
            return;
        }
        double c = 1 / vs;
        double[] data = b.data;
        for (int i = 0; i < n; i++) {
            double a = c * v[i];
            int row = i * n;
            for (int j = 0; j < n; j++) {
                data[row + j] += a * v[j];
            }
        }
        updates++;
    }

    @Override
    public boolean reset() {
        if (fresh) {
            return false;
        }
        setScaledIdentity(scale);
        fresh = true;
        return true;
    }

    int updates() {
        return updates;
    }

    int skippedUpdates() {
        return skipped;
    }
}
