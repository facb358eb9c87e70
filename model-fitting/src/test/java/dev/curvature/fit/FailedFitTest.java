package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A fit that does not converge reports no standard errors (issue 17). */
class FailedFitTest {

    @Test
    void aFitThatFailsAtItsFirstStepHasNoStandardErrors() {
        // residuals rᵢ = p − i, finite only at p = 0: every step leaves the domain
        ResidualModel onlyAtStart = ResidualModel.of(1, 3, (p, r) -> {
            for (int i = 0; i < 3; i++) {
                r[i] = p[0] == 0 ? -i : Double.NaN;
            }
        }, (p, j) -> {
            for (int i = 0; i < 3; i++) {
                j.set(i, 0, 1);
            }
        });
        FitResult fit = LeastSquares.fit(onlyAtStart, new double[] {0});
        assertFalse(fit.optimization().converged(), fit.toString());
        assertEquals(0, fit.optimization().iterations(), fit.toString());
        assertEquals(CovarianceStatus.NOT_CONVERGED, fit.covarianceStatus(), fit.toString());
        assertThrows(IllegalStateException.class, fit::standardErrors);
    }
}
