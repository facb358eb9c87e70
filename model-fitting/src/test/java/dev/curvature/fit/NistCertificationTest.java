package dev.curvature.fit;

import dev.curvature.problems.NistDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 27 NIST StRD nonlinear regression datasets (https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml),
 * fitted from both NIST starting points with the default options. Accuracy is measured as NIST and
 * McCullough (1999) do, by the log relative error LRE = −log₁₀(|estimate − certified| / |certified|),
 * the number of correct significant digits. Required: convergence, an available covariance, LRE ≥ 6
 * for every parameter, ≥ 3 for every standard error and ≥ 9 for the residual sum of squares.
 *
 * <p>The runs that do not meet that bar are listed in {@link #KNOWN_FAILURES} with the reason; for
 * them the test asserts that they still fail (so it breaks, and the entry must go, when one starts
 * passing) and checks whatever part of the bar they do meet.
 */
class NistCertificationTest {
    private static final List<String> TABLE = new ArrayList<>();

    /** What part of the bar a known failure misses. */
    enum Miss {
        /** Only the residual sum of squares: parameters and standard errors are still asserted. */
        RESIDUAL_SUM_OF_SQUARES,
        /** The fit itself: it does not reach the certified minimum. */
        FIT
    }

    /**
     * Runs that miss the bar, keyed "dataset/start".
     * <ul>
     *   <li>Lanczos1: the certified RSS, 1.43·10⁻²⁵, is at the rounding level of the data (the
     *       residuals, ~10⁻¹³, are a few hundred ulps of y ≈ 1); in double precision each residual
     *       carries a relative rounding error of ~10⁻³, so no double-precision evaluation of r
     *       reproduces that RSS to more than about 3 digits. Parameters and standard errors are
     *       still required to meet the bar.
     *   <li>MGH10 from start 1 (b2 = 4·10⁵, b3 = 2.5·10⁴, four orders of magnitude from the
     *       solution): the first steps drive b1 towards 10⁻⁵⁰ (b2 ≈ 4.3·10⁵, b3 ≈ 3400), into a
     *       long curved valley along which log b1 must climb back by ~110 while b3 falls to 345.
     *       Late in the run the damping is negligible (μ ≈ 3·10⁻¹⁷; relative to the current
     *       columns ~3·10⁻⁵ on b1): the steps are essentially Gauss–Newton, and linear steps
     *       cannot follow the curvature of the valley — log b1 climbs by about 1 per 100
     *       iterations. 1000 iterations are not enough (about 4500 with geodesic acceleration,
     *       7500 without). Measured and rejected: current column norms as D (Marquardt's scaling;
     *       ~700–1200 iterations, but MGH17's b5 evaporates), Moré's step bound ‖Dp‖ ≤ Δ with
     *       Δ₀ = 100‖Dx₀‖ (the bound never binds on the way into the valley; BoxBOD from start 1
     *       fails with it), MINPACK's full Δ rules (MGH09 from start 1 fails), delayed
     *       gratification (MGH17 from start 1 fails).
     * </ul>
     */
    static final Map<String, Miss> KNOWN_FAILURES = Map.of(
            "Lanczos1/1", Miss.RESIDUAL_SUM_OF_SQUARES,
            "Lanczos1/2", Miss.RESIDUAL_SUM_OF_SQUARES,
            "MGH10/1", Miss.FIT);

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
        assertEquals(model.parameters, data.certified().length);
        FitResult fit = LeastSquares.fit(model.problem(data), data.start(start));
        boolean covariance = fit.covarianceStatus() == CovarianceStatus.AVAILABLE;
        double[] p = fit.parameters();
        double[] se = covariance ? fit.standardErrors() : null;
        double worstParameter = Double.POSITIVE_INFINITY;
        double worstError = covariance ? Double.POSITIVE_INFINITY : Double.NaN;
        for (int i = 0; i < p.length; i++) {
            worstParameter = Math.min(worstParameter, lre(p[i], data.certified()[i]));
            if (covariance) {
                worstError = Math.min(worstError, lre(se[i], data.certifiedStandardErrors()[i]));
            }
        }
        double rssDigits = lre(fit.residualSumOfSquares(), data.certifiedResidualSumOfSquares());
        String key = data.name() + "/" + start;
        Miss known = KNOWN_FAILURES.get(key);
        TABLE.add(String.format("| %-8s | %d | %4.1f | %4.1f | %4.1f | %4d | %4d | %4d | %s |%s", data.name(),
                start, worstParameter, worstError, rssDigits, fit.optimization().iterations(),
                fit.residualEvaluations(), fit.jacobianEvaluations(), fit.optimization().termination(),
                known == null ? "" : " known failure (" + known + ")"));
        boolean parametersAndErrors = fit.converged() && covariance && worstParameter >= 6 && worstError >= 3;
        if (known == Miss.FIT) {
            assertFalse(parametersAndErrors && rssDigits >= 9,
                    key + " now meets the bar: remove it from KNOWN_FAILURES. " + fit);
            return;
        }
        assertTrue(fit.converged(), fit.toString());
        assertTrue(covariance, fit.toString());
        for (int i = 0; i < p.length; i++) {
            assertTrue(lre(p[i], data.certified()[i]) >= 6, String.format("b%d = %.12e, certified %.10e: %s",
                    i + 1, p[i], data.certified()[i], fit));
            assertTrue(lre(se[i], data.certifiedStandardErrors()[i]) >= 3, String.format(
                    "SE(b%d) = %.12e, certified %.10e", i + 1, se[i], data.certifiedStandardErrors()[i]));
        }
        if (known == Miss.RESIDUAL_SUM_OF_SQUARES) {
            assertFalse(rssDigits >= 9, key + " now reproduces the RSS: remove it from KNOWN_FAILURES");
        } else {
            assertTrue(rssDigits >= 9, "RSS " + fit.residualSumOfSquares());
        }
    }

    @AfterAll
    static void printTable() {
        System.out.println("| dataset | start | LRE params (min) | LRE SE (min) | LRE RSS | iterations"
                + " | residual evals | Jacobian evals | termination |");
        TABLE.forEach(System.out::println);
    }
}
