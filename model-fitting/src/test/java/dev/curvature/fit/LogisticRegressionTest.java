package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void gradientAndHessianMatchCentralDifferences() {
        double[] theta = {0.3, -0.7, 0.4};
        Derivatives.assertGradientMatchesValue(synthetic(200, 1), theta, 1e-5, 1e-7);
        Derivatives.assertHessianMatchesGradient(synthetic(200, 2), theta, 1e-5, 1e-6);
        double[] offset = new double[200];
        for (int i = 0; i < offset.length; i++) {
            offset[i] = Math.cos(i);
        }
        LogisticRegression withOffset = synthetic(200, 3).withOffset(offset)
                .withScaling(LossScaling.MEAN);
        Derivatives.assertGradientMatchesValue(withOffset, theta, 1e-5, 1e-8);
        Derivatives.assertHessianMatchesGradient(withOffset, theta, 1e-5, 1e-8);
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
        assertNames("offset", () -> f.withOffset(new double[] {1}));
        assertNames("scaling", () -> f.withScaling(null));
    }

    private static void assertNames(String name, org.junit.jupiter.api.function.Executable call) {
        Derivatives.assertNames(name, call);
    }
}
