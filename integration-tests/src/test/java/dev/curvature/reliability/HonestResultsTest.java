package dev.curvature.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.MoreThuente;
import dev.curvature.newton.AddedIdentity;
import dev.curvature.newton.FiniteDifferenceHessian;
import dev.curvature.newton.HessianCurvature;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One test per defect of the honesty issue (17): each failed on the code before the fix.
 */
class HonestResultsTest {

    private static TwiceDifferentiable rosenbrock(double scale, double bound) {
        return TwiceDifferentiable.of(2, x -> Math.abs(x[0]) > bound || Math.abs(x[1]) > bound
                ? Double.NEGATIVE_INFINITY
                : scale * (100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2)),
                (x, g) -> {
                    g[0] = scale * (-400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]));
                    g[1] = scale * 200 * (x[1] - x[0] * x[0]);
                }, (x, h) -> {
                    h.set(0, 0, scale * (1200 * x[0] * x[0] - 400 * x[1] + 2));
                    h.set(0, 1, scale * -400 * x[0]);
                    h.set(1, 0, scale * -400 * x[0]);
                    h.set(1, 1, scale * 200);
                });
    }

    /** Defect 1: a trial where f = −∞ is never adopted as the best point. */
    @Test
    void aMinusInfiniteValueIsNeverTheBestPoint() {
        TwiceDifferentiable f = rosenbrock(1, 3);
        double[] x0 = {-2.9, 0.5};
        for (String method : Optimizers.names()) {
            OptimizationResult r = Optimizers.named(method).minimize(f, x0);
            assertTrue(Double.isFinite(r.value()), method + ": " + r);
            assertEquals(f.value(r.point()), r.value(), 0.0, method + ": value is f(point)");
            assertTrue(r.value() <= f.value(x0), method + ": " + r);
        }
    }

    /** Defect 2: a converged reason is never kept for an earlier, non-converged best point. */
    @Test
    void returningAnEarlierBestPointDropsTheConvergedReason() {
        TwiceDifferentiable concave = TwiceDifferentiable.of(1, x -> -x[0] * x[0],
                (x, g) -> g[0] = -2 * x[0], (x, h) -> h.set(0, 0, -2));
        TwiceDifferentiable doubleWell = TwiceDifferentiable.of(1,
                x -> Math.pow(x[0], 4) / 4 - x[0] * x[0] / 2,
                (x, g) -> g[0] = Math.pow(x[0], 3) - x[0], (x, h) -> h.set(0, 0, 3 * x[0] * x[0] - 1));
        for (String method : Optimizers.names()) {
            for (var c : new Object[][] {{concave, 1.0}, {doubleWell, 0.3}}) {
                TwiceDifferentiable f = (TwiceDifferentiable) c[0];
                OptimizationResult r = Optimizers.named(method).minimize(f,
                        new double[] {(double) c[1]});
                if (r.converged()) {
                    double[] g = new double[1];
                    f.gradient(r.point(), g);
                    assertTrue(Math.abs(g[0]) <= 1e-8, method + " converged at a point with ‖g‖ = "
                            + Math.abs(g[0]) + ": " + r);
                }
                assertTrue(r.value() <= f.value(new double[] {(double) c[1]}), method + ": " + r);
            }
        }
    }

    /** Defect 3: "converged at f's precision" needs a gradient that f's noise explains. */
    @Test
    void aHugelyScaledProblemIsNotConvergedAfterNoIterations() {
        TwiceDifferentiable f = rosenbrock(1e200, Double.POSITIVE_INFINITY);
        for (String method : Optimizers.names()) {
            OptimizationResult r = Optimizers.named(method).minimize(f, new double[] {-1.2, 1});
            if (r.converged()) {
                assertTrue(r.gradientNorm() <= 1e3 * 1e-8 * Math.max(1, Math.abs(r.value()))
                        || r.message().contains("noise"), method + ": " + r.message());
                assertTrue(r.gradientNorm() < 1e190, method + " converged with ‖g‖∞ = "
                        + r.gradientNorm() + ": " + r.message());
            }
        }
    }

    /** Defect 4: the budget running out in the second-order check never escapes. */
    @Test
    void theReadmeFiniteDifferenceNewtonNeverThrowsOnAnyBudget() {
        TestProblem p = TestProblems.byName("extended-rosenbrock").withDimension(10);
        Objective gradientOnly = Objective.of(10, p.objective()::value, p.objective()::gradient);
        for (int budget = 1; budget <= 200; budget++) {
            Optimizer fd = new IterativeOptimizer("fd-newton",
                    new HessianCurvature(FiniteDifferenceHessian.CENTRAL, AddedIdentity.defaults()),
                    new LineSearchGlobalization(MoreThuente.defaults(),
                            dev.curvature.api.spi.InitialStep.UNIT),
                    ConvergenceCriteria.defaults().withMaxEvaluations(budget));
            OptimizationResult r = fd.minimize(gradientOnly, p.start());
            assertTrue(r.valueEvaluations() <= budget && r.gradientEvaluations() <= budget,
                    "budget " + budget + ": " + r);
        }
    }

    /** Defect 5: an exception whose getMessage() throws is kept as the cause. */
    @Test
    void anExceptionWithABrokenMessageIsKeptAsTheCause() {
        RuntimeException broken = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("no message");
            }
        };
        TwiceDifferentiable good = rosenbrock(1, Double.POSITIVE_INFINITY);
        int[] calls = {0};
        TwiceDifferentiable f = TwiceDifferentiable.of(2, x -> {
            if (++calls[0] == 3) {
                throw broken;
            }
            return good.value(x);
        }, good::gradient, good::hessian);
        for (String method : Optimizers.names()) {
            calls[0] = 0;
            OptimizationResult r = Optimizers.named(method).minimize(f, new double[] {-1.2, 1});
            if (calls[0] >= 3) {
                assertEquals(TerminationReason.OBJECTIVE_FAILED, r.termination(), method + ": " + r);
                assertSame(broken, r.cause().orElseThrow(), method);
            }
        }
    }

    /** Defect 7a: a listener that writes into the arrays it is given cannot corrupt the run. */
    @Test
    void aListenerThatScribblesOnThePointChangesNothing() {
        TwiceDifferentiable f = rosenbrock(1, Double.POSITIVE_INFINITY);
        for (String method : Optimizers.names()) {
            OptimizationResult clean = Optimizers.named(method).minimize(f, new double[] {-1.2, 1});
            OptimizationResult r = Optimizers.named(method).minimize(f, new double[] {-1.2, 1},
                    info -> {
                        info.point()[0] = 1e3;
                        info.gradient()[1] = -7;
                        return true;
                    });
            assertEquals(f.value(r.point()), r.value(), 0.0, method);
            assertEquals(clean.value(), r.value(), 0.0, method + ": the same run as without");
        }
    }

    /** Defect 7b: misuse gives IllegalArgumentExceptions naming the argument. */
    @Test
    void misuseIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Objective.of(2, null, (x, g) -> { }));
        assertTrue(e.getMessage().contains("value"), e.getMessage());
        Objective huge = Objective.of(50_000, x -> 0, (x, g) -> { });
        e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.named("bfgs").minimize(huge, new double[50_000]));
        assertTrue(e.getMessage().contains("objective.dimension()"), e.getMessage());
        TwiceDifferentiable hugeTwice = TwiceDifferentiable.of(50_000, x -> 0, (x, g) -> { },
                (x, h) -> { });
        e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.named("damped-newton").minimize(hugeTwice, new double[50_000]));
        assertTrue(e.getMessage().contains("46 340"), e.getMessage());
    }

    /** Defect 7c: an objective whose dimension changes ends the run with a clear reason. */
    @Test
    void aChangingDimensionEndsTheRunWithAClearCause() {
        TwiceDifferentiable base = rosenbrock(1, Double.POSITIVE_INFINITY);
        int[] calls = {0};
        Objective shifty = new Objective() {
            @Override
            public int dimension() {
                return ++calls[0] > 6 ? 3 : 2;
            }

            @Override
            public double value(double[] x) {
                return base.value(x);
            }

            @Override
            public void gradient(double[] x, double[] g) {
                base.gradient(x, g);
            }
        };
        for (String method : new String[] {"bfgs", "lbfgs", "newton-cg"}) {
            calls[0] = 0;
            OptimizationResult r = Optimizers.named(method).minimize(shifty, new double[] {-1.2, 1});
            assertEquals(TerminationReason.OBJECTIVE_FAILED, r.termination(), method + ": " + r);
            assertTrue(r.cause().orElseThrow().getMessage().contains("dimension"), r.message());
        }
    }

    /** Defect 7d: the time limit is checked at every evaluation, inside line searches too. */
    @Test
    void noEvaluationStartsAfterTheTimeLimit() {
        // Measured from the first evaluation, which the run's own clock precedes: an evaluation
        // that starts before the run's deadline starts less than the limit after it (measuring
        // from before minimize would count the run's set-up against it, a race).
        long[] firstStart = {0};
        long[] lastStart = {0};
        long limit = Duration.ofMillis(30).toNanos();
        Objective slowNaN = Objective.of(2, x -> {
            lastStart[0] = System.nanoTime();
            if (firstStart[0] == 0) {
                firstStart[0] = lastStart[0];
            }
            sleep();
            return x[0] == -1.2 && x[1] == 1 ? 24.2 : Double.NaN;
        }, (x, g) -> {
            g[0] = -215.6;
            g[1] = -88;
        });
        for (String method : new String[] {"bfgs", "lbfgs", "newton-cg"}) {
            firstStart[0] = 0;
            OptimizationResult r = Optimizers.named(method)
                    .withCriteria(ConvergenceCriteria.defaults().withTimeLimit(Duration.ofNanos(limit)))
                    .minimize(slowNaN, new double[] {-1.2, 1});
            assertFalse(r.converged(), method);
            assertTrue(lastStart[0] - firstStart[0] < limit, method + ": an evaluation started "
                    + (lastStart[0] - firstStart[0] - limit) / 1e6 + " ms after the limit; " + r);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Defect 7e: an asymmetric user Hessian is reported, not silently used. */
    @Test
    void anAsymmetricHessianIsReported() {
        TwiceDifferentiable good = rosenbrock(1, Double.POSITIVE_INFINITY);
        TwiceDifferentiable skewed = TwiceDifferentiable.of(2, good::value, good::gradient,
                (x, h) -> {
                    good.hessian(x, h);
                    h.set(0, 1, h.get(0, 1) + 1);
                });
        for (String method : new String[] {"newton", "damped-newton", "newton-trust-region"}) {
            OptimizationResult r = Optimizers.named(method).minimize(skewed, new double[] {-1.2, 1});
            assertEquals(TerminationReason.OBJECTIVE_FAILED, r.termination(), method + ": " + r);
            assertTrue(r.cause().orElseThrow().getMessage().contains("not symmetric"), r.message());
        }
    }
}
