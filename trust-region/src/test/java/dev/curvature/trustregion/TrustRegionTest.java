package dev.curvature.trustregion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.Vectors;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** N&amp;W Algorithm 4.1 as run by {@link TrustRegion} inside the shared driver. */
class TrustRegionTest {

    /** B = 1 in one dimension. */
    private static final CurvatureProvider UNIT_MODEL = objective -> new FixedModel(
            org.ejml.data.DMatrixRMaj.wrap(1, 1, new double[] {1}));

    private static IterativeOptimizer newton(TrustRegion region) {
        return new IterativeOptimizer("newton-tr-test", new ExactHessian(), region,
                ConvergenceCriteria.defaults());
    }

    static Stream<Arguments> solversAndProblems() {
        List<Arguments> list = new ArrayList<>();
        for (TrustRegionSolver solver : new TrustRegionSolver[] {SteihaugCg.defaults(),
            Dogleg.defaults(), MoreSorensen.defaults()}) {
            for (TestProblem problem : TestProblems.mgh()) {
                list.add(Arguments.of(solver, problem));
            }
        }
        return list.stream();
    }

    /**
     * Failures known today with exact Hessians, kept visible (each asserted to still fail):
     * <ul>
     *   <li>Dogleg wherever Newton-TR meets an indefinite ∇²f (Wood's saddle region at f ≈ 7.87,
     *       Powell badly scaled, Gulf, Kowalik–Osborne, Biggs EXP6): the dogleg then falls back to
     *       the Cauchy point every iteration (N&amp;W §4.1), i.e. steepest descent, which crawls;
     *       on Brown–Dennis it stops at f* by VALUE_TOLERANCE with ‖g‖∞ ≈ 6·10⁻⁶;
     *   <li>Meyer with every solver: ‖g‖∞ stays far above 10⁻⁸ where f stops changing in
     *       floating point (the trust region collapses, or the dogleg crawls);
     *   <li>MoreSorensen on Biggs EXP6: the nearly exact steps follow a valley where f creeps
     *       down (0.2427 after 1000 iterations, steps of 0.025); Steihaug-CG's truncated steps
     *       reach the minimizer in 146.
     * </ul>
     */
    private static final java.util.Map<Class<?>, java.util.Set<String>> KNOWN_FAILURES =
            java.util.Map.of(
                    SteihaugCg.class, java.util.Set.of("meyer"),
                    Dogleg.class, java.util.Set.of("meyer", "gulf", "wood",
                            "kowalik-osborne", "brown-dennis", "biggs-exp6"),
                    MoreSorensen.class, java.util.Set.of("meyer", "biggs-exp6"));

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("solversAndProblems")
    void trustRegionNewtonReachesTheGradientTolerance(TrustRegionSolver solver, TestProblem problem) {
        List<Double> values = new ArrayList<>();
        OptimizationResult r = newton(TrustRegion.with(solver)).minimize(problem.objective(),
                problem.start(), info -> values.add(info.value()));
        for (int k = 1; k < values.size(); k++) {
            assertTrue(values.get(k) <= values.get(k - 1), "f rose at iteration " + k + ": " + values);
        }
        // one value per trial, at least one trial per iteration, and a gradient only at x0 and
        // at accepted trials (plus, when the radius collapses, at a last trial that lowered f)
        assertTrue(r.valueEvaluations() >= r.iterations() + 1);
        assertTrue(r.gradientEvaluations() == r.iterations() + 1
                || r.termination() == TerminationReason.TRUST_REGION_COLLAPSED, r.toString());
        if (KNOWN_FAILURES.get(solver.getClass()).contains(problem.name())) {
            assertFalse(r.gradientNorm() <= 1e-8, solver + " now solves " + problem.name()
                    + ": remove it from KNOWN_FAILURES. " + r);
            return;
        }
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.toString());
        assertTrue(r.gradientNorm() <= 1e-8, r.toString());
    }

    /** f = ½(x − 10)², exact Newton model: the boundary steps double Δ from Δ₀ = 1. */
    @Test
    void radiusDoublesAfterVerySuccessfulBoundarySteps() {
        TwiceDifferentiable f = TwiceDifferentiable.of(1, x -> 0.5 * (x[0] - 10) * (x[0] - 10),
                (x, g) -> g[0] = x[0] - 10, (x, h) -> h.set(0, 0, 1));
        List<Double> points = new ArrayList<>();
        OptimizationResult r = newton(TrustRegion.defaults()).minimize(f, new double[] {0},
                info -> points.add(info.point()[0]));
        assertEquals(List.of(0.0, 1.0, 3.0, 7.0, 10.0), points);
        assertEquals(4, r.iterations());
        assertEquals(5, r.valueEvaluations(), "no trial was rejected");

        points.clear();
        newton(TrustRegion.defaults().withMaxRadius(1.5)).minimize(f, new double[] {0},
                info -> points.add(info.point()[0]));
        assertEquals(List.of(0.0, 1.0, 2.5, 4.0, 5.5, 7.0, 8.5, 10.0), points);
    }

    /**
     * A poor step (ρ &lt; ¼) is rejected and the radius becomes ¼‖p‖. The model B = 1 on
     * f = x⁴/4 from x = 2.2 with Δ₀ = 10: the first trial is x = −7.8 (the boundary; f rises from
     * 5.9 to 925), so the next must be at most 2.5 away.
     */
    @Test
    void aRejectedTrialReachesTheListenerWithItsRecord() {
        // f = x⁴/4 from 2.2 with B = 1 and Δ₀ = 10: the first trial, x = −7.8, is refused
        Objective f = Objective.of(1, x -> Math.pow(x[0], 4) / 4, (x, g) -> g[0] = x[0] * x[0] * x[0]);
        List<String> records = new ArrayList<>();
        OptimizationResult r = new IterativeOptimizer("unit-tr", UNIT_MODEL,
                TrustRegion.defaults().withInitialRadius(10),
                ConvergenceCriteria.defaults().withMaxIterations(3)).minimize(f,
                        new double[] {2.2}, info -> {
                            records.add(info.iteration() + ":" + info.accepted() + ":"
                                    + info.directionKind() + ":" + info.trustRadius());
                            if (!info.accepted()) {
                                assertEquals(2.2, info.point()[0], 0.0, "the iterate stays");
                                assertTrue(info.ratio() < 0.25, "refused for its ratio: " + info.ratio());
                                assertEquals(1, info.stepEvaluations(), "one f at the trial");
                            }
                            return true;
                        });
        assertEquals("0:true:NONE:NaN", records.get(0));
        assertEquals("0:false:TRUST_REGION:10.0", records.get(1), records.toString());
        long refused = records.stream().filter(s -> s.contains(":false:")).count();
        assertEquals(records.size() - 1 - r.iterations(), refused,
                "one record per accepted step and per refused trial: " + records);
    }

    @Test
    void anInterruptDuringRefusedTrialsStopsTheRunBeforeTheNextTrial() {
        Objective f = Objective.of(1, x -> Math.pow(x[0], 4) / 4, (x, g) -> g[0] = x[0] * x[0] * x[0]);
        int[] trialsAfterInterrupt = {0};
        boolean[] interrupted = {false};
        Objective counting = Objective.of(1, x -> {
            if (interrupted[0]) {
                trialsAfterInterrupt[0]++;
            }
            return f.value(x);
        }, f::gradient);
        OptimizationResult r;
        try {
            r = new IterativeOptimizer("unit-tr", UNIT_MODEL,
                    TrustRegion.defaults().withInitialRadius(1e6), ConvergenceCriteria.defaults())
                    .minimize(counting, new double[] {2.2}, info -> {
                        if (!info.accepted() && !interrupted[0]) {
                            interrupted[0] = true; // at the first refused trial
                            Thread.currentThread().interrupt();
                        }
                        return true;
                    });
        } finally {
            Thread.interrupted(); // clear the flag for the other tests
        }
        assertTrue(interrupted[0], "the scenario has a refused trial");
        assertEquals(TerminationReason.INTERRUPTED, r.termination(), r.toString());
        assertEquals(0, trialsAfterInterrupt[0], "no trial after the interrupt");
        assertEquals(0, r.iterations(), "interrupted inside the first iteration's trials");
    }

    @Test
    void aDenseSolverWithAMatrixFreeModelIsRefusedWhenComposed() {
        CurvatureProvider matrixFree = objective -> new FixedModel(
                org.ejml.data.DMatrixRMaj.wrap(1, 1, new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new IterativeOptimizer("x", matrixFree, TrustRegion.with(MoreSorensen.defaults()),
                        ConvergenceCriteria.defaults()));
        assertTrue(e.getMessage().contains("matrix-free"), e.getMessage());
    }

    @Test
    void poorStepsAreRejectedAndShrinkTheRadiusFromTheStepLength() {
        Objective f = Objective.of(1, x -> Math.pow(x[0], 4) / 4, (x, g) -> g[0] = x[0] * x[0] * x[0]);
        List<Double> trials = new ArrayList<>();
        Objective recording = Objective.of(1, x -> {
            trials.add(x[0]);
            return f.value(x);
        }, f::gradient);
        OptimizationResult r = new IterativeOptimizer("unit-tr", UNIT_MODEL,
                TrustRegion.defaults().withInitialRadius(10),
                ConvergenceCriteria.defaults().withMaxIterations(20)).minimize(
                        recording, new double[] {2.2});
        assertEquals(20, r.iterations(), r.toString());
        trials.remove(0); // the driver's evaluation of x0
        assertEquals(-7.8, trials.get(0), 1e-12, "first trial: x0 − Δ₀");
        int rejections = 0;
        double x = 2.2;
        double lastRejectedStep = Double.NaN;
        for (double t : trials) {
            double step = Math.abs(t - x);
            if (!Double.isNaN(lastRejectedStep)) {
                assertTrue(step <= 0.25 * lastRejectedStep * (1 + 1e-12),
                        "trial " + t + " after a rejected step of " + lastRejectedStep);
            }
            double g = x * x * x;
            double predicted = -(g * (t - x) + 0.5 * (t - x) * (t - x));
            double rho = (Math.pow(x, 4) / 4 - Math.pow(t, 4) / 4) / predicted;
            if (rho > 1e-4) {
                x = t;
                lastRejectedStep = Double.NaN;
            } else {
                rejections++;
                lastRejectedStep = step;
            }
        }
        assertTrue(rejections >= 1, "trials " + trials);
        assertEquals(r.iterations() + rejections, trials.size());
    }

    /** f is NaN outside ‖x‖∞ ≤ 1.1: trials there are rejected (ρ = −∞), and the run still converges. */
    @Test
    void nonFiniteTrialsShrinkTheRegionInsteadOfFailing() {
        TestProblem rosenbrock = TestProblems.byName("rosenbrock");
        TwiceDifferentiable base = rosenbrock.objective();
        TwiceDifferentiable fenced = TwiceDifferentiable.of(2,
                x -> Vectors.normInf(x) > 1.3 ? Double.NaN : base.value(x), base::gradient,
                base::hessian);
        OptimizationResult r = newton(TrustRegion.defaults().withInitialRadius(5).withMaxRadius(50))
                .minimize(fenced, new double[] {-1.2, 1});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.toString());
        assertArrayEquals(new double[] {1, 1}, r.point(), 1e-6);
    }

    @Test
    void nowhereFiniteEndsWithNonFinite() {
        TwiceDifferentiable f = TwiceDifferentiable.of(1,
                x -> x[0] == 3 ? 1 : Double.POSITIVE_INFINITY, (x, g) -> g[0] = 1,
                (x, h) -> h.set(0, 0, 1));
        OptimizationResult r = newton(TrustRegion.defaults()).minimize(f, new double[] {3});
        assertEquals(TerminationReason.NON_FINITE, r.termination(), r.toString());
        assertArrayEquals(new double[] {3}, r.point(), 0.0);
    }

    /**
     * A gradient of the wrong sign: every trial raises f, so the radius shrinks geometrically
     * until it collapses; the run must not report convergence.
     */
    @Test
    void aModelThatNeverPredictsTheObjectiveCollapsesTheRegion() {
        TwiceDifferentiable f = TwiceDifferentiable.of(2,
                x -> 1 + x[0] * x[0] + x[1] * x[1], (x, g) -> {
                    g[0] = -2 * x[0];
                    g[1] = -2 * x[1];
                }, (x, h) -> {
                    h.set(0, 0, 2);
                    h.set(1, 1, 2);
                });
        OptimizationResult r = newton(TrustRegion.defaults()).minimize(f, new double[] {3, 4});
        assertFalse(r.converged(), r.toString());
        assertEquals(TerminationReason.TRUST_REGION_COLLAPSED, r.termination(), r.toString());
        assertArrayEquals(new double[] {3, 4}, r.point(), 1e-12, "never moved uphill for good");
    }

    @Test
    void rejectedTrialsReachTheModelOnlyWhenAskedTo() {
        for (boolean on : new boolean[] {false, true}) {
            List<double[]> updates = new ArrayList<>();
            CurvatureProvider recording = objective -> new CurvatureModel() {
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
                    updates.add(new double[] {step.s()[0], step.y()[0], step.point()[0],
                        step.gradient()[0]});
                }

                @Override
                public boolean reset() {
                    return false;
                }
            };
            // f = x⁴/4 from 2.2 with B = I and Δ₀ = 10: the first trial, −7.8, is rejected
            Objective f = Objective.of(1, x -> Math.pow(x[0], 4) / 4,
                    (x, g) -> g[0] = x[0] * x[0] * x[0]);
            OptimizationResult r = new IterativeOptimizer("rec", recording,
                    TrustRegion.defaults().withInitialRadius(10).withRejectedStepUpdates(on),
                    ConvergenceCriteria.defaults().withMaxIterations(6)).minimize(f,
                            new double[] {2.2});
            int trials = r.valueEvaluations() - 1;
            int rejected = trials - r.iterations();
            assertTrue(rejected > 0, "the scenario has rejected trials: " + r);
            // the driver updates after every accepted step, except one that ends the run by
            // convergence
            int accepted = r.converged() ? r.iterations() - 1 : r.iterations();
            int expected = accepted + (on ? rejected : 0);
            assertEquals(expected, updates.size(), "rejectedStepUpdates = " + on);
            for (double[] u : updates) {
                double xOld = u[2] - u[0];
                assertEquals(u[3] - xOld * xOld * xOld, u[1], 1e-12, "y = g(x + s) − g(x)");
            }
        }
    }

    @Test
    void invalidSettingsNameTheArgument() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrustRegion.defaults().withAcceptance(0.3)).getMessage().startsWith("eta"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrustRegion.defaults().withInitialRadius(-1)).getMessage()
                .startsWith("initialRadius"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrustRegion.defaults().withMaxRadius(0.5)).getMessage()
                .startsWith("maxRadius"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrustRegion.with(null)).getMessage().startsWith("solver"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> MoreSorensen.defaults().withAccuracy(1)).getMessage().startsWith("accuracy"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SteihaugCg.defaults().withMaxIterations(0)).getMessage()
                .startsWith("maxIterations"));
    }
}
