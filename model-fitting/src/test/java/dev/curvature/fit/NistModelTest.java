package dev.curvature.fit;

import dev.curvature.problems.NistDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the NIST models and the transcribed datasets themselves, before any fit: every analytic
 * Jacobian against central finite differences, and the data against NIST's certified results
 * (the residual sum of squares and the standard errors σ̂·√((JᵀJ)⁻¹)ᵢᵢ recomputed at the certified
 * parameters from the transcribed data must reproduce the certified values).
 */
class NistModelTest {

    @ParameterizedTest
    @EnumSource(NistModel.class)
    void analyticJacobianAgreesWithCentralDifferences(NistModel model) {
        NistDataset data = NistDataset.load(model.datasetName());
        ResidualModel problem = model.problem(data);
        int m = problem.observations();
        int n = problem.parameters();
        for (double[] point : new double[][] {data.start(1), data.start(2), data.certified().clone()}) {
            DMatrixRMaj jacobian = new DMatrixRMaj(m, n);
            problem.jacobian(point, jacobian);
            double[] plus = new double[m];
            double[] minus = new double[m];
            for (int j = 0; j < n; j++) {
                double h = 1e-6 * Math.abs(point[j]);
                double saved = point[j];
                point[j] = saved + h;
                problem.residuals(point, plus);
                point[j] = saved - h;
                problem.residuals(point, minus);
                point[j] = saved;
                double columnMax = 0;
                for (int i = 0; i < m; i++) {
                    columnMax = Math.max(columnMax, Math.abs(jacobian.get(i, j)));
                }
                assertTrue(columnMax > 0, model + ": column " + j + " of J is zero");
                for (int i = 0; i < m; i++) {
                    double difference = (plus[i] - minus[i]) / (2 * h);
                    double analytic = jacobian.get(i, j);
                    // truncation O(h²) plus rounding of r±, about ε·|r|/h
                    double rounding = 8 * Math.ulp(1.0) * (Math.abs(plus[i]) + Math.abs(minus[i])) / h;
                    assertEquals(analytic, difference,
                            1e-6 * Math.abs(analytic) + 1e-8 * columnMax + rounding,
                            String.format("%s at %s: dr%d/db%d", model, Arrays.toString(point),
                                    i + 1, j + 1));
                }
            }
        }
    }

    /**
     * Lanczos1's certified residual sum of squares (1.4·10⁻²⁵) is rounding noise: the data are the
     * generating function rounded to 13 digits, so the RSS at the 11-digit certified values is
     * dominated by their own rounding and cannot be compared. Its data are checked against the
     * generating function that NIST states instead.
     */
    @ParameterizedTest
    @EnumSource(value = NistModel.class, mode = EnumSource.Mode.EXCLUDE, names = "LANCZOS1")
    void transcribedDataReproduceTheCertifiedResidualSumOfSquaresAndStandardErrors(NistModel model) {
        NistDataset data = NistDataset.load(model.datasetName());
        ResidualModel problem = model.problem(data);
        int m = problem.observations();
        int n = problem.parameters();
        assertEquals(n, data.certified().length);
        double[] r = new double[m];
        problem.residuals(data.certified(), r);
        double rss = 0;
        for (double v : r) {
            rss += v * v;
        }
        DMatrixRMaj jacobian = new DMatrixRMaj(m, n);
        problem.jacobian(data.certified(), jacobian);
        double[] se = CovarianceEstimator.leastSquares(jacobian, rss).standardErrors();
        double rssDigits = NistCertificationTest.lre(rss, data.certifiedResidualSumOfSquares());
        double seDigits = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            seDigits = Math.min(seDigits, NistCertificationTest.lre(se[j], data.certifiedStandardErrors()[j]));
        }
        System.out.printf("%-8s m=%3d RSS at certified: %.4e (LRE %.1f), SE LRE %.1f%n", data.name(), m, rss,
                rssDigits, seDigits);
        assertTrue(rssDigits >= 8, model + ": RSS at the certified values " + rss);
        assertTrue(seDigits >= 8, model + ": standard errors at the certified values");
    }

    @Test
    void lanczos1DataAreNistsGeneratingFunctionRoundedTo13Digits() {
        NistDataset data = NistDataset.load("Lanczos1");
        assertEquals(24, data.y().length);
        for (int i = 0; i < data.y().length; i++) {
            double x = data.x()[i][0];
            double f = 0.0951 * Math.exp(-x) + 0.8607 * Math.exp(-3 * x) + 1.5576 * Math.exp(-5 * x);
            assertEquals(f, data.y()[i], 1e-12 * Math.abs(data.y()[i]), "observation " + (i + 1));
        }
    }
}
