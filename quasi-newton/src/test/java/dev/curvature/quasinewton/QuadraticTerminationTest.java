package dev.curvature.quasinewton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.Vectors;
import dev.curvature.linesearch.LineSearchGlobalization;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a strictly convex quadratic with exact line searches, the Broyden-class methods terminate
 * in at most n iterations (quadratic termination: their steps are A-conjugate and, from a
 * multiple of I, they generate the conjugate-gradient iterates), all members produce the same iterates (Dixon 1972), and L-BFGS produces them too: with
 * exact searches the gradients are mutually orthogonal, so the two-loop recursion with any
 * H₀ = γI gives a direction parallel to BFGS's.
 *
 * <p>Condition number κ = 10 (eigenvalues geometrically spaced in [1, 10]): finite termination
 * is an exact-arithmetic property, and rounding erodes it quickly as κ grows. Plain CG on these
 * quadratics, measured while writing this test, leaves ‖g_n‖∞/‖g_0‖∞ ≤ 2·10⁻¹¹ for n ≤ 20 at
 * κ = 10 but 10⁻⁶ at κ = 30 and 5·10⁻⁵ at κ = 100 (Greenbaum 1989 explains why); the methods
 * here cannot do better than CG, so κ = 10 with the bound 10⁻⁹ tests the method, not the
 * arithmetic.
 */
class QuadraticTerminationTest {
    private static final double CONDITION = 10;

    private static IterativeOptimizer exact(CurvatureProvider curvature, int n, double gTol) {
        return new IterativeOptimizer("exact", curvature,
                new LineSearchGlobalization(new ExactQuadraticLineSearch(), InitialStep.UNIT),
                ConvergenceCriteria.defaults().withGradientTolerance(gTol).withMaxIterations(n));
    }

    private static List<double[]> iterates(CurvatureProvider curvature, Quadratic q, double[] x0,
            double gTol) {
        List<double[]> xs = new ArrayList<>();
        exact(curvature, q.dimension(), gTol).minimize(q, x0, info -> xs.add(info.point().clone()));
        return xs;
    }

    private static double[] start(int n, Random rnd) {
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = 3 * rnd.nextGaussian();
        }
        return x0;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 7, 10, 13, 16, 20})
    void bfgsAndDfpTerminateInAtMostNIterations(int n) {
        Random rnd = new Random(31L * n);
        for (int trial = 0; trial < 5; trial++) {
            Quadratic q = Quadratic.convex(n, CONDITION, rnd);
            double[] x0 = start(n, rnd);
            double[] g0 = new double[n];
            q.gradient(x0, g0);
            double gTol = 1e-9 * Vectors.normInf(g0);
            for (CurvatureProvider c : new CurvatureProvider[] {Bfgs.defaults(), Dfp.defaults()}) {
                OptimizationResult r = exact(c, n, gTol).minimize(q, x0);
                assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(),
                        c + ", n = " + n + ": " + r);
                assertTrue(r.iterations() <= n, c + ", n = " + n + ": " + r.iterations());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8, 12, 20})
    void lbfgsWithEnoughMemoryAndDfpReproduceTheBfgsIterates(int n) {
        Random rnd = new Random(97L * n);
        for (int trial = 0; trial < 5; trial++) {
            Quadratic q = Quadratic.convex(n, CONDITION, rnd);
            double[] x0 = start(n, rnd);
            double[] g0 = new double[n];
            q.gradient(x0, g0);
            double gTol = 1e-10 * Vectors.normInf(g0);
            List<double[]> bfgs = iterates(Bfgs.defaults(), q, x0, gTol);
            for (CurvatureProvider other : new CurvatureProvider[] {Lbfgs.defaults().withMemory(n),
                Lbfgs.defaults().withMemory(2 * n + 1), Dfp.defaults()}) {
                List<double[]> xs = iterates(other, q, x0, gTol);
                assertEquals(bfgs.size(), xs.size(), other + ", n = " + n);
                for (int k = 0; k < xs.size(); k++) {
                    double[] a = bfgs.get(k);
                    double[] b = xs.get(k);
                    double scale = Math.max(1, Vectors.normInf(a));
                    for (int i = 0; i < n; i++) {
                        assertEquals(a[i], b[i], 1e-10 * scale,
                                other + ", n = " + n + ", iterate " + k + ", coordinate " + i);
                    }
                }
            }
        }
    }
}
