package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guarantees of {@link Optimizer#minimize} that hold for every Newton-family method. */
class MinimizeContractTest {

    @ParameterizedTest
    @ValueSource(strings = {"newton", "damped-newton"})
    void neverMutatesTheStartPointAndNeverReturnsAWorsePoint(String method) {
        Optimizer optimizer = Optimizers.named(method);
        for (TestProblem problem : TestProblems.mgh()) {
            for (double scale : new double[] {1, 10, 100}) {
                double[] x0 = problem.start();
                for (int i = 0; i < x0.length; i++) {
                    x0[i] *= scale;
                }
                double[] copy = x0.clone();
                double f0 = problem.objective().value(x0);
                OptimizationResult r = optimizer.minimize(problem.objective(), x0);
                assertArrayEquals(copy, x0, 0.0, method + " mutated x0 on " + problem.name());
                assertTrue(r.value() <= f0, method + " on " + problem.name() + " ×" + scale
                        + ": f = " + r.value() + " > f(x0) = " + f0);
                assertEquals(problem.objective().value(r.point()), r.value(), 0.0,
                        "the reported value belongs to the reported point");
            }
        }
    }

    @Test
    void rejectsAStartPointOfTheWrongDimension() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.named("damped-newton").minimize(
                        TestProblems.byName("wood").objective(), new double[] {1, 2}));
        assertTrue(e.getMessage().startsWith("x0"), e.getMessage());
    }

    @Test
    void rejectsNaNInTheStartPoint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.named("newton").minimize(
                        TestProblems.byName("rosenbrock").objective(), new double[] {1, Double.NaN}));
        assertTrue(e.getMessage().startsWith("x0[1]"), e.getMessage());
    }

    @Test
    void rejectsANegativeTolerance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConvergenceCriteria.defaults().withGradientTolerance(-1e-8));
        assertTrue(e.getMessage().startsWith("gradientTolerance"), e.getMessage());
    }

    @Test
    void aListenerCanStopTheRun() {
        List<Integer> seen = new ArrayList<>();
        OptimizationResult r = Optimizers.named("damped-newton").minimize(
                TestProblems.byName("rosenbrock").objective(), new double[] {-1.2, 1}, info -> {
                    seen.add(info.iteration());
                    return info.iteration() < 3;
                });
        assertEquals(TerminationReason.STOPPED_BY_LISTENER, r.termination());
        assertEquals(3, r.iterations());
        assertEquals(List.of(0, 1, 2, 3), seen);
    }

    @Test
    void anExceptionFromTheObjectiveEndsTheRunWithItsCause() {
        TestProblem rosenbrock = TestProblems.byName("rosenbrock");
        TwiceDifferentiable base = rosenbrock.objective();
        int[] calls = {0};
        IllegalStateException boom = new IllegalStateException("boom");
        TwiceDifferentiable failing = TwiceDifferentiable.of(2,
                x -> {
                    if (++calls[0] == 4) {
                        throw boom;
                    }
                    return base.value(x);
                },
                base::gradient, base::hessian);
        OptimizationResult r = Optimizers.named("damped-newton").minimize(failing, new double[] {-1.2, 1});
        assertEquals(TerminationReason.OBJECTIVE_FAILED, r.termination(), r.message());
        assertSame(boom, r.cause().orElseThrow());
        assertTrue(r.value() <= base.value(new double[] {-1.2, 1}));
        assertEquals(base.value(r.point()), r.value(), 0.0);
    }

    @Test
    void theEvaluationBudgetIsHonoured() {
        OptimizationResult r = Optimizers.named("damped-newton")
                .withCriteria(ConvergenceCriteria.defaults().withMaxEvaluations(5))
                .minimize(TestProblems.byName("rosenbrock").objective(), new double[] {-1.2, 1});
        assertEquals(TerminationReason.MAX_EVALUATIONS, r.termination(), r.message());
        assertTrue(r.valueEvaluations() <= 5, r.toString());
    }

    @Test
    void zeroIterationsEvaluatesOnlyTheStartPoint() {
        OptimizationResult r = Optimizers.named("newton")
                .withCriteria(ConvergenceCriteria.defaults().withMaxIterations(0))
                .minimize(TestProblems.byName("rosenbrock").objective(), new double[] {-1.2, 1});
        assertEquals(TerminationReason.MAX_ITERATIONS, r.termination());
        assertEquals(0, r.iterations());
        assertEquals(1, r.valueEvaluations());
        assertArrayEquals(new double[] {-1.2, 1}, r.point(), 0.0);
    }

    @Test
    void aNaNHessianEndsTheRunAsNonFinite() {
        TwiceDifferentiable base = TestProblems.byName("rosenbrock").objective();
        TwiceDifferentiable nanHessian = TwiceDifferentiable.of(2, base::value, base::gradient,
                (x, h) -> {
                    base.hessian(x, h);
                    h.set(0, 1, Double.NaN);
                });
        OptimizationResult r = Optimizers.named("damped-newton").minimize(nanHessian,
                new double[] {-1.2, 1});
        assertEquals(TerminationReason.NON_FINITE, r.termination(), r.message());
        assertTrue(Double.isFinite(r.value()));
    }

    @Test
    void registersBothNewtonMethods() {
        assertTrue(Optimizers.names().containsAll(List.of("newton", "damped-newton")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.named("no-such-method"));
        assertTrue(e.getMessage().contains("no-such-method"), e.getMessage());
    }
}
