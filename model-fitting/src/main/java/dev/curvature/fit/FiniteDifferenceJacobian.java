package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import org.ejml.data.DMatrixRMaj;

/**
 * A {@link ResidualModel} whose Jacobian is computed from the residuals of another by central
 * differences (Nocedal &amp; Wright, 2nd ed., §8.1, (8.7)):
 * <pre>
 *   ∂rᵢ/∂pⱼ ≈ (rᵢ(p + hⱼeⱼ) − rᵢ(p − hⱼeⱼ)) / (2hⱼ),   hⱼ = ε^{1/3}·max(1, |pⱼ|)
 * </pre>
 * where the step is rounded so that p ± hⱼ is exactly representable and the difference uses the
 * step actually taken. The truncation error is O(h²) and the rounding error O(ε/h), balanced at
 * h ≈ ε^{1/3}, which leaves about two thirds of the digits of the residuals (about 10 digits):
 * enough for the fit, and for standard errors to about 10⁻¹⁰ relative when the residuals are
 * computed to full precision. Costs 2n residual evaluations per Jacobian.
 *
 * <p>For users who have only residuals. The wrapped model's own {@code jacobian} is never called.
 * Per-fit object: it holds its work arrays (allocated once), so it is not thread-safe.
 */
public final class FiniteDifferenceJacobian implements ResidualModel {
    /** ε^{1/3}, the relative step of central differences. */
    static final double RELATIVE_STEP = Math.cbrt(Math.ulp(1.0));
    private final ResidualModel residuals;
    private final int m;
    private final int n;
    private final double[] shifted;
    private final double[] plus;
    private final double[] minus;

    private FiniteDifferenceJacobian(ResidualModel residuals) {
        this.residuals = residuals;
        this.n = Checks.positive(residuals.parameters(), "residuals.parameters()");
        this.m = residuals.observations();
        if (m < n) {
            throw new IllegalArgumentException("residuals.observations() must be at least "
                    + "residuals.parameters() = " + n + ", was " + m);
        }
        this.shifted = new double[n];
        this.plus = new double[m];
        this.minus = new double[m];
    }

    /**
     * The model of {@code residuals} with a central-difference Jacobian.
     *
     * @throws IllegalArgumentException when {@code residuals} is null or has fewer observations
     *     than parameters
     */
    public static FiniteDifferenceJacobian of(ResidualModel residuals) {
        return new FiniteDifferenceJacobian(Checks.notNull(residuals, "residuals"));
    }

    @Override
    public int parameters() {
        return n;
    }

    @Override
    public int observations() {
        return m;
    }

    @Override
    public void residuals(double[] p, double[] out) {
        residuals.residuals(p, out);
    }

    @Override
    public void jacobian(double[] p, DMatrixRMaj out) {
        out.reshape(m, n);
        System.arraycopy(p, 0, shifted, 0, n);
        double[] j = out.data;
        for (int c = 0; c < n; c++) {
            double h = RELATIVE_STEP * Math.max(1, Math.abs(p[c]));
            double up = p[c] + h;
            double down = p[c] - h;
            shifted[c] = up;
            residuals.residuals(shifted, plus);
            shifted[c] = down;
            residuals.residuals(shifted, minus);
            shifted[c] = p[c];
            double width = up - down;
            for (int i = 0; i < m; i++) {
                j[i * n + c] = (plus[i] - minus[i]) / width;
            }
        }
    }

    @Override
    public String toString() {
        return "FiniteDifferenceJacobian[" + residuals + "]";
    }
}
