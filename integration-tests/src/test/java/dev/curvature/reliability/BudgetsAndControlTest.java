package dev.curvature.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Budgets, time limits, interrupts and listeners, for every registered method. */
class BudgetsAndControlTest {

    static Iterable<String> methods() {
        return Optimizers.names();
    }

    private static final TestProblem ROSENBROCK = TestProblems.byName("rosenbrock");

    @ParameterizedTest
    @MethodSource("methods")
    void zeroIterationsReturnsTheStartPoint(String method) {
        OptimizationResult r = Optimizers.named(method)
                .withCriteria(ConvergenceCriteria.defaults().withMaxIterations(0))
                .minimize(ROSENBROCK.objective(), ROSENBROCK.start());
        assertEquals(TerminationReason.MAX_ITERATIONS, r.termination());
        assertEquals(0, r.iterations());
        assertEquals(ROSENBROCK.objective().value(ROSENBROCK.start()), r.value());
    }

    @ParameterizedTest
    @MethodSource("methods")
    void tinyEvaluationBudgetsAreHonoured(String method) {
        for (int budget = 1; budget <= 6; budget++) {
            OptimizationResult r = Optimizers.named(method)
                    .withCriteria(ConvergenceCriteria.defaults().withMaxEvaluations(budget))
                    .minimize(ROSENBROCK.objective(), ROSENBROCK.start());
            assertTrue(Math.max(r.valueEvaluations(), r.gradientEvaluations()) <= budget,
                    method + " budget " + budget + ": " + r);
            assertTrue(r.value() <= ROSENBROCK.objective().value(ROSENBROCK.start()));
            assertTrue(r.termination() == TerminationReason.MAX_EVALUATIONS || r.converged(),
                    method + " budget " + budget + ": " + r.message());
        }
    }

    @ParameterizedTest
    @MethodSource("methods")
    void aTimeLimitEndsALongRun(String method) {
        TwiceDifferentiable slow = slowed(ROSENBROCK.objective(), 2);
        OptimizationResult r = Optimizers.named(method)
                .withCriteria(ConvergenceCriteria.defaults().withTimeLimit(Duration.ofMillis(20))
                        .withGradientTolerance(0))
                .minimize(slow, ROSENBROCK.start());
        assertTrue(r.termination() == TerminationReason.TIME_LIMIT || r.converged()
                        || r.termination() == TerminationReason.LINE_SEARCH_FAILED,
                method + ": " + r.message());
        assertTrue(r.elapsed().toMillis() < 2000, r.toString());
    }

    @ParameterizedTest
    @MethodSource("methods")
    void anInterruptEndsTheRunWithinOneIteration(String method) throws Exception {
        TestProblem big = TestProblems.byName("extended-rosenbrock");
        TwiceDifferentiable slow = slowed(big.objective(), 1);
        Optimizer optimizer = Optimizers.named(method)
                .withCriteria(ConvergenceCriteria.defaults().withGradientTolerance(0)
                        .withMaxIterations(100_000));
        AtomicReference<OptimizationResult> result = new AtomicReference<>();
        AtomicInteger lastIteration = new AtomicInteger(-1);
        CountDownLatch started = new CountDownLatch(3);
        Thread runner = new Thread(() -> result.set(optimizer.minimize(slow, big.start(), info -> {
            lastIteration.set(info.iteration());
            started.countDown();
            return true;
        })));
        runner.start();
        started.await();
        Thread.sleep(5);
        int seenBeforeInterrupt = lastIteration.get();
        runner.interrupt();
        runner.join(10_000);
        OptimizationResult r = result.get();
        assertTrue(r != null, method + " did not return within 10 s of the interrupt");
        if (!r.converged() && r.termination() != TerminationReason.LINE_SEARCH_FAILED) {
            assertEquals(TerminationReason.INTERRUPTED, r.termination(), method + ": " + r.message());
        }
        assertTrue(r.value() <= big.objective().value(big.start()));
        assertTrue(r.iterations() <= seenBeforeInterrupt + 2,
                method + ": " + r.iterations() + " iterations, interrupted after " + seenBeforeInterrupt);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void aListenerThatThrowsStopsTheRunAndKeepsTheCause(String method) {
        RuntimeException oops = new IllegalStateException("listener failed");
        OptimizationResult r = Optimizers.named(method).minimize(ROSENBROCK.objective(),
                ROSENBROCK.start(), info -> {
                    if (info.iteration() == 1) {
                        throw oops;
                    }
                    return true;
                });
        assertEquals(TerminationReason.STOPPED_BY_LISTENER, r.termination());
        assertSame(oops, r.cause().orElseThrow());
        assertTrue(r.value() <= ROSENBROCK.objective().value(ROSENBROCK.start()));
    }

    /** The objective, with each value or gradient call taking about {@code millis} ms. */
    static TwiceDifferentiable slowed(TwiceDifferentiable base, long millis) {
        return new TwiceDifferentiable() {
            private void pause() {
                long until = System.nanoTime() + millis * 1_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }

            @Override
            public int dimension() {
                return base.dimension();
            }

            @Override
            public double value(double[] x) {
                pause();
                return base.value(x);
            }

            @Override
            public void gradient(double[] x, double[] g) {
                pause();
                base.gradient(x, g);
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                pause();
                return base.valueAndGradient(x, g);
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                base.hessian(x, out);
            }

            @Override
            public void hessianVector(double[] x, double[] v, double[] out) {
                base.hessianVector(x, v, out);
            }
        };
    }
}
