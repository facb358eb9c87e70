package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** N rows: an intercept and two covariates; outcomes drawn from θ = (−0.5, 1.2, −0.8). */
    static LogisticRegression synthetic(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(rows, 3);
        double[] y = new double[rows];
        double[] theta = {-0.5, 1.2, -0.8};
        for (int i = 0; i < rows; i++) {
            x.set(i, 0, 1);
            x.set(i, 1, 2 * random.nextDouble() - 1 + 0.3);
            x.set(i, 2, 3 * (random.nextDouble() - 0.5));
            double eta = theta[0] + theta[1] * x.get(i, 1) + theta[2] * x.get(i, 2);
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        return LogisticRegression.of(x, y);
    }

    @Test
    void gradientMatchesCentralDifferencesOfTheValue() {
        LogisticRegression f = synthetic(200, 1);
        double[] theta = {0.3, -0.7, 0.4};
        double[] g = new double[3];
        double value = f.valueAndGradient(theta, g);
        assertEquals(f.value(theta), value, 1e-12 * Math.abs(value));
        for (int j = 0; j < 3; j++) {
            double h = 1e-5;
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[j] += h;
            minus[j] -= h;
            double fd = (f.value(plus) - f.value(minus)) / (2 * h);
            assertEquals(fd, g[j], 1e-7 * Math.max(1, Math.abs(g[j])), "component " + j);
        }
    }

    @Test
    void hessianMatchesCentralDifferencesOfTheGradient() {
        LogisticRegression f = synthetic(200, 2);
        double[] theta = {0.3, -0.7, 0.4};
        DMatrixRMaj h = new DMatrixRMaj(3, 3);
        f.hessian(theta, h);
        double[] gp = new double[3];
        double[] gm = new double[3];
        for (int j = 0; j < 3; j++) {
            double step = 1e-5;
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[j] += step;
            minus[j] -= step;
            f.gradient(plus, gp);
            f.gradient(minus, gm);
            for (int i = 0; i < 3; i++) {
                double fd = (gp[i] - gm[i]) / (2 * step);
                assertEquals(fd, h.get(i, j), 1e-6 * Math.max(1, Math.abs(h.get(i, j))), "(" + i + "," + j + ")");
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(h.get(i, j), h.get(j, i), 0);
            }
        }
    }

    @Test
    void hessianVectorProductEqualsTheDenseProduct() {
        LogisticRegression f = synthetic(100, 3);
        double[] theta = {-0.2, 0.5, 1.1};
        double[] v = {0.7, -1.3, 0.2};
        DMatrixRMaj h = new DMatrixRMaj(3, 3);
        f.hessian(theta, h);
        double[] hv = new double[3];
        f.hessianVector(theta, v, hv);
        for (int i = 0; i < 3; i++) {
            double expected = h.get(i, 0) * v[0] + h.get(i, 1) * v[1] + h.get(i, 2) * v[2];
            assertEquals(expected, hv[i], 1e-12 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void staysFiniteAndAccurateAtExtremeLinearPredictors() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1}, {1}});
        LogisticRegression f = LogisticRegression.of(x, new double[] {0, 1});
        // At θ = 800: observation 0 contributes log(1 + e^800) = 800 (+e^−800), observation 1
        // contributes log(1 + e^800) − 800 = log1p(e^−800) ≈ 0.
        assertEquals(800, f.value(new double[] {800}), 0);
        double[] g = new double[1];
        f.gradient(new double[] {800}, g);
        assertEquals(1, g[0], 0); // (σ − 0) + (σ − 1) with σ = 1
        assertEquals(800, f.value(new double[] {-800}), 0);
        assertEquals(2 * Math.log(2), f.value(new double[] {0}), 1e-15);
    }

    @Test
    void copiesItsDataAndValidatesIt() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2}, {1, 3}});
        double[] y = {0, 1};
        LogisticRegression f = LogisticRegression.of(x, y);
        double before = f.value(new double[] {0.1, 0.2});
        x.set(0, 1, 100);
        y[0] = 1;
        assertEquals(before, f.value(new double[] {0.1, 0.2}), 0);
        assertNames("outcomes[1]", () -> LogisticRegression.of(x, new double[] {0, 0.5}));
        assertNames("outcomes", () -> LogisticRegression.of(x, new double[] {0}));
        DMatrixRMaj nan = new DMatrixRMaj(new double[][] {{1, Double.NaN}});
        assertNames("design(0,1)", () -> LogisticRegression.of(nan, new double[] {1}));
        assertNames("design", () -> LogisticRegression.of(null, y));
    }

    private static void assertNames(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }
}
