package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The summary tables agree with statsmodels' (OLS through {@link LeastSquares}: t with m − n
 * degrees of freedom; logistic regression: z) to the digits they print.
 */
class SummaryTest {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryTest.class);
    private static final String[] NAMES = {"const", "x1", "x2"};

    /** Checks each row "name estimate se statistic p lower upper" against statsmodels. */
    private static void assertTableAgrees(String summary, StatsmodelsFixture.Expected e) {
        for (int j = 0; j < NAMES.length; j++) {
            String row = null;
            for (String line : summary.split("\n")) {
                if (line.startsWith(NAMES[j] + " ")) {
                    row = line;
                }
            }
            assertTrue(row != null, "no row for " + NAMES[j] + " in\n" + summary);
            String[] cells = row.trim().split("\\s+");
            assertEquals(7, cells.length, row);
            String what = NAMES[j] + ": ";
            // Printed to 7, 5, 3 decimals, 3 and 7 significant digits.
            assertEquals(e.coefficients()[j], Double.parseDouble(cells[1]),
                    1e-6 * Math.abs(e.coefficients()[j]), what + "estimate");
            assertEquals(e.standardErrors()[j], Double.parseDouble(cells[2]),
                    1e-4 * e.standardErrors()[j], what + "standard error");
            assertEquals(e.statistics()[j], Double.parseDouble(cells[3]), 6e-4, what + "statistic");
            assertEquals(e.pValues()[j], Double.parseDouble(cells[4]), 6e-3 * e.pValues()[j],
                    what + "p-value");
            assertEquals(e.lower()[j], Double.parseDouble(cells[5]), 1e-6 * Math.abs(e.lower()[j]),
                    what + "lower");
            assertEquals(e.upper()[j], Double.parseDouble(cells[6]), 1e-6 * Math.abs(e.upper()[j]),
                    what + "upper");
        }
    }

    @Test
    void leastSquaresSummaryMatchesStatsmodelsOls() {
        StatsmodelsFixture.Data data = StatsmodelsFixture.data("ols");
        DMatrixRMaj x = data.design();
        double[] y = data.outcomes();
        ResidualModel linear = ResidualModel.of(3, y.length, (p, r) -> {
            for (int i = 0; i < y.length; i++) {
                r[i] = x.get(i, 0) * p[0] + x.get(i, 1) * p[1] + x.get(i, 2) * p[2] - y[i];
            }
        }, (p, j) -> j.setTo(x));
        FitResult fit = LeastSquares.fit(linear, new double[3]);
        String summary = fit.summary(NAMES);
        LOG.info("least-squares summary:\n{}", summary);
        StatsmodelsFixture.Expected expected = StatsmodelsFixture.expected("ols");
        assertTableAgrees(summary, expected);
        assertEquals(expected.deviance(), fit.residualSumOfSquares(), 1e-10 * expected.deviance());
        assertTrue(summary.contains("on 197 degrees of freedom"), summary);
        assertTrue(summary.contains("t value"), summary);
    }

    @Test
    void likelihoodSummaryMatchesStatsmodelsGlm() {
        for (String model : new String[] {"logistic", "poisson"}) {
            StatsmodelsFixture.Data data = StatsmodelsFixture.data(model);
            GeneralizedLinearModel f = model.equals("logistic")
                    ? LogisticRegression.of(data.design(), data.outcomes())
                    : PoissonRegression.of(data.design(), data.outcomes()).withExposure(data.exposure());
            LikelihoodFit fit = MaximumLikelihood.fit(f, new double[3]);
            String summary = fit.summary(NAMES);
            LOG.info("{} summary:\n{}", model, summary);
            assertTableAgrees(summary, StatsmodelsFixture.expected(model));
            assertTrue(summary.contains("z value"), summary);
            assertTrue(summary.contains("Termination: converged"), summary);
        }
    }

    @Test
    void separatedFitShowsNoStandardErrors() {
        DMatrixRMaj x = new DMatrixRMaj(6, 2);
        double[] y = {0, 0, 0, 1, 1, 1};
        for (int i = 0; i < 6; i++) {
            x.set(i, 0, 1);
            x.set(i, 1, i);
        }
        String summary = MaximumLikelihood.fit(LogisticRegression.of(x, y), new double[2]).summary();
        assertTrue(summary.contains("No standard errors: complete separation"), summary);
        assertTrue(summary.contains("Separation: COMPLETE"), summary);
        assertTrue(summary.contains("(not converged)"), summary);
    }

    @Test
    void wrongNumberOfNamesIsRejected() {
        FitResult fit = LeastSquares.fit(FitProblems.exponential(0.01), new double[] {1, 0});
        Derivatives.assertNames("names", () -> fit.summary("a"));
    }
}
