package dev.curvature.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import dev.curvature.reliability.FaultyObjective.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered method on every MGH problem with an objective that misbehaves: no exception
 * escapes, the termination says what happened, the returned point is finite and its value is no
 * worse than f(x0).
 */
class FaultInjectionTest {

    static Stream<Arguments> methodsAndFaults() {
        List<Arguments> all = new ArrayList<>();
        for (String method : Optimizers.names()) {
            for (Fault fault : new Fault[] {Fault.NAN_VALUE, Fault.INF_VALUE, Fault.NAN_GRADIENT,
                    Fault.INF_GRADIENT, Fault.NAN_HESSIAN}) {
                all.add(Arguments.of(method, fault));
            }
        }
        return all.stream();
    }

    /** Checks the promises every result keeps, whatever happened. */
    static void assertTrustworthy(String what, OptimizationResult r, double f0) {
        assertNotNull(r.termination(), what);
        for (double xi : r.point()) {
            assertTrue(Double.isFinite(xi), what + ": non-finite point " + r);
        }
        if (Double.isFinite(f0)) {
            assertTrue(r.value() <= f0, what + ": f = " + r.value() + " > f(x0) = " + f0 + "; " + r.message());
        }
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("methodsAndFaults")
    void randomNonFiniteValuesNeverEscapeAsExceptionsOrWorsePoints(String method, Fault fault) {
        Optimizer optimizer = Optimizers.named(method);
        long seed = 1;
        for (TestProblem p : TestProblems.mgh()) {
            TwiceDifferentiable clean = p.objective();
            double[] x0 = p.start();
            double f0 = clean.value(x0);
            FaultyObjective faulty = FaultyObjective.random(clean, fault, 0.2, seed++);
            OptimizationResult r;
            try {
                r = optimizer.minimize(faulty, x0);
            } catch (RuntimeException e) {
                fail(method + " on " + p.name() + " with " + fault + " threw " + e, e);
                return;
            }
            assertTrustworthy(method + " on " + p.name() + " with " + fault, r, f0);
            if (Double.isFinite(r.value())) {
                assertEquals(clean.value(r.point()), r.value(), 0.0,
                        "the reported value is the objective's at the reported point");
            }
        }
    }

    @Test
    void anExceptionAtTheKthEvaluationEndsEveryMethodWithObjectiveFailed() {
        for (String method : Optimizers.names()) {
            for (TestProblem p : TestProblems.mgh()) {
                for (int k : new int[] {1, 2, 5}) {
                    TwiceDifferentiable clean = p.objective();
                    double[] x0 = p.start();
                    FaultyObjective faulty = FaultyObjective.at(clean, Fault.THROW, e -> e == k);
                    OptimizationResult r = Optimizers.named(method).minimize(faulty, x0);
                    String what = method + " on " + p.name() + ", throw at " + k;
                    if (r.termination() != TerminationReason.OBJECTIVE_FAILED) {
                        // the run may legitimately finish before the k-th evaluation
                        assertTrue(r.valueEvaluations() + r.gradientEvaluations() < 2 * k, what + ": " + r);
                        continue;
                    }
                    assertTrue(r.cause().orElseThrow() instanceof IllegalStateException, what);
                    assertTrustworthy(what, r, k == 1 ? Double.NaN : clean.value(x0));
                }
            }
        }
    }

    @Test
    void anObjectiveDefinedOnlyOnABallIsMinimizedInsideIt() {
        for (String method : Optimizers.names()) {
            for (TestProblem p : TestProblems.mgh()) {
                double[] x0 = p.start();
                double radius = 2 * norm(x0) + 1;
                FaultyObjective ball = FaultyObjective.definedOnBall(p.objective(), x0, radius);
                OptimizationResult r = Optimizers.named(method).minimize(ball, x0);
                String what = method + " on " + p.name() + " restricted to a ball";
                assertTrustworthy(what, r, p.objective().value(x0));
                double d = 0;
                for (int i = 0; i < x0.length; i++) {
                    d += Math.pow(r.point()[i] - x0[i], 2);
                }
                assertTrue(Math.sqrt(d) <= radius, what + ": left the domain");
            }
        }
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
