package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Logistic and Poisson (with exposure) regression agree with statsmodels' GLM on the committed
 * fixture ({@code tools/glm_fixture.py}): coefficients and standard errors to 10⁻⁶ relative, the
 * log-likelihood and deviance to 10⁻¹⁰ relative.
 */
class GlmStatsmodelsTest {

    private static void assertAgrees(StatsmodelsFixture.Expected expected, LikelihoodFit fit,
            GeneralizedLinearModel model) {
        assertTrue(fit.converged(), fit.toString());
        assertEquals(Separation.NONE, fit.separation());
        double[] b = fit.parameters();
        double[] se = fit.standardErrors();
        for (int j = 0; j < b.length; j++) {
            double e = expected.coefficients()[j];
            assertEquals(e, b[j], 1e-6 * Math.abs(e), "coefficient " + j);
            double s = expected.standardErrors()[j];
            assertEquals(s, se[j], 1e-6 * s, "standard error " + j);
        }
        assertEquals(-expected.logLikelihood(), fit.negativeLogLikelihood(),
                1e-10 * Math.abs(expected.logLikelihood()), "−log L");
        assertEquals(expected.deviance(), model.deviance(b), 1e-10 * expected.deviance(), "deviance");
    }

    @Test
    void logisticRegressionAgreesWithStatsmodels() {
        StatsmodelsFixture.Data data = StatsmodelsFixture.data("logistic");
        LogisticRegression model = LogisticRegression.of(data.design(), data.outcomes());
        assertAgrees(StatsmodelsFixture.expected("logistic"),
                MaximumLikelihood.fit(model, new double[3]), model);
    }

    @Test
    void poissonRegressionWithExposureAgreesWithStatsmodels() {
        StatsmodelsFixture.Data data = StatsmodelsFixture.data("poisson");
        PoissonRegression model = PoissonRegression.of(data.design(), data.outcomes())
                .withExposure(data.exposure());
        assertAgrees(StatsmodelsFixture.expected("poisson"),
                MaximumLikelihood.fit(model, new double[3]), model);
    }
}
