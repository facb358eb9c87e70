package dev.curvature.api.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;

class EjmlBackendTest {
    private final Random random = new Random(3);

    private static double residual(DMatrixRMaj a, double[] x, double[] b) {
        double[] ax = new double[b.length];
        Vectors.multiply(a, x, ax);
        Vectors.subtract(ax, b, ax);
        return Vectors.normInf(ax) / Math.max(1, Vectors.normInf(b));
    }

    @Test
    void choleskySolvesShiftedSpdSystemsAndRejectsIndefiniteOnes() {
        int n = 30;
        CholeskyFactorization chol = EjmlBackend.INSTANCE.cholesky(n);
        DMatrixRMaj spd = RandomMatrices_DDRM.symmetricPosDef(n, random);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextGaussian();
        }
        DMatrixRMaj copy = spd.copy();
        assertTrue(chol.factor(spd, 0.5));
        assertTrue(MatrixFeatures_DDRM.isIdentical(spd, copy, 0), "input not modified");
        double[] x = new double[n];
        chol.solve(b, x);
        DMatrixRMaj shifted = spd.copy();
        for (int i = 0; i < n; i++) {
            shifted.add(i, i, 0.5);
        }
        assertTrue(residual(shifted, x, b) < 1e-10);
        assertTrue(chol.scaledPivotMinimum() > 0 && chol.scaledPivotMinimum() <= 1);
        DMatrixRMaj indefinite = RandomMatrices_DDRM.symmetric(n, -1, 1, random);
        indefinite.add(0, 0, -100);
        assertFalse(chol.factor(indefinite, 0));
    }

    @Test
    void choleskyWorksOnBothSidesOfEjmlsBlockedThresholds() {
        // 200: the blocked row-major algorithm starts; 1000: EJML's own factory would switch to a
        // block-format decomposition (which once made this class throw ClassCastException).
        for (int n : new int[] {EjmlBackend.BLOCKED_FROM - 1, EjmlBackend.BLOCKED_FROM, 1000}) {
            DMatrixRMaj g = RandomMatrices_DDRM.rectangle(n, n, -1, 1, random);
            DMatrixRMaj spd = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransB(g, g, spd);
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = random.nextGaussian();
            }
            CholeskyFactorization chol = EjmlBackend.INSTANCE.cholesky(n);
            assertTrue(chol.factor(spd, 1), "n = " + n);
            double[] x = new double[n];
            chol.solve(b, x);
            DMatrixRMaj shifted = spd.copy();
            for (int i = 0; i < n; i++) {
                shifted.add(i, i, 1);
            }
            assertTrue(residual(shifted, x, b) < 1e-10, "n = " + n);
        }
    }

    @Test
    void eigenvaluesAscendWithOrthonormalEigenvectors() {
        int n = 12;
        SymmetricEigen eigen = EjmlBackend.INSTANCE.eigen(n);
        DMatrixRMaj a = RandomMatrices_DDRM.symmetric(n, -5, 5, random);
        assertTrue(eigen.decompose(a));
        DMatrixRMaj q = eigen.eigenvectors();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                assertTrue(eigen.eigenvalue(k - 1) <= eigen.eigenvalue(k));
            }
            double[] v = new double[n];
            double[] av = new double[n];
            for (int r = 0; r < n; r++) {
                v[r] = q.get(r, k);
            }
            Vectors.multiply(a, v, av);
            Vectors.axpy(-eigen.eigenvalue(k), v, av);
            assertTrue(Vectors.normInf(av) < 1e-10, "A q = λ q");
            assertEquals(1, Vectors.norm2(v), 1e-12);
        }
        DMatrixRMaj qtq = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(q, q, qtq);
        assertTrue(MatrixFeatures_DDRM.isIdentical(qtq, CommonOps_DDRM.identity(n), 1e-12));
        DMatrixRMaj nan = a.copy();
        nan.set(1, 1, Double.NaN);
        assertFalse(eigen.decompose(nan));
    }

    @Test
    void theIndefiniteFactorizationGivesInertiaAndSolves() {
        int n = 10;
        IndefiniteFactorization f = EjmlBackend.INSTANCE.indefinite(n);
        DMatrixRMaj d = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            d.set(i, i, i < 3 ? -(i + 1) : (i < 9 ? i : 0));
        }
        DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(n, n, random);
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, d, qd);
        CommonOps_DDRM.multTransB(qd, q, a);
        assertTrue(f.factor(a));
        assertEquals(new Inertia(6, 3, 1), f.inertia(1e-10));
        assertFalse(f.solve(new double[n], new double[n]), "singular");
        a.add(0, 0, 0); // still singular; now make it regular
        d.set(n - 1, n - 1, 7);
        CommonOps_DDRM.mult(q, d, qd);
        CommonOps_DDRM.multTransB(qd, q, a);
        assertTrue(f.factor(a));
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextGaussian();
        }
        double[] x = new double[n];
        assertTrue(f.solve(b, x));
        assertTrue(residual(a, x, b) < 1e-10);
    }

    @Test
    void aRegisteredBackendThatCannotBeInstantiatedIsSkippedNotFatal() {
        // BrokenBackend is registered in the test resources and throws from its constructor.
        assertTrue(DenseLinearAlgebra.installed().isEmpty());
        assertSame(EjmlBackend.INSTANCE, DenseLinearAlgebra.forDimension(10));
    }

    @Test
    void ejmlIsChosenWhenNoOtherBackendIsInstalled() {
        assertTrue(DenseLinearAlgebra.installed().isEmpty());
        assertSame(EjmlBackend.INSTANCE, DenseLinearAlgebra.forDimension(5000));
    }
}
