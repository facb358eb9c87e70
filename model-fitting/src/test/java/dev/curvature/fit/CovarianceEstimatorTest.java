package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class CovarianceEstimatorTest {

    private static DMatrixRMaj random(int m, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj a = new DMatrixRMaj(m, n);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = 2 * random.nextDouble() - 1;
        }
        return a;
    }

    private static DMatrixRMaj explicitInverse(DMatrixRMaj a) {
        DMatrixRMaj inverse = a.copy();
        assertTrue(CommonOps_DDRM.invert(inverse));
        return inverse;
    }

    private static void assertMatrixEquals(DMatrixRMaj expected, DMatrixRMaj actual, double relative) {
        double scale = CommonOps_DDRM.elementMaxAbs(expected);
        for (int i = 0; i < expected.data.length; i++) {
            assertEquals(expected.data[i], actual.data[i], relative * scale, "entry " + i);
        }
    }

    @Test
    void leastSquaresCovarianceIsSigmaSquaredTimesTheInverseNormalMatrix() {
        DMatrixRMaj j = random(9, 3, 1);
        double rss = 0.37;
        DMatrixRMaj normal = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.multTransA(j, j, normal);
        DMatrixRMaj expected = explicitInverse(normal);
        CommonOps_DDRM.scale(rss / 6, expected);
        ParameterCovariance c = CovarianceEstimator.leastSquares(j, rss);
        assertEquals(CovarianceStatus.AVAILABLE, c.status());
        assertMatrixEquals(expected, c.matrix(), 1e-13);
        double[] se = c.standardErrors();
        for (int i = 0; i < 3; i++) {
            assertEquals(Math.sqrt(expected.get(i, i)), se[i], 1e-13 * se[i]);
        }
    }

    @Test
    void columnScalingMakesTheEstimateInvariantToParameterUnits() {
        DMatrixRMaj j = random(9, 3, 2);
        DMatrixRMaj scaled = j.copy();
        for (int i = 0; i < 9; i++) {
            scaled.set(i, 1, scaled.get(i, 1) * 1e9); // parameter 1 measured in units 10⁹ times larger
        }
        double[] se = CovarianceEstimator.leastSquares(j, 1).standardErrors();
        double[] seScaled = CovarianceEstimator.leastSquares(scaled, 1).standardErrors();
        assertEquals(se[0], seScaled[0], 1e-13 * se[0]);
        assertEquals(se[1] * 1e-9, seScaled[1], 1e-13 * se[1] * 1e-9);
        assertEquals(se[2], seScaled[2], 1e-13 * se[2]);
    }

    @Test
    void reportsEachFailureAsAStateWithItsReason() {
        DMatrixRMaj duplicate = random(6, 3, 3);
        for (int i = 0; i < 6; i++) {
            duplicate.set(i, 2, duplicate.get(i, 0));
        }
        assertEquals(CovarianceStatus.SINGULAR, CovarianceEstimator.leastSquares(duplicate, 1).status());
        DMatrixRMaj zeroColumn = random(6, 3, 4);
        for (int i = 0; i < 6; i++) {
            zeroColumn.set(i, 1, 0);
        }
        ParameterCovariance zero = CovarianceEstimator.leastSquares(zeroColumn, 1);
        assertEquals(CovarianceStatus.SINGULAR, zero.status());
        assertTrue(zero.message().contains("column 1"), zero.message());
        assertEquals(CovarianceStatus.NO_DEGREES_OF_FREEDOM, CovarianceEstimator.leastSquares(random(3, 3, 5), 0).status());
        DMatrixRMaj nan = random(6, 2, 6);
        nan.set(2, 1, Double.NaN);
        assertEquals(CovarianceStatus.NOT_FINITE, CovarianceEstimator.leastSquares(nan, 1).status());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CovarianceEstimator.leastSquares(duplicate, 1).standardErrors());
        assertTrue(e.getMessage().contains("SINGULAR"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> CovarianceEstimator.leastSquares(duplicate, 1).matrix());
    }

    @Test
    void inverseHessianMatchesTheExplicitInverse() {
        DMatrixRMaj a = random(7, 4, 7);
        DMatrixRMaj h = new DMatrixRMaj(4, 4);
        CommonOps_DDRM.multTransA(a, a, h);
        ParameterCovariance c = CovarianceEstimator.inverseHessian(h);
        assertEquals(CovarianceStatus.AVAILABLE, c.status());
        assertMatrixEquals(explicitInverse(h), c.matrix(), 1e-12);
    }

    @Test
    void inverseHessianRejectsAnythingButAStrictMinimum() {
        DMatrixRMaj indefinite = new DMatrixRMaj(new double[][] {{2, 3}, {3, 2}});
        assertEquals(CovarianceStatus.NOT_POSITIVE_DEFINITE, CovarianceEstimator.inverseHessian(indefinite).status());
        DMatrixRMaj negativeDiagonal = new DMatrixRMaj(new double[][] {{1, 0}, {0, -1}});
        assertEquals(CovarianceStatus.NOT_POSITIVE_DEFINITE, CovarianceEstimator.inverseHessian(negativeDiagonal).status());
        DMatrixRMaj a = random(5, 2, 8);
        DMatrixRMaj b = new DMatrixRMaj(5, 3);
        for (int i = 0; i < 5; i++) {
            b.set(i, 0, a.get(i, 0));
            b.set(i, 1, a.get(i, 1));
            b.set(i, 2, a.get(i, 0) + a.get(i, 1)); // rank 2
        }
        DMatrixRMaj singular = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.multTransA(b, b, singular);
        CovarianceStatus status = CovarianceEstimator.inverseHessian(singular).status();
        assertTrue(status == CovarianceStatus.SINGULAR || status == CovarianceStatus.NOT_POSITIVE_DEFINITE,
                status.toString());
        DMatrixRMaj nan = new DMatrixRMaj(new double[][] {{1, Double.NaN}, {Double.NaN, 1}});
        assertEquals(CovarianceStatus.NOT_FINITE, CovarianceEstimator.inverseHessian(nan).status());
    }

    @Test
    void rejectsMisuseNamingTheArgument() {
        assertNames("jacobian", () -> CovarianceEstimator.leastSquares(null, 1));
        assertNames("jacobian", () -> CovarianceEstimator.leastSquares(new DMatrixRMaj(2, 3), 1));
        assertNames("residualSumOfSquares", () -> CovarianceEstimator.leastSquares(random(4, 2, 9), -1));
        assertNames("residualSumOfSquares", () -> CovarianceEstimator.leastSquares(random(4, 2, 9), Double.NaN));
        assertNames("hessian", () -> CovarianceEstimator.inverseHessian(null));
        assertNames("hessian", () -> CovarianceEstimator.inverseHessian(new DMatrixRMaj(2, 3)));
        assertNames("hessian", () -> CovarianceEstimator.inverseHessian(new DMatrixRMaj(new double[][] {{1, 0.5}, {0, 1}})));
    }

    private static void assertNames(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }
}
