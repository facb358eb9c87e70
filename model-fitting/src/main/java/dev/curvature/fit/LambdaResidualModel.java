package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import org.ejml.data.DMatrixRMaj;

/**
 * The {@link ResidualModel} of {@link ResidualModel#of}: counts checked once, calls forwarded.
 * A null Jacobian function means "residuals only" (then {@link FiniteDifferenceJacobian} wraps it).
 */
final class LambdaResidualModel implements ResidualModel {
    private final int parameters;
    private final int observations;
    private final Residuals residuals;
    private final Jacobian jacobian;

    LambdaResidualModel(int parameters, int observations, Residuals residuals, Jacobian jacobian) {
        this.parameters = Checks.positive(parameters, "parameters");
        if (observations < parameters) {
            throw new IllegalArgumentException("observations must be at least parameters = "
                    + parameters + ", was " + observations);
        }
        this.observations = observations;
        this.residuals = Checks.notNull(residuals, "residuals");
        this.jacobian = jacobian;
    }

    @Override
    public int parameters() {
        return parameters;
    }

    @Override
    public int observations() {
        return observations;
    }

    @Override
    public void residuals(double[] p, double[] out) {
        residuals.residuals(p, out);
    }

    @Override
    public void jacobian(double[] p, DMatrixRMaj out) {
        if (jacobian == null) {
            throw new UnsupportedOperationException("no Jacobian function was given");
        }
        jacobian.jacobian(p, out);
    }

    @Override
    public String toString() {
        return "ResidualModel[" + observations + " residuals, " + parameters + " parameters]";
    }
}
