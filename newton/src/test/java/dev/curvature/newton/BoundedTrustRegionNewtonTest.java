package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code newton-trust-region} in a box (TRON, Lin &amp; Moré 1999) on Hock–Schittkowski problems
 * (Hock &amp; Schittkowski, <i>Test Examples for Nonlinear Programming Codes</i>, 1981), their
 * published solutions written here: first-order point, optimal value, active set, and every
 * evaluated point inside the box. (HS2, Rosenbrock with x₂ ≥ 1.5 from (−2, 1), is left out: from
 * the projected start the method reaches the other KKT point on x₂ = 1.5, x₁ ≈ −1.2210 with
 * f ≈ 4.9412, a local minimizer, not the published global one.)
 */
class BoundedTrustRegionNewtonTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** A bound-constrained problem with its published solution. */
    record Hs(String name, TwiceDifferentiable f, double[] x0, Bounds bounds, double[] xStar,
            double fStar, int[] active) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static TwiceDifferentiable rosenbrock() {
        return TestProblems.byName("rosenbrock").objective();
    }

    /** HS45: f = 2 − x₁x₂x₃x₄x₅/120, 0 ≤ xᵢ ≤ i. */
    private static TwiceDifferentiable hs45() {
        return TwiceDifferentiable.of(5, x -> 2 - x[0] * x[1] * x[2] * x[3] * x[4] / 120,
                (x, g) -> {
                    for (int i = 0; i < 5; i++) {
                        g[i] = -productWithout(x, i, -1) / 120;
                    }
                },
                (x, h) -> {
                    for (int i = 0; i < 5; i++) {
                        for (int j = 0; j < 5; j++) {
                            h.set(i, j, i == j ? 0 : -productWithout(x, i, j) / 120);
                        }
                    }
                });
    }

    private static double productWithout(double[] x, int i, int j) {
        double p = 1;
        for (int k = 0; k < x.length; k++) {
            p *= k == i || k == j ? 1 : x[k];
        }
        return p;
    }

    static Stream<Hs> problems() {
        return Stream.of(
                // HS1: Rosenbrock, x₂ ≥ −1.5; x* = (1, 1), f* = 0, no bound active
                new Hs("HS1", rosenbrock(), new double[] {-2, 1},
                        Bounds.of(new double[] {-INF, -1.5}, new double[] {INF, INF}),
                        new double[] {1, 1}, 0, new int[0]),
                // HS3: f = x₂ + 10⁻⁵(x₂ − x₁)², x₂ ≥ 0; x* = (0, 0), f* = 0
                new Hs("HS3", TwiceDifferentiable.of(2,
                        x -> x[1] + 1e-5 * Math.pow(x[1] - x[0], 2),
                        (x, g) -> {
                            g[0] = -2e-5 * (x[1] - x[0]);
                            g[1] = 1 + 2e-5 * (x[1] - x[0]);
                        },
                        (x, h) -> {
                            h.set(0, 0, 2e-5);
                            h.set(0, 1, -2e-5);
                            h.set(1, 0, -2e-5);
                            h.set(1, 1, 2e-5);
                        }), new double[] {10, 1},
                        Bounds.of(new double[] {-INF, 0}, new double[] {INF, INF}),
                        new double[] {0, 0}, 0, new int[] {1}),
                // HS4: f = (x₁ + 1)³/3 + x₂, x₁ ≥ 1, x₂ ≥ 0; x* = (1, 0), f* = 8/3
                new Hs("HS4", TwiceDifferentiable.of(2,
                        x -> Math.pow(x[0] + 1, 3) / 3 + x[1],
                        (x, g) -> {
                            g[0] = Math.pow(x[0] + 1, 2);
                            g[1] = 1;
                        },
                        (x, h) -> {
                            h.zero();
                            h.set(0, 0, 2 * (x[0] + 1));
                        }), new double[] {1.125, 0.125},
                        Bounds.of(new double[] {1, 0}, new double[] {INF, INF}),
                        new double[] {1, 0}, 8.0 / 3, new int[] {0, 1}),
                // HS5: f = sin(x₁ + x₂) + (x₁ − x₂)² − 1.5x₁ + 2.5x₂ + 1 on [−1.5, 4]×[−3, 3];
                // x* = (½ − π/3, −½ − π/3), f* = −√3/2 − π/3, interior
                new Hs("HS5", TwiceDifferentiable.of(2,
                        x -> Math.sin(x[0] + x[1]) + Math.pow(x[0] - x[1], 2) - 1.5 * x[0]
                                + 2.5 * x[1] + 1,
                        (x, g) -> {
                            double c = Math.cos(x[0] + x[1]);
                            g[0] = c + 2 * (x[0] - x[1]) - 1.5;
                            g[1] = c - 2 * (x[0] - x[1]) + 2.5;
                        },
                        (x, h) -> {
                            double sn = Math.sin(x[0] + x[1]);
                            h.set(0, 0, 2 - sn);
                            h.set(0, 1, -2 - sn);
                            h.set(1, 0, -2 - sn);
                            h.set(1, 1, 2 - sn);
                        }), new double[] {0, 0},
                        Bounds.of(new double[] {-1.5, -3}, new double[] {4, 3}),
                        new double[] {0.5 - Math.PI / 3, -0.5 - Math.PI / 3},
                        -Math.sqrt(3) / 2 - Math.PI / 3, new int[0]),
                // HS38: Wood's function on [−10, 10]⁴ from (−3, −1, −3, −1); x* = 1, f* = 0
                new Hs("HS38", TestProblems.byName("wood").objective(),
                        new double[] {-3, -1, -3, -1},
                        Bounds.of(new double[] {-10, -10, -10, -10}, new double[] {10, 10, 10, 10}),
                        new double[] {1, 1, 1, 1}, 0, new int[0]),
                // HS45: 0 ≤ xᵢ ≤ i, x0 = (2, …, 2) (x₁ infeasible); x* = (1, …, 5), f* = 1,
                // every upper bound active
                new Hs("HS45", hs45(), new double[] {2, 2, 2, 2, 2},
                        Bounds.of(new double[5], new double[] {1, 2, 3, 4, 5}),
                        new double[] {1, 2, 3, 4, 5}, 1, new int[] {0, 1, 2, 3, 4}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reachesThePublishedSolutionWithItsActiveSet(Hs p) {
        BoxRecorder box = new BoxRecorder(p.f(), p.bounds());
        List<double[]> reported = new ArrayList<>();
        OptimizationResult r = Optimizers.named("newton-trust-region").minimize(box, p.x0(),
                p.bounds(), info -> reported.add(info.point().clone()));
        assertTrue(r.converged(), r.message());
        assertTrue(r.projectedGradientNorm() <= 1e-6, r.message());
        assertEquals(p.fStar(), r.value(), 1e-6 * Math.max(1, Math.abs(p.fStar())), r.message());
        assertArrayEquals(p.xStar(), r.point(), 1e-4, r.message());
        assertArrayEquals(p.active(), r.activeSet(), r.message());
        assertEquals(p.bounds().projectedGradientNorm(r.point(), r.gradient()),
                r.projectedGradientNorm(), 0.0);
        assertEquals(!p.bounds().contains(p.x0()), r.startProjected(), r.message());
        assertTrue(box.evaluations > 0);
        assertEquals(0, box.outside, "evaluations outside the box, first at " + box.firstOutside);
        assertFalse(reported.isEmpty());
        for (double[] x : reported) {
            assertTrue(p.bounds().contains(x), java.util.Arrays.toString(x));
        }
        assertTrue(r.iterations() <= 100, r.message());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void theHessianFreeVariantSolvesThemToo(Hs p) {
        BoxRecorder box = new BoxRecorder(p.f(), p.bounds());
        OptimizationResult r = Optimizers.named("newton-trust-region-cg").minimize(box, p.x0(),
                p.bounds());
        assertTrue(r.converged(), r.message());
        assertEquals(p.fStar(), r.value(), 1e-6 * Math.max(1, Math.abs(p.fStar())), r.message());
        assertArrayEquals(p.active(), r.activeSet(), r.message());
        assertEquals(0, box.outside, "evaluations outside the box, first at " + box.firstOutside);
    }

    @Test
    void aStartOutsideTheBoxIsProjectedAndReported() {
        Hs hs45 = problems().filter(p -> p.name().equals("HS45")).findFirst().orElseThrow();
        List<double[]> reported = new ArrayList<>();
        OptimizationResult r = Optimizers.named("newton-trust-region").minimize(hs45.f(),
                hs45.x0(), hs45.bounds(), info -> reported.add(info.point().clone()));
        assertTrue(r.startProjected());
        assertArrayEquals(new double[] {1, 2, 2, 2, 2}, reported.get(0), 0.0);
        assertTrue(r.message().contains("projected"), r.message());
        assertArrayEquals(new double[] {2, 2, 2, 2, 2}, hs45.x0(), 0.0); // x0 untouched
    }

    @Test
    void withoutFiniteBoundsTheRunIsTheUnconstrainedOne() {
        TwiceDifferentiable f = rosenbrock();
        double[] x0 = {-1.2, 1};
        OptimizationResult free = Optimizers.named("newton-trust-region").minimize(f, x0);
        OptimizationResult boxed = Optimizers.named("newton-trust-region").minimize(f, x0,
                Bounds.unbounded(2));
        assertArrayEquals(free.point(), boxed.point(), 0.0);
        assertEquals(free.iterations(), boxed.iterations());
        assertEquals(free.valueEvaluations(), boxed.valueEvaluations());
    }

    /** Counts the evaluations of f, ∇f and ∇²f at points outside the box. */
    private static final class BoxRecorder implements TwiceDifferentiable {
        private final TwiceDifferentiable f;
        private final Bounds bounds;
        int evaluations;
        int outside;
        String firstOutside = "";

        BoxRecorder(TwiceDifferentiable f, Bounds bounds) {
            this.f = f;
            this.bounds = bounds;
        }

        private void check(double[] x) {
            evaluations++;
            if (!bounds.contains(x)) {
                if (outside++ == 0) {
                    firstOutside = java.util.Arrays.toString(x);
                }
            }
        }

        @Override
        public int dimension() {
            return f.dimension();
        }

        @Override
        public double value(double[] x) {
            check(x);
            return f.value(x);
        }

        @Override
        public void gradient(double[] x, double[] gradientOut) {
            check(x);
            f.gradient(x, gradientOut);
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradientOut) {
            check(x);
            return f.valueAndGradient(x, gradientOut);
        }

        @Override
        public void hessian(double[] x, DMatrixRMaj out) {
            check(x);
            f.hessian(x, out);
        }

        @Override
        public void hessianVector(double[] x, double[] v, double[] out) {
            check(x);
            f.hessianVector(x, v, out);
        }
    }
}
