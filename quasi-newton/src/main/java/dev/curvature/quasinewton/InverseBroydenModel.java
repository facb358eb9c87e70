package dev.curvature.quasinewton;

import dev.curvature.api.linalg.CholeskyFactor;
import dev.curvature.api.linalg.DenseCurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-run state shared by {@link Bfgs} and {@link Dfp}: a dense inverse approximation
 * H_k ≈ ∇²f⁻¹ updated by a member of the Broyden class in inverse form (Nocedal &amp; Wright,
 * 2nd ed., §6.3). With ρ = 1/sᵀy, u = H y and γ = yᵀH y,
 * <pre>    H⁺ = H + (ρ + θγρ²)·ssᵀ − θρ·(suᵀ + usᵀ) + (θ − 1)/γ·uuᵀ</pre>
 * which is the BFGS update (6.17) for θ = 1 and the DFP update (6.15) for θ = 0 (the inverse
 * Broyden family H_θ = H_DFP + θγvvᵀ, v = ρs − u/γ). One O(n²) symmetric rank-two pass.
 *
 * <p>H₀ = I for the first direction; just before the first update H is replaced by
 * (sᵀy/yᵀy)·I (N&amp;W (6.20)) unless the initial scaling is off, when the first update starts
 * from I. A pair failing the {@link CurvatureCondition} is skipped (H kept).
 * {@link #reset()} returns to γ_last·I with the rescaling armed again, where γ_last is the
 * sᵀy/yᵀy of the last pair used.
 *
 * <p>{@link #multiply} and {@link #matrix} need B = H⁻¹: a Cholesky factorization of H (the
 * project's dense backend, through {@link CholeskyFactor}), made once per update when first
 * needed. If H has lost positive definiteness in rounding, they
 * produce NaN, which the trust region reports as a non-finite model.
 */
final class InverseBroydenModel implements DenseCurvatureModel {
    private static final Logger LOG = LoggerFactory.getLogger(InverseBroydenModel.class);

    private final double theta;
    private final double tolerance;
    private final int n;
    private final DMatrixRMaj h;
    private final double[] u;
    private final CholeskyFactor factor;
    private final DMatrixRMaj b;
    private boolean factored;
    private boolean factorOk;
    private boolean inverted;
    /** True while H is the multiple of I it started from or was reset to (no update since). */
    private boolean fresh = true;
    /** True when the next update first replaces H by (6.20). */
    private boolean rescale;
    private double lastGamma = 1;
    private int updates;
    private int skipped;

    InverseBroydenModel(int n, double theta, double tolerance, boolean initialScaling) {
        this.n = n;
        this.rescale = initialScaling;
        this.theta = theta;
        this.tolerance = tolerance;
        this.h = new DMatrixRMaj(n, n);
        this.u = new double[n];
        this.factor = new CholeskyFactor(n);
        this.b = new DMatrixRMaj(n, n);
        setScaledIdentity(1);
    }

    private void setScaledIdentity(double scale) {
        Arrays.fill(h.data, 0.0);
        for (int i = 0; i < n; i++) {
            h.data[i * n + i] = scale;
        }
        factored = false;
        inverted = false;
    }

    @Override
    public DirectionStatus direction(double[] x, double[] g, double[] out) {
        Vectors.multiply(h, g, out);
        Vectors.scale(-1, out);
        return Vectors.allFinite(out) ? DirectionStatus.OK : DirectionStatus.NON_FINITE;
    }

    private boolean ensureFactor() {
        if (!factored) {
            factorOk = factor.factor(h);
            factored = true;
        }
        return factorOk;
    }

    /** B·v = H⁻¹v by a Cholesky solve with H. */
    @Override
    public void multiply(double[] x, double[] g, double[] v, double[] out) {
        if (ensureFactor()) {
            factor.solve(v, out);
        } else {
            Arrays.fill(out, Double.NaN);
        }
    }

    /** B = H⁻¹, formed column by column from the Cholesky factor of H. */
    @Override
    public DMatrixRMaj matrix(double[] x, double[] g) {
        if (!inverted) {
            if (ensureFactor()) {
                factor.invert(b);
            } else {
                Arrays.fill(b.data, Double.NaN);
            }
            inverted = true;
        }
        return b;
    }

    @Override
    public void update(StepRecord step) {
        double[] s = step.s();
        double[] y = step.y();
        double sy = Vectors.dot(s, y);
        double yy = Vectors.dot(y, y);
        if (!CurvatureCondition.holds(sy, Vectors.norm2(s), Math.sqrt(yy), tolerance)) {
            skipped++;
            if (LOG.isDebugEnabled()) {
                LOG.debug("update skipped: sᵀy = {} fails the curvature condition", sy);
            }
            return;
        }
        lastGamma = sy / yy;
        if (rescale) {
            setScaledIdentity(lastGamma);
            rescale = false;
        }
        fresh = false;
        Vectors.multiply(h, y, u);
        double gamma = Vectors.dot(y, u);
        double rho = 1 / sy;
        double css = rho + theta * gamma * rho * rho;
        double csu = -theta * rho;
        double cuu = (theta - 1) / gamma;
        double[] data = h.data;
        for (int i = 0; i < n; i++) {
            double si = s[i];
            double ui = u[i];
            double a = css * si + csu * ui; // coefficient of s_j
            double c = csu * si + cuu * ui; // coefficient of u_j
            int row = i * n;
            for (int j = 0; j < n; j++) {
                data[row + j] += a * s[j] + c * u[j];
            }
        }
        factored = false;
        inverted = false;
        updates++;
    }

    @Override
    public boolean reset() {
        if (fresh) {
            return false;
        }
        setScaledIdentity(lastGamma);
        fresh = true;
        rescale = true;
        return true;
    }

    /** H_k (live; tests only). */
    DMatrixRMaj inverse() {
        return h;
    }

    int updates() {
        return updates;
    }

    int skippedUpdates() {
        return skipped;
    }
}
