package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.diagnostics.CriticalPoint;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MaximumLikelihoodTest {

    /** Rows (1, x) repeated: `successes` with y = 1 and `failures` with y = 0 at each x. */
    private static LogisticRegression grouped(double[] xs, int[] successes, int[] failures) {
        int rows = 0;
        for (int g = 0; g < xs.length; g++) {
            rows += successes[g] + failures[g];
        }
        DMatrixRMaj design = new DMatrixRMaj(rows, 2);
        double[] y = new double[rows];
        int r = 0;
        for (int g = 0; g < xs.length; g++) {
            for (int k = 0; k < successes[g] + failures[g]; k++, r++) {
                design.set(r, 0, 1);
                design.set(r, 1, xs[g]);
                y[r] = k < successes[g] ? 1 : 0;
            }
        }
        return LogisticRegression.of(design, y);
    }

    @Test
    void aTwoByTwoTableHasClosedFormEstimatesAndStandardErrors() {
        // x = 0: 12 successes, 18 failures; x = 1: 25 successes, 9 failures. The MLE reproduces the
        // observed log-odds, and the standard errors are Woolf's √(Σ 1/count).
        double a = 12;
        double b = 18;
        double c = 25;
        double d = 9;
        LikelihoodFit fit = MaximumLikelihood.fit(
                grouped(new double[] {0, 1}, new int[] {12, 25}, new int[] {18, 9}), new double[2]);
        assertTrue(fit.converged(), fit.toString());
        double[] theta = fit.parameters();
        assertEquals(Math.log(a / b), theta[0], 1e-10);
        assertEquals(Math.log(c / d) - Math.log(a / b), theta[1], 1e-10);
        double[] se = fit.standardErrors();
        assertEquals(Math.sqrt(1 / a + 1 / b), se[0], 1e-10);
        assertEquals(Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d), se[1], 1e-10);
        assertEquals(CriticalPoint.MINIMUM, fit.hessianAnalysis().orElseThrow().classification());
    }

    @Test
    void reproducesThePublishedChallengerORingFit() {
        // 23 pre-Challenger flights: launch temperature (°F) and whether any O-ring was damaged
        // (data set "Challeng", R package alr4). R: glm(Fail > 0 ~ Temp, family = binomial) gives
        // (Intercept) 15.0429 (SE 7.3786), Temp −0.2322 (SE 0.1082).
        double[] temperature = {53, 57, 58, 63, 66, 67, 67, 67, 68, 69, 70, 70, 70, 70, 72, 73, 75, 75,
            76, 76, 78, 79, 81};
        double[] damaged = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
        DMatrixRMaj design = new DMatrixRMaj(23, 2);
        for (int i = 0; i < 23; i++) {
            design.set(i, 0, 1);
            design.set(i, 1, temperature[i]);
        }
        LikelihoodFit fit = MaximumLikelihood.fit(LogisticRegression.of(design, damaged), new double[2]);
        assertTrue(fit.converged(), fit.toString());
        assertEquals(15.0429, fit.parameters()[0], 5e-5);
        assertEquals(-0.2322, fit.parameters()[1], 5e-5);
        assertEquals(7.3786, fit.standardErrors()[0], 5e-5);
        assertEquals(0.1082, fit.standardErrors()[1], 5e-5);
    }

    @Test
    void standardErrorsAgreeWithTheInverseOfAFiniteDifferenceHessian() {
        LogisticRegression f = LogisticRegressionTest.synthetic(2000, 11);
        LikelihoodFit fit = MaximumLikelihood.fit(f, new double[3]);
        assertTrue(fit.converged(), fit.toString());
        double[] theta = fit.parameters();
        DMatrixRMaj fd = new DMatrixRMaj(3, 3);
        double[] gp = new double[3];
        double[] gm = new double[3];
        for (int j = 0; j < 3; j++) {
            double h = 1e-5;
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[j] += h;
            minus[j] -= h;
            f.gradient(plus, gp);
            f.gradient(minus, gm);
            for (int i = 0; i < 3; i++) {
                fd.set(i, j, (gp[i] - gm[i]) / (2 * h));
            }
        }
        double[] expected = CovarianceEstimator.inverseHessian(fd).standardErrors();
        double[] actual = fit.standardErrors();
        double[] truth = {-0.5, 1.2, -0.8};
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], actual[i], 1e-7 * expected[i]);
            // With 2000 observations the estimate lies within a few standard errors of the truth.
            assertEquals(truth[i], theta[i], 4 * actual[i]);
        }
        double[] g = new double[3];
        f.gradient(theta, g);
        for (double gi : g) {
            assertTrue(Math.abs(gi) <= 1e-10 * Math.max(1, fit.negativeLogLikelihood()), "gradient " + gi);
        }
    }

    @Test
    void aDuplicatedCovariateLeavesTheCovarianceUnavailable() {
        DMatrixRMaj design = new DMatrixRMaj(40, 3);
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            double x = (i % 10) / 3.0 - 1.5;
            design.set(i, 0, 1);
            design.set(i, 1, x);
            design.set(i, 2, x);
            y[i] = (i * 7) % 5 < 2 + (x > 0 ? 1 : 0) ? 1 : 0;
        }
        LikelihoodFit fit = MaximumLikelihood.fit(LogisticRegression.of(design, y), new double[3]);
        assertNotEquals(CovarianceStatus.AVAILABLE, fit.covarianceStatus(), fit.parameterCovariance().message());
        assertThrows(IllegalStateException.class, fit::standardErrors);
        assertEquals(CriticalPoint.DEGENERATE, fit.hessianAnalysis().orElseThrow().classification());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> MaximumLikelihood.fit(null, new double[1]));
        LogisticRegression f = LogisticRegressionTest.synthetic(10, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaximumLikelihood.fit(f, new double[2]));
        assertTrue(e.getMessage().contains("theta0"), e.getMessage());
    }
}
