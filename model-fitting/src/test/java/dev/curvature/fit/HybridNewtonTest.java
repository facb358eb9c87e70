package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.Solved;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code hybrid-newton}: registered, reports its switch, and solves at least as many MGH runs
 * (35 problems × starts ×1, ×10, ×100; solved as {@link Solved} defines it, as in
 * {@code curvature compare}) as the better of {@code lbfgs} and {@code damped-newton}.
 */
class HybridNewtonTest {
    private static final Logger LOG = LoggerFactory.getLogger(HybridNewtonTest.class);
    private static final double[] STARTS = {1, 10, 100};

    private static int solvedMgh(Optimizer method) {
        int solved = 0;
        for (TestProblem problem : TestProblems.mgh()) {
            for (double scale : STARTS) {
                double[] x0 = problem.start();
                for (int i = 0; i < x0.length; i++) {
                    x0[i] *= scale;
                }
                if (Solved.by(problem, method.minimize(problem.objective(), x0))) {
                    solved++;
                }
            }
        }
        return solved;
    }

    @Test
    void isRegisteredUnderItsName() {
        assertTrue(Optimizers.names().contains("hybrid-newton"), Optimizers.names().toString());
        assertInstanceOf(HybridNewton.class, Optimizers.named("hybrid-newton"));
    }

    @Test
    void solvesAtLeastAsManyMghRunsAsTheBetterOfLbfgsAndDampedNewton() {
        Map<String, Integer> solved = new LinkedHashMap<>();
        for (String name : new String[] {"hybrid-newton", "lbfgs", "damped-newton"}) {
            solved.put(name, solvedMgh(Optimizers.named(name)));
        }
        LOG.info("MGH runs solved (of {}): {}", 3 * TestProblems.mgh().size(), solved);
        int better = Math.max(solved.get("lbfgs"), solved.get("damped-newton"));
        assertTrue(solved.get("hybrid-newton") >= better, solved.toString());
    }

    @Test
    void reportsWhereItSwitchedOnRosenbrock() {
        TestProblem rosenbrock = TestProblems.byName("rosenbrock");
        OptimizationResult r = HybridNewton.defaults().minimize(rosenbrock.objective(),
                rosenbrock.start());
        assertTrue(r.converged(), r.message());
        assertTrue(r.message().contains("switched from BFGS to Newton at iteration"), r.message());
        assertEquals(1, r.point()[0], 1e-6);
        assertEquals(1, r.point()[1], 1e-6);
    }

    @Test
    void fitsLogisticRegressionToTheSameEstimateAsDampedNewton() {
        LogisticRegression f = LogisticRegressionTest.synthetic(20_000, 31);
        LikelihoodFit reference = MaximumLikelihood.fit(f, new double[3]);
        LikelihoodFit hybrid = MaximumLikelihood.fit(f, new double[3], HybridNewton.defaults()
                .withCriteria(MaximumLikelihood.defaultOptimizer().criteria()));
        assertTrue(hybrid.converged(), hybrid.toString());
        double[] se = reference.standardErrors();
        for (int j = 0; j < 3; j++) {
            assertEquals(reference.parameters()[j], hybrid.parameters()[j], 1e-6 * se[j], "coefficient " + j);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        Derivatives.assertNames("checkEvery", () -> HybridNewton.defaults().withCheckEvery(0));
        Derivatives.assertNames("criteria", () -> HybridNewton.defaults().withCriteria(null));
    }
}
