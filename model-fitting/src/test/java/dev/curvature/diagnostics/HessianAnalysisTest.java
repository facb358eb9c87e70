package dev.curvature.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.linalg.Inertia;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class HessianAnalysisTest {

    private static HessianAnalysis rotated(double... eigenvalues) {
        return HessianAnalysis.of(Matrices.withSpectrum(eigenvalues, 42));
    }

    @Test
    void positiveDefiniteIsAMinimumWithItsEigenvaluesAscending() {
        HessianAnalysis a = rotated(3, 1, 2);
        assertEquals(CriticalPoint.MINIMUM, a.classification());
        assertArrayEquals(new double[] {1, 2, 3}, a.eigenvalues(), 1e-13);
        assertEquals(new Inertia(3, 0, 0), a.inertia());
        assertEquals(3.0, a.conditionNumber(), 1e-12);
    }

    @Test
    void negativeDefiniteIsAMaximum() {
        HessianAnalysis a = rotated(-1, -10, -4, -0.5);
        assertEquals(CriticalPoint.MAXIMUM, a.classification());
        assertArrayEquals(new double[] {-10, -4, -1, -0.5}, a.eigenvalues(), 1e-13);
        assertEquals(new Inertia(0, 4, 0), a.inertia());
        assertEquals(20.0, a.conditionNumber(), 1e-11);
    }

    @Test
    void mixedSignsAreASaddleEvenWithAZeroEigenvalue() {
        assertEquals(CriticalPoint.SADDLE, rotated(2, -1, 5).classification());
        HessianAnalysis a = rotated(1, 0, -1);
        assertEquals(CriticalPoint.SADDLE, a.classification());
        assertEquals(new Inertia(1, 1, 1), a.inertia());
        assertEquals(Double.POSITIVE_INFINITY, a.conditionNumber());
    }

    @Test
    void semidefiniteIsDegenerateAndSingular() {
        // The rotation leaves the zero eigenvalue at rounding level (~1e-16), not exactly 0.
        HessianAnalysis a = rotated(2, 1, 0);
        assertEquals(CriticalPoint.DEGENERATE, a.classification());
        assertEquals(new Inertia(2, 0, 1), a.inertia());
        assertEquals(Double.POSITIVE_INFINITY, a.conditionNumber());
        assertTrue(Math.abs(a.smallestEigenvalue()) <= a.zeroThreshold());
        assertEquals(CriticalPoint.DEGENERATE, rotated(-2, -1, 0).classification());
    }

    @Test
    void theZeroMatrixIsDegenerate() {
        HessianAnalysis a = HessianAnalysis.of(new DMatrixRMaj(3, 3));
        assertEquals(CriticalPoint.DEGENERATE, a.classification());
        assertEquals(new Inertia(0, 0, 3), a.inertia());
        assertEquals(Double.POSITIVE_INFINITY, a.conditionNumber());
    }

    @Test
    void theDefaultToleranceSeparatesSmallFromRoundingLevelEigenvalues() {
        double tolerance = HessianAnalysis.defaultTolerance(2);
        assertEquals(10 * 2 * Math.ulp(1.0), tolerance, 0);
        HessianAnalysis small = HessianAnalysis.of(diagonal(1, 1e-10));
        assertEquals(CriticalPoint.MINIMUM, small.classification());
        assertEquals(1e10, small.conditionNumber(), 1e-2);
        HessianAnalysis tiny = HessianAnalysis.of(diagonal(1, 1e-16));
        assertEquals(CriticalPoint.DEGENERATE, tiny.classification());
        HessianAnalysis negativeTiny = HessianAnalysis.of(diagonal(1, -1e-16));
        assertEquals(CriticalPoint.DEGENERATE, negativeTiny.classification());
    }

    @Test
    void aLooserToleranceTreatsFiniteDifferenceNoiseAsZero() {
        HessianAnalysis a = HessianAnalysis.of(diagonal(1, -1e-8, 2), 1e-6);
        assertEquals(CriticalPoint.DEGENERATE, a.classification());
        assertEquals(1e-6 * 2, a.zeroThreshold(), 0);
        assertEquals(CriticalPoint.SADDLE, HessianAnalysis.of(diagonal(1, -1e-8, 2)).classification());
    }

    @Test
    void eigenvectorsSatisfyTheEigenEquation() {
        DMatrixRMaj h = Matrices.withSpectrum(new double[] {-3, 0.5, 2, 7}, 7);
        HessianAnalysis a = HessianAnalysis.of(h);
        for (int i = 0; i < 4; i++) {
            double[] v = a.eigenvector(i);
            double lambda = a.eigenvalues()[i];
            double norm = 0;
            for (int r = 0; r < 4; r++) {
                double hv = 0;
                for (int c = 0; c < 4; c++) {
                    hv += h.get(r, c) * v[c];
                }
                assertEquals(lambda * v[r], hv, 1e-12);
                norm += v[r] * v[r];
            }
            assertEquals(1, norm, 1e-12);
        }
    }

    @Test
    void doesNotModifyItsInput() {
        DMatrixRMaj h = Matrices.withSpectrum(new double[] {1, 2, 3}, 3);
        DMatrixRMaj copy = h.copy();
        HessianAnalysis.of(h);
        assertArrayEquals(copy.data, h.data, 0);
    }

    @Test
    void atEvaluatesTheObjectivesHessian() {
        // Rosenbrock at its minimizer (1, 1): H = [[802, −400], [−400, 200]].
        TwiceDifferentiable rosenbrock = TwiceDifferentiable.of(2,
                x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2),
                (x, g) -> {
                    g[0] = -400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0]);
                    g[1] = 200 * (x[1] - x[0] * x[0]);
                },
                (x, h) -> {
                    h.set(0, 0, 1200 * x[0] * x[0] - 400 * x[1] + 2);
                    h.set(0, 1, -400 * x[0]);
                    h.set(1, 0, -400 * x[0]);
                    h.set(1, 1, 200);
                });
        HessianAnalysis a = HessianAnalysis.at(rosenbrock, new double[] {1, 1});
        assertEquals(CriticalPoint.MINIMUM, a.classification());
        double mean = 501;
        double radius = Math.sqrt(301 * 301 + 400 * 400);
        assertArrayEquals(new double[] {mean - radius, mean + radius}, a.eigenvalues(), 1e-10);

        TwiceDifferentiable saddle = TwiceDifferentiable.of(2, x -> x[0] * x[0] - x[1] * x[1],
                (x, g) -> {
                    g[0] = 2 * x[0];
                    g[1] = -2 * x[1];
                },
                (x, h) -> {
                    h.zero();
                    h.set(0, 0, 2);
                    h.set(1, 1, -2);
                });
        assertEquals(CriticalPoint.SADDLE, HessianAnalysis.at(saddle, new double[] {0, 0}).classification());

        // The monkey saddle x³ − 3xy² has a zero Hessian at the origin: second order cannot tell.
        TwiceDifferentiable monkey = TwiceDifferentiable.of(2,
                x -> x[0] * x[0] * x[0] - 3 * x[0] * x[1] * x[1],
                (x, g) -> {
                    g[0] = 3 * x[0] * x[0] - 3 * x[1] * x[1];
                    g[1] = -6 * x[0] * x[1];
                },
                (x, h) -> {
                    h.set(0, 0, 6 * x[0]);
                    h.set(0, 1, -6 * x[1]);
                    h.set(1, 0, -6 * x[1]);
                    h.set(1, 1, -6 * x[0]);
                });
        assertEquals(CriticalPoint.DEGENERATE, HessianAnalysis.at(monkey, new double[] {0, 0}).classification());
    }

    @Test
    void rejectsInvalidMatricesNamingTheArgument() {
        assertMessageNames("hessian", () -> HessianAnalysis.of(null));
        assertMessageNames("hessian", () -> HessianAnalysis.of(new DMatrixRMaj(2, 3)));
        assertMessageNames("hessian", () -> HessianAnalysis.of(new DMatrixRMaj(0, 0)));
        DMatrixRMaj nan = diagonal(1, 1);
        nan.set(0, 1, Double.NaN);
        assertMessageNames("hessian", () -> HessianAnalysis.of(nan));
        DMatrixRMaj infinite = diagonal(1, Double.POSITIVE_INFINITY);
        assertMessageNames("hessian", () -> HessianAnalysis.of(infinite));
        DMatrixRMaj asymmetric = diagonal(1, 1);
        asymmetric.set(0, 1, 0.5);
        assertMessageNames("not symmetric", () -> HessianAnalysis.of(asymmetric));
        assertMessageNames("relativeTolerance", () -> HessianAnalysis.of(diagonal(1, 1), -1));
        assertMessageNames("relativeTolerance", () -> HessianAnalysis.of(diagonal(1, 1), 1));
        assertMessageNames("x", () -> HessianAnalysis.at(
                TwiceDifferentiable.of(2, x -> 0, (x, g) -> { }, (x, h) -> { }), new double[3]));
    }

    @Test
    void acceptsRoundingLevelAsymmetryAndUsesTheSymmetricPart() {
        DMatrixRMaj h = diagonal(2, 4);
        h.set(0, 1, 1);
        h.set(1, 0, 1 + 1e-12);
        HessianAnalysis a = HessianAnalysis.of(h);
        assertEquals(CriticalPoint.MINIMUM, a.classification());
        assertEquals(3 - Math.sqrt(2), a.smallestEigenvalue(), 1e-11);
    }

    private static void assertMessageNames(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    static DMatrixRMaj diagonal(double... values) {
        DMatrixRMaj d = new DMatrixRMaj(values.length, values.length);
        for (int i = 0; i < values.length; i++) {
            d.set(i, i, values[i]);
        }
        return d;
    }
}
