package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Separated data have no maximum-likelihood estimate: the fit says so, with no standard errors
 * (statsmodels raises PerfectSeparationError on the same data).
 */
class SeparationTest {

    /** Intercept and one covariate xᵢ = −1.5 + 3i/(N − 1). */
    private static DMatrixRMaj design(int rows) {
        DMatrixRMaj x = new DMatrixRMaj(rows, 2);
        for (int i = 0; i < rows; i++) {
            x.set(i, 0, 1);
            x.set(i, 1, -1.5 + 3.0 * i / (rows - 1));
        }
        return x;
    }

    private static void assertSeparated(LikelihoodFit fit, Separation expected) {
        assertEquals(expected, fit.separation(), fit.toString());
        assertEquals(CovarianceStatus.SEPARATION, fit.covarianceStatus());
        assertFalse(fit.converged());
        IllegalStateException e = assertThrows(IllegalStateException.class, fit::standardErrors);
        assertTrue(e.getMessage().contains("separation"), e.getMessage());
    }

    @Test
    void completeSeparationIsFlagged() {
        DMatrixRMaj x = design(40);
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = x.get(i, 1) > 0.1 ? 1 : 0;
        }
        assertSeparated(MaximumLikelihood.fit(LogisticRegression.of(x, y), new double[2]),
                Separation.COMPLETE);
    }

    @Test
    void quasiCompleteSeparationIsFlagged() {
        // x ≤ −0.5 → 0, x ≥ 0.5 → 1, and at x = 0 both outcomes: the slope is infinite.
        int rows = 30;
        DMatrixRMaj x = new DMatrixRMaj(rows, 2);
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x.set(i, 0, 1);
            double v = i < 10 ? -0.5 - 0.1 * i : i < 20 ? 0 : 0.5 + 0.1 * (i - 20);
            x.set(i, 1, v);
            y[i] = i < 10 ? 0 : i < 20 ? i % 2 : 1;
        }
        assertSeparated(MaximumLikelihood.fit(LogisticRegression.of(x, y), new double[2]),
                Separation.QUASI_COMPLETE);
    }

    @Test
    void poissonZerosSeparatedByACovariateAreFlagged() {
        // y = 0 wherever the indicator x₂ = 1: its coefficient goes to −∞.
        int rows = 24;
        DMatrixRMaj x = new DMatrixRMaj(rows, 3);
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x.set(i, 0, 1);
            x.set(i, 1, Math.sin(i));
            x.set(i, 2, i % 3 == 0 ? 1 : 0);
            y[i] = i % 3 == 0 ? 0 : 1 + (i % 4);
        }
        assertSeparated(MaximumLikelihood.fit(PoissonRegression.of(x, y), new double[3]),
                Separation.QUASI_COMPLETE);
    }

    @Test
    void overlappingDataAndRidgePenalizedSeparatedDataHaveEstimates() {
        StatsmodelsFixture.Data data = StatsmodelsFixture.data("logistic");
        LikelihoodFit overlapping = MaximumLikelihood.fit(
                LogisticRegression.of(data.design(), data.outcomes()), new double[3]);
        assertEquals(Separation.NONE, overlapping.separation());
        assertTrue(overlapping.converged());

        DMatrixRMaj x = design(40);
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            y[i] = x.get(i, 1) > 0.1 ? 1 : 0;
        }
        LikelihoodFit penalized = MaximumLikelihood.fit(
                Ridge.of(LogisticRegression.of(x, y), 0.1), new double[2]);
        assertEquals(Separation.NONE, penalized.separation());
        assertTrue(penalized.converged(), penalized.toString());
        assertEquals(CovarianceStatus.AVAILABLE, penalized.covarianceStatus());
    }
}
