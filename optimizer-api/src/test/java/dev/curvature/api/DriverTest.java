package dev.curvature.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Globalization;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.RunState;
import dev.curvature.api.spi.StepOutcome;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The driver's bookkeeping, exercised with the simplest method there is: steepest descent with
 * step halving to the Armijo condition (both defined here, so this module's tests stand alone).
 */
class DriverTest {

    /** B = I, so p = −g. */
    static final CurvatureProvider STEEPEST = objective -> new CurvatureModel() {
        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] out) {
            Vectors.scale(-1, g, out);
            return DirectionStatus.OK;
        }

        @Override
        public void multiply(double[] x, double[] g, double[] v, double[] out) {
            Vectors.copy(v, out);
        }

        @Override
        public void update(StepRecord step) {
        }

        @Override
        public boolean reset() {
            return false;
        }
    };

    /**
     * Steepest descent with α halved until φ(α) ≤ φ(0) + 10⁻⁴αφ'(0), written against the step
     * protocol directly (the line-search module's globalization is downstream of this module).
     */
    static final Globalization HALVING = state -> new Globalization.State() {
        private final StepOutcome.Accepted accepted = new StepOutcome.Accepted();
        private final StepOutcome.Failed failed = new StepOutcome.Failed();

        @Override
        public StepOutcome step(RunState st) {
            double[] p = st.direction();
            st.model().direction(st.point(), st.gradient(), p);
            double slope = Vectors.dot(st.gradient(), p);
            double alpha = 1;
            for (int i = 0; i < 60; i++) {
                Vectors.addScaled(st.point(), alpha, p, st.trialPoint());
                double v = st.objective().value(st.trialPoint());
                if (v <= st.value() + 1e-4 * alpha * slope) {
                    st.objective().gradient(st.trialPoint(), st.trialGradient());
                    st.describeStep(DirectionKind.MODEL, slope, 1, Double.NaN, Double.NaN, 0);
                    return accepted.set(v, alpha);
                }
                alpha *= 0.5;
            }
            return giveUp(st);
        }

        @Override
        public StepOutcome.Failed giveUp(RunState st) {
            return failed.set(TerminationReason.LINE_SEARCH_FAILED, "no step after 60 halvings");
        }
    };

    static final IterativeOptimizer DESCENT = new IterativeOptimizer("steepest-descent", STEEPEST,
            HALVING, ConvergenceCriteria.defaults());

    /** f = Σ (i+1)·xᵢ², minimum 0 at the origin. */
    static Objective quadratic(int n) {
        return Objective.of(n, x -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += (i + 1) * x[i] * x[i];
            }
            return f;
        }, (x, g) -> {
            for (int i = 0; i < n; i++) {
                g[i] = 2 * (i + 1) * x[i];
            }
        });
    }

    @Test
    void steepestDescentConvergesOnAWellConditionedQuadratic() {
        OptimizationResult r = DESCENT.minimize(quadratic(3), new double[] {1, 1, 1});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.message());
        assertTrue(r.converged());
        assertTrue(r.gradientNorm() <= 1e-8);
        assertTrue(r.value() < 1e-16);
        assertTrue(r.gradientEvaluations() == r.iterations() + 1,
                "one gradient per accepted point plus x0: " + r);
    }

    @Test
    void aListenerThatThrowsStopsTheRunAndKeepsTheCause() {
        RuntimeException oops = new RuntimeException("oops");
        OptimizationResult r = DESCENT.minimize(quadratic(2), new double[] {1, 1}, info -> {
            if (info.iteration() == 2) {
                throw oops;
            }
            return true;
        });
        assertEquals(TerminationReason.STOPPED_BY_LISTENER, r.termination());
        assertSame(oops, r.cause().orElseThrow());
        assertEquals(2, r.iterations());
    }

    @Test
    void anInterruptedThreadStopsBeforeTheNextIteration() {
        Thread.currentThread().interrupt();
        try {
            OptimizationResult r = DESCENT.minimize(quadratic(2), new double[] {1, 1});
            assertEquals(TerminationReason.INTERRUPTED, r.termination());
            assertEquals(0, r.iterations());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is preserved");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aTimeLimitStopsTheRun() {
        OptimizationResult r = DESCENT
                .withCriteria(ConvergenceCriteria.defaults().withTimeLimit(Duration.ofNanos(1)))
                .minimize(quadratic(2), new double[] {1, 1}, info -> {
                    long until = System.nanoTime() + 1_000_000;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    return true;
                });
        assertEquals(TerminationReason.TIME_LIMIT, r.termination());
        assertEquals(0, r.iterations());
    }

    @Test
    void aNonFiniteValueAtTheStartEndsTheRunAsNonFinite() {
        Objective f = Objective.of(1, x -> Double.NaN, (x, g) -> g[0] = 1);
        OptimizationResult r = DESCENT.minimize(f, new double[] {0});
        assertEquals(TerminationReason.NON_FINITE, r.termination());
        assertEquals(0, r.point()[0]);
    }

    @Test
    void aRegionWhereTheObjectiveIsUndefinedIsSteppedAround() {
        // f = x² − log(x) (minimum at 1/√2), +∞ for x ≤ 0; the unit steepest-descent step from 3
        // lands at −14, outside the domain.
        Objective f = Objective.of(1, x -> x[0] > 0 ? x[0] * x[0] - Math.log(x[0])
                : Double.POSITIVE_INFINITY, (x, g) -> g[0] = 2 * x[0] - 1 / x[0]);
        OptimizationResult r = DESCENT.minimize(f, new double[] {3});
        assertTrue(r.converged(), r.message());
        assertEquals(Math.sqrt(0.5), r.point()[0], 1e-8);
    }

    @Test
    void theCriteriaValidateTheirArguments() {
        ConvergenceCriteria c = ConvergenceCriteria.defaults();
        assertThrows(IllegalArgumentException.class, () -> c.withValueTolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> c.withStepTolerance(-1));
        assertThrows(IllegalArgumentException.class, () -> c.withMaxIterations(-1));
        assertThrows(IllegalArgumentException.class, () -> c.withMaxEvaluations(0));
        assertThrows(IllegalArgumentException.class, () -> c.withTimeLimit(Duration.ZERO));
        assertEquals(1e-8, c.gradientTolerance());
        assertEquals(1000, c.maxIterations());
    }

    @Test
    void theCountingObjectiveCountsEachKindOfCall() {
        CountingObjective c = new CountingObjective(quadratic(2), 10);
        double[] g = new double[2];
        c.value(new double[] {1, 1});
        c.gradient(new double[] {1, 1}, g);
        c.valueAndGradient(new double[] {1, 1}, g);
        assertEquals(2, c.valueEvaluations());
        assertEquals(2, c.gradientEvaluations());
        assertEquals(3, c.calls());
        assertThrows(UnsupportedOperationException.class,
                () -> c.hessian(new double[2], new org.ejml.data.DMatrixRMaj(2, 2)));
    }
}
