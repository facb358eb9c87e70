package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The lambda factories of {@link ResidualModel} and the {@link FiniteDifferenceJacobian}. */
class ResidualModelTest {
    private static final double[] T = {0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5};
    private static final double[] Y = new double[T.length];

    static {
        for (int i = 0; i < T.length; i++) {
            Y[i] = 3 * Math.exp(-0.4 * T[i]) + 0.02 * Math.cos(5.1 * i);
        }
    }

    private static void residuals(double[] p, double[] out) {
        for (int i = 0; i < T.length; i++) {
            out[i] = p[0] * Math.exp(p[1] * T[i]) - Y[i];
        }
    }

    private static void jacobian(double[] p, DMatrixRMaj out) {
        for (int i = 0; i < T.length; i++) {
            double e = Math.exp(p[1] * T[i]);
            out.set(i, 0, e);
            out.set(i, 1, p[0] * T[i] * e);
        }
    }

    @Test
    void finiteDifferenceJacobianAgreesWithTheAnalyticOne() {
        ResidualModel fd = ResidualModel.of(2, T.length, ResidualModelTest::residuals);
        double[] p = {2.7, -0.35};
        DMatrixRMaj numeric = new DMatrixRMaj(T.length, 2);
        DMatrixRMaj exact = new DMatrixRMaj(T.length, 2);
        fd.jacobian(p, numeric);
        jacobian(p, exact);
        for (int i = 0; i < T.length; i++) {
            for (int c = 0; c < 2; c++) {
                double e = exact.get(i, c);
                assertEquals(e, numeric.get(i, c), 1e-9 * Math.max(1, Math.abs(e)),
                        "J(" + i + "," + c + ")");
            }
        }
        assertEquals(2.7, p[0]);
        assertEquals(-0.35, p[1]);
    }

    @Test
    void residualsOnlyFitAgreesWithTheAnalyticFit() {
        FitResult exact = LeastSquares.fit(
                ResidualModel.of(2, T.length, ResidualModelTest::residuals, ResidualModelTest::jacobian),
                new double[] {1, 0});
        FitResult numeric = LeastSquares.fit(
                ResidualModel.of(2, T.length, ResidualModelTest::residuals), new double[] {1, 0});
        assertTrue(exact.converged(), exact.toString());
        assertTrue(numeric.converged(), numeric.toString());
        for (int c = 0; c < 2; c++) {
            double se = exact.standardErrors()[c];
            assertEquals(exact.parameters()[c], numeric.parameters()[c], 1e-6 * se, "parameter " + c);
            assertEquals(se, numeric.standardErrors()[c], 1e-7 * se, "standard error " + c);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertNames("parameters", () -> ResidualModel.of(0, 3, ResidualModelTest::residuals));
        assertNames("observations", () -> ResidualModel.of(3, 2, ResidualModelTest::residuals));
        assertNames("residuals", () -> ResidualModel.of(1, 2, null));
        assertNames("residuals", () -> FiniteDifferenceJacobian.of(null));
    }

    private static void assertNames(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }
}
