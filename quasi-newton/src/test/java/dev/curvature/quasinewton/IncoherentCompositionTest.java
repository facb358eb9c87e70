package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.linesearch.Backtracking;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.MoreThuente;
import dev.curvature.trustregion.MoreSorensen;
import dev.curvature.trustregion.TrustRegion;
import org.junit.jupiter.api.Test;

/** Compositions that cannot work are refused when composed, with the reason in the message. */
class IncoherentCompositionTest {

    @Test
    void secantUpdatesNeedAWolfeLineSearch() {
        for (var secant : new dev.curvature.api.spi.CurvatureProvider[] {Bfgs.defaults(),
            Lbfgs.defaults()}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new IterativeOptimizer("bfgs-armijo", secant,
                            new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                            ConvergenceCriteria.defaults()));
            assertTrue(e.getMessage().contains("sᵀy > 0") && e.getMessage().contains("Wolfe"),
                    e.getMessage());
            assertDoesNotThrow(() -> new IterativeOptimizer("bfgs", secant,
                    new LineSearchGlobalization(MoreThuente.defaults(), InitialStep.UNIT),
                    ConvergenceCriteria.defaults()));
        }
    }

    @Test
    void theDenseTrustRegionSolverNeedsADenseModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IterativeOptimizer("lbfgs-tr", Lbfgs.defaults(),
                        TrustRegion.with(MoreSorensen.defaults()), ConvergenceCriteria.defaults()));
        assertTrue(e.getMessage().contains("matrix-free"), e.getMessage());
        assertDoesNotThrow(() -> new IterativeOptimizer("sr1-exact", Sr1.defaults(),
                TrustRegion.with(MoreSorensen.defaults()), ConvergenceCriteria.defaults()));
    }
}
