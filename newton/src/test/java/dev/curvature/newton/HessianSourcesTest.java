package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.linesearch.Backtracking;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HessianSourcesTest {

    /** Rosenbrock written once on DerivativeStructures. */
    static final TwiceDifferentiable AD_ROSENBROCK = AutoDiff.of(2, x -> {
        DerivativeStructure t = x[1].subtract(x[0].multiply(x[0]));
        DerivativeStructure u = x[0].negate().add(1);
        return t.multiply(t).multiply(100).add(u.multiply(u));
    });

    @Test
    void autoDiffReproducesTheHandWrittenDerivatives() {
        TwiceDifferentiable exact = TestProblems.byName("rosenbrock").objective();
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            double[] x = {random.nextGaussian() * 2, random.nextGaussian() * 2};
            double[] g1 = new double[2];
            double[] g2 = new double[2];
            double f = exact.valueAndGradient(x, g1);
            assertEquals(f, AD_ROSENBROCK.valueAndGradient(x, g2), 1e-14 * Math.max(1, f));
            assertEquals(f, AD_ROSENBROCK.value(x), 1e-14 * Math.max(1, f));
            DMatrixRMaj h1 = new DMatrixRMaj(2, 2);
            DMatrixRMaj h2 = new DMatrixRMaj(2, 2);
            exact.hessian(x, h1);
            AD_ROSENBROCK.hessian(x, h2);
            for (int i = 0; i < 2; i++) {
                assertEquals(g1[i], g2[i], 1e-10 * Math.max(1, Math.abs(g1[i])));
                for (int j = 0; j < 2; j++) {
                    assertEquals(h1.get(i, j), h2.get(i, j), 1e-10 * Math.max(1, Math.abs(h1.get(i, j))));
                }
            }
        }
    }

    @Test
    void dampedNewtonOnAnAutoDiffObjectiveSolvesRosenbrock() {
        OptimizationResult r = NewtonMethods.damped().minimize(AD_ROSENBROCK, new double[] {-1.2, 1});
        assertTrue(r.converged(), r.message());
        assertEquals(0, r.value(), 1e-16);
        assertTrue(r.iterations() <= 30, r.toString());
    }

    @ParameterizedTest
    @EnumSource(FiniteDifferenceHessian.class)
    void finiteDifferenceHessiansMatchTheExactOnes(FiniteDifferenceHessian kind) {
        // Error model (N&W §8.1): truncation O(h) resp. O(h²) relative to the Hessian's scale, plus
        // rounding ≈ ε‖g‖/h, which dominates on badly scaled problems (Brown's: ‖g(x0)‖ = 2·10⁶).
        boolean forward = kind == FiniteDifferenceHessian.FORWARD;
        double tolerance = forward ? 1e-5 : 1e-6;
        double step = forward ? Math.sqrt(Math.ulp(1.0)) : Math.cbrt(Math.ulp(1.0));
        for (TestProblem p : TestProblems.mgh()) {
            TwiceDifferentiable f = p.objective();
            int n = p.dimension();
            double[] x = p.start();
            double[] g = new double[n];
            f.gradient(x, g);
            DMatrixRMaj exact = new DMatrixRMaj(n, n);
            DMatrixRMaj approx = new DMatrixRMaj(n, n);
            f.hessian(x, exact);
            CountingObjective counted = new CountingObjective(f, 1_000_000);
            kind.start(counted).hessian(x, g, approx);
            double scale = 0;
            for (double v : exact.data) {
                scale = Math.max(scale, Math.abs(v));
            }
            double rounding = 10 * Math.ulp(1.0) * dev.curvature.api.spi.Vectors.normInf(g) / step;
            for (int k = 0; k < n * n; k++) {
                assertEquals(exact.data[k], approx.data[k], tolerance * Math.max(1, scale) + rounding,
                        p.name() + " entry " + k);
            }
            assertEquals(kind == FiniteDifferenceHessian.FORWARD ? n : 2 * n,
                    counted.gradientEvaluations(), "gradient evaluations per Hessian");
        }
    }

    @Test
    void dampedNewtonWithFiniteDifferenceHessiansNeedsOnlyAGradient() {
        TwiceDifferentiable exact = TestProblems.byName("wood").objective();
        Objective gradientOnly = Objective.of(4, exact::value, exact::gradient);
        IterativeOptimizer fd = new IterativeOptimizer("fd-newton",
                new HessianCurvature(FiniteDifferenceHessian.CENTRAL, AddedIdentity.defaults()),
                new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                ConvergenceCriteria.defaults());
        OptimizationResult r = fd.minimize(gradientOnly, new double[] {-3, -1, -3, -1});
        assertTrue(r.converged(), r.message());
        assertEquals(0, r.value(), 1e-12);
        assertEquals(0, r.hessianEvaluations());
        assertThrows(IllegalArgumentException.class,
                () -> NewtonMethods.damped().minimize(gradientOnly, new double[] {-3, -1, -3, -1}));
    }
}
