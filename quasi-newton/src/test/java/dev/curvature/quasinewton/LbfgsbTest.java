package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** L-BFGS-B through the one driver: the box is kept, the bounded optimum found, lbfgs unbounded. */
class LbfgsbTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Rosenbrock's function with exact gradient (HS1–HS2 of Hock &amp; Schittkowski 1981). */
    private static Objective rosenbrock() {
        return Objective.of(2, x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2),
                (x, g) -> {
                    g[0] = -400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]);
                    g[1] = 200 * (x[1] - x[0] * x[0]);
                });
    }

    /** An objective that fails the test when evaluated outside the box. */
    private static Objective checkedInBox(Objective f, Bounds box, List<String> violations) {
        return Objective.of(f.dimension(), x -> {
            if (!box.contains(x)) {
                violations.add(java.util.Arrays.toString(x));
            }
            return f.value(x);
        }, (x, g) -> {
            if (!box.contains(x)) {
                violations.add(java.util.Arrays.toString(x));
            }
            f.gradient(x, g);
        });
    }

    @Test
    void withoutAFiniteBoundItsIteratesAreLbfgss() {
        Optimizer lbfgs = Optimizers.named("lbfgs");
        Optimizer lbfgsb = Optimizers.named("lbfgsb");
        int compared = 0;
        for (TestProblem problem : TestProblems.mgh()) {
            Objective f = problem.objective();
            List<double[]> a = new ArrayList<>();
            List<double[]> b = new ArrayList<>();
            OptimizationResult ra = lbfgs.minimize(f, problem.start(), it -> a.add(it.point()));
            OptimizationResult rb = lbfgsb.minimize(f, problem.start(),
                    Bounds.unbounded(problem.dimension()), it -> b.add(it.point()));
            assertEquals(a.size(), b.size(), problem.name());
            for (int k = 0; k < a.size(); k++) {
                assertArrayEquals(a.get(k), b.get(k), 1e-12, problem.name() + " iterate " + k);
            }
            assertEquals(ra.termination(), rb.termination(), problem.name());
            assertEquals(ra.value(), rb.value(), 1e-12 * Math.max(1, Math.abs(ra.value())));
            compared++;
        }
        assertTrue(compared >= 30, "compared " + compared);
    }

    @Test
    void hs2EndsOnItsBoundWithTheRightActiveSet() {
        // HS2: Rosenbrock with x₂ ≥ 1.5. On the bound f(x₁, 1.5) = (1 − x₁)² + 100(1.5 − x₁²)²
        // has two local minima: the global one, f* = 0.0504261879 at x₁ = 1.2243707487 (Hock &
        // Schittkowski 1981), and one near x₁ = −1.22 (f ≈ 4.94, the value CUTEst lists), which
        // descent from the published start (−2, 1) reaches.
        Bounds box = Bounds.of(new double[] {-INF, 1.5}, new double[] {INF, INF});
        List<String> outside = new ArrayList<>();
        Optimizer lbfgsb = Optimizers.named("lbfgsb");
        OptimizationResult fromRight = lbfgsb.minimize(checkedInBox(rosenbrock(), box, outside),
                new double[] {2, 1}, box);
        assertTrue(fromRight.converged(), fromRight.message());
        assertTrue(fromRight.startProjected(), "x0 = (2, 1) lies below x₂ ≥ 1.5");
        assertEquals(0.0504261879, fromRight.value(), 1e-9);
        assertEquals(1.2243707487, fromRight.point()[0], 1e-6);
        assertEquals(1.5, fromRight.point()[1]);
        assertArrayEquals(new int[] {1}, fromRight.activeSet());
        assertTrue(fromRight.projectedGradientNorm() <= 1e-6, "projected gradient "
                + fromRight.projectedGradientNorm());
        assertTrue(fromRight.gradientNorm() > 0.1, "the full gradient is not 0 on the bound");

        OptimizationResult fromLeft = lbfgsb.minimize(checkedInBox(rosenbrock(), box, outside),
                new double[] {-2, 1}, box);
        assertTrue(fromLeft.converged(), fromLeft.message());
        double x1 = boundLocalMinimum(-1.3, -1.1);
        assertEquals(x1, fromLeft.point()[0], 1e-6);
        assertEquals(Math.pow(1 - x1, 2) + 100 * Math.pow(1.5 - x1 * x1, 2), fromLeft.value(),
                1e-9);
        assertArrayEquals(new int[] {1}, fromLeft.activeSet());
        assertTrue(outside.isEmpty(), "evaluated outside the box: " + outside);
    }

    /** The zero of d/dx₁ f(x₁, 1.5) in [a, b] by bisection (independent of the optimizer). */
    private static double boundLocalMinimum(double a, double b) {
        java.util.function.DoubleUnaryOperator slope =
                x -> -2 * (1 - x) - 400 * x * (1.5 - x * x);
        for (int i = 0; i < 200; i++) {
            double m = 0.5 * (a + b);
            if (Math.signum(slope.applyAsDouble(m)) == Math.signum(slope.applyAsDouble(a))) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    @Test
    void hs5ReachesItsInteriorMinimum() {
        // HS5: sin(x₁+x₂) + (x₁−x₂)² − 1.5x₁ + 2.5x₂ + 1 on [−1.5, 4]×[−3, 3] from (0, 0);
        // f* = −√3/2 − π/3 at (1/2 − π/3, −1/2 − π/3)
        Objective hs5 = Objective.of(2,
                x -> Math.sin(x[0] + x[1]) + Math.pow(x[0] - x[1], 2) - 1.5 * x[0] + 2.5 * x[1] + 1,
                (x, g) -> {
                    double c = Math.cos(x[0] + x[1]);
                    g[0] = c + 2 * (x[0] - x[1]) - 1.5;
                    g[1] = c - 2 * (x[0] - x[1]) + 2.5;
                });
        Bounds box = Bounds.of(new double[] {-1.5, -3}, new double[] {4, 3});
        OptimizationResult r = Optimizers.named("lbfgsb").minimize(hs5, new double[] {0, 0}, box);
        assertTrue(r.converged(), r.message());
        assertEquals(-Math.sqrt(3) / 2 - Math.PI / 3, r.value(), 1e-10);
        assertEquals(0, r.activeSet().length);
        assertFalse(r.startProjected());
    }

    @Test
    void aBoundedExtendedRosenbrockMeetsTheFirstOrderConditions() {
        // the large-scale case at n = 2000: x_i ≤ 0.5 on odd coordinates (1-based)
        int n = 2000;
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(lower, -INF);
        for (int i = 0; i < n; i++) {
            upper[i] = i % 2 == 0 ? 0.5 : INF;
        }
        Bounds box = Bounds.of(lower, upper);
        TestProblem rosen = TestProblems.byName("extended-rosenbrock").withDimension(n);
        List<String> outside = new ArrayList<>();
        OptimizationResult r = Optimizers.named("lbfgsb").minimize(
                checkedInBox(rosen.objective(), box, outside), rosen.start(), box);
        assertTrue(r.converged(), r.message());
        assertTrue(r.projectedGradientNorm() <= 1e-5 * Math.max(1, Math.abs(r.value())));
        // on each pair (x₁ ≤ 0.5, x₂) the minimum is at x₁ = 0.5, x₂ = 0.25: f = n/2 · 0.25
        assertEquals(n / 2 * 0.25, r.value(), 1e-8);
        assertEquals(n / 2, r.activeSet().length);
        assertTrue(r.iterations() < 100, r.iterations() + " iterations");
        assertTrue(outside.isEmpty(), "evaluated outside the box: " + outside.size() + " times");
    }

    @Test
    void methodsThatCannotHonourBoundsRefuseThemByName() {
        Bounds box = Bounds.of(new double[] {0, 0}, new double[] {1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.named("bfgs").minimize(rosenbrock(), new double[] {0.5, 0.5},
                        box));
        assertTrue(e.getMessage().contains("'bfgs'"), e.getMessage());
        // a box without finite bounds is no constraint: every method accepts it
        OptimizationResult r = Optimizers.named("bfgs").minimize(rosenbrock(),
                new double[] {-1.2, 1}, Bounds.unbounded(2));
        assertTrue(r.converged(), r.message());
        IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.named("lbfgsb").minimize(rosenbrock(), new double[] {0, 0},
                        Bounds.nonNegative(3)));
        assertTrue(wrongLength.getMessage().contains("bounds"), wrongLength.getMessage());
    }
}
