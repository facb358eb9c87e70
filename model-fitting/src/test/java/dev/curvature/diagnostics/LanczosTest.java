package dev.curvature.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LanczosTest {

    @Test
    void matchesTheDenseEigenvaluesOfARandomSymmetricMatrixAtN200() {
        int n = 200;
        int k = 5;
        DMatrixRMaj a = Matrices.randomSymmetric(n, 2024);
        double[] dense = HessianAnalysis.of(a).eigenvalues();
        ExtremeEigenvalues r = Lanczos.defaults().extremes(SymmetricOperator.of(a), k);
        assertTrue(r.converged(), r.toString());
        double scale = Math.max(Math.abs(dense[0]), Math.abs(dense[n - 1]));
        double[] smallest = r.smallest();
        double[] largest = r.largest();
        double[] smallBounds = r.smallestErrorBounds();
        double[] largeBounds = r.largestErrorBounds();
        for (int i = 0; i < k; i++) {
            assertEquals(dense[i], smallest[i], 1e-9 * scale, "smallest " + i);
            assertEquals(dense[n - 1 - i], largest[i], 1e-9 * scale, "largest " + i);
            // The reported bounds are honest: the true eigenvalue is within them.
            assertTrue(Math.abs(dense[i] - smallest[i]) <= smallBounds[i] + 1e-12 * scale);
            assertTrue(Math.abs(dense[n - 1 - i] - largest[i]) <= largeBounds[i] + 1e-12 * scale);
        }
        assertTrue(r.krylovDimension() <= n);
        assertEquals(r.krylovDimension(), r.products());
    }

    private static double[] knownSpectrum(int n) {
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = (i + 0.5) / n; // the bulk, in (0, 1)
        }
        // Outliers at both ends, placed at scattered positions.
        double[] low = {-2, -1.5, -1.2};
        double[] high = {6, 5, 4.5};
        for (int j = 0; j < 3; j++) {
            lambda[(1234 + 3001 * j) % n] = low[j];
            lambda[(777 + 2999 * j) % n] = high[j];
        }
        return lambda;
    }

    @Test
    void findsTheExtremeEigenvaluesOfABandedOperatorAtN10000() {
        int n = 10_000;
        GivensBandedOperator op = new GivensBandedOperator(knownSpectrum(n));
        ExtremeEigenvalues r = Lanczos.defaults().extremes(op, 3);
        assertTrue(r.converged(), r.toString());
        assertArrayEquals(new double[] {-2, -1.5, -1.2}, r.smallest(), 1e-9);
        assertArrayEquals(new double[] {6, 5, 4.5}, r.largest(), 1e-9);
        for (double b : r.smallestErrorBounds()) {
            assertTrue(b <= 1e-10 * 6, "bound " + b);
        }
        assertTrue(r.krylovDimension() <= 150, "Krylov dimension " + r.krylovDimension());
    }

    @Test
    void theTestOperatorIsBandedAndSymmetric() {
        int n = 50;
        GivensBandedOperator op = new GivensBandedOperator(knownSpectrum(n));
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        double[] e = new double[n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            op.multiply(e, col);
            e[j] = 0;
            for (int i = 0; i < n; i++) {
                a.set(i, j, col[i]);
                if (Math.abs(i - j) > 4) {
                    assertEquals(0, col[i], 0, "outside the band at (" + i + "," + j + ")");
                }
            }
        }
        double[] expected = knownSpectrum(n);
        java.util.Arrays.sort(expected);
        assertArrayEquals(expected, HessianAnalysis.of(a).eigenvalues(), 1e-12);
    }

    @Test
    void usesOnlyHessianVectorProductsOfAnObjective() {
        int n = 10_000;
        GivensBandedOperator op = new GivensBandedOperator(knownSpectrum(n));
        // f(x) = ½xᵀAx, whose dense Hessian would need 800 MB: only Hv is provided.
        TwiceDifferentiable quadratic = new TwiceDifferentiable() {
            private final double[] ax = new double[n];

            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                op.multiply(x, ax);
                return 0.5 * Vectors.dot(x, ax);
            }

            @Override
            public void gradient(double[] x, double[] g) {
                op.multiply(x, g);
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                throw new UnsupportedOperationException("no dense Hessian at n = 10⁴");
            }

            @Override
            public void hessianVector(double[] x, double[] v, double[] out) {
                op.multiply(v, out);
            }
        };
        ExtremeEigenvalues r = Lanczos.defaults().extremes(quadratic, new double[n], 2);
        assertTrue(r.converged(), r.toString());
        assertArrayEquals(new double[] {-2, -1.5}, r.smallest(), 1e-9);
        assertArrayEquals(new double[] {6, 5}, r.largest(), 1e-9);
    }

    @Test
    void restartsAfterBreakdownToFindRepeatedEigenvalues() {
        // diag with three distinct values: a Krylov space from one vector has dimension 3.
        int n = 60;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = i < 10 ? 1 : i < 50 ? 2 : 3;
        }
        ExtremeEigenvalues r = Lanczos.defaults().extremes(
                SymmetricOperator.of(HessianAnalysisTest.diagonal(d)), 2);
        assertTrue(r.converged(), r.toString());
        assertArrayEquals(new double[] {1, 1}, r.smallest(), 1e-12);
        assertArrayEquals(new double[] {3, 3}, r.largest(), 1e-12);
    }

    @Test
    void reportsNonConvergenceAtTheDimensionLimit() {
        GivensBandedOperator op = new GivensBandedOperator(knownSpectrum(10_000));
        ExtremeEigenvalues r = Lanczos.defaults().withMaxDimension(8).extremes(op, 3);
        assertFalse(r.converged());
        assertEquals(8, r.krylovDimension());
        assertEquals(3, r.smallest().length);
    }

    @Test
    void smallOperatorsGiveAllTheirEigenvaluesExactly() {
        DMatrixRMaj a = Matrices.withSpectrum(new double[] {4, -1, 2}, 5);
        ExtremeEigenvalues r = Lanczos.defaults().extremes(SymmetricOperator.of(a), 10);
        assertTrue(r.converged());
        assertArrayEquals(new double[] {-1, 2, 4}, r.smallest(), 1e-12);
        assertArrayEquals(new double[] {4, 2, -1}, r.largest(), 1e-12);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Lanczos.defaults().extremes((SymmetricOperator) null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lanczos.defaults()
                .extremes(SymmetricOperator.of(HessianAnalysisTest.diagonal(1, 2)), 0));
        assertTrue(e.getMessage().contains("k"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lanczos.defaults().withTolerance(0));
        assertThrows(IllegalArgumentException.class, () -> Lanczos.defaults().withMaxDimension(0));
    }
}
