package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NIST StRD nonlinear regression datasets (https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml),
 * fitted from both NIST starting points with the default options. Accuracy is measured as NIST and
 * McCullough (1999) do, by the log relative error LRE = −log₁₀(|estimate − certified| / |certified|),
 * the number of correct significant digits. Required: LRE ≥ 6 for every parameter and ≥ 3 for every
 * standard error.
 */
class NistCertificationTest {
    private static final List<String> TABLE = new ArrayList<>();

    static Stream<Arguments> cases() {
        return Stream.of(NistModel.values()).flatMap(m -> Stream.of(Arguments.of(m, 1), Arguments.of(m, 2)));
    }

    static double lre(double estimate, double certified) {
        if (estimate == certified) {
            return 16;
        }
        return -Math.log10(Math.abs(estimate - certified) / Math.abs(certified));
    }

    @ParameterizedTest(name = "{0} from start {1}")
    @MethodSource("cases")
    void reproducesTheCertifiedValuesAndStandardErrors(NistModel model, int start) {
        NistDataset data = NistDataset.load(model.datasetName());
        assertEquals(model.parameters, data.certified.length);
        FitResult fit = LeastSquares.fit(model.problem(data), data.start(start));
        assertTrue(fit.converged(), fit.toString());
        assertEquals(CovarianceStatus.AVAILABLE, fit.covarianceStatus(), fit.toString());
        double[] p = fit.parameters();
        double[] se = fit.standardErrors();
        double worstParameter = Double.POSITIVE_INFINITY;
        double worstError = Double.POSITIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            worstParameter = Math.min(worstParameter, lre(p[i], data.certified[i]));
            worstError = Math.min(worstError, lre(se[i], data.certifiedStandardErrors[i]));
        }
        double rssDigits = lre(fit.residualSumOfSquares(), data.certifiedResidualSumOfSquares);
        TABLE.add(String.format("| %-8s | %d | %4.1f | %4.1f | %4.1f | %3d | %3d | %3d | %s |", data.name,
                start, worstParameter, worstError, rssDigits, fit.optimization().iterations(),
                fit.residualEvaluations(), fit.jacobianEvaluations(), fit.optimization().termination()));
        for (int i = 0; i < p.length; i++) {
            assertTrue(lre(p[i], data.certified[i]) >= 6, String.format("b%d = %.12e, certified %.10e: %s",
                    i + 1, p[i], data.certified[i], fit));
            assertTrue(lre(se[i], data.certifiedStandardErrors[i]) >= 3, String.format(
                    "SE(b%d) = %.12e, certified %.10e", i + 1, se[i], data.certifiedStandardErrors[i]));
        }
        assertTrue(rssDigits >= 9, "RSS " + fit.residualSumOfSquares());
    }

    @AfterAll
    static void printTable() {
        System.out.println("| dataset | start | LRE params (min) | LRE SE (min) | LRE RSS | iterations"
                + " | residual evals | Jacobian evals | termination |");
        TABLE.forEach(System.out::println);
    }
}
