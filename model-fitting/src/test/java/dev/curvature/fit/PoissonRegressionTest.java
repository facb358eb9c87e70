package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class PoissonRegressionTest {

    private static PoissonRegression fixture() {
        StatsmodelsFixture.Data data = StatsmodelsFixture.data("poisson");
        return PoissonRegression.of(data.design(), data.outcomes()).withExposure(data.exposure());
    }

    @Test
    void gradientAndHessianMatchCentralDifferences() {
        double[] theta = {0.2, 0.6, -0.5};
        Derivatives.assertGradientMatchesValue(fixture(), theta, 1e-5, 1e-7);
        Derivatives.assertHessianMatchesGradient(fixture(), theta, 1e-5, 1e-7);
        Derivatives.assertHessianMatchesGradient(fixture().withScaling(LossScaling.MEAN), theta,
                1e-5, 1e-8);
    }

    @Test
    void exposureIsTheOffsetOfItsLogarithm() {
        StatsmodelsFixture.Data data = StatsmodelsFixture.data("poisson");
        double[] logs = data.exposure().clone();
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(logs[i]);
        }
        PoissonRegression byOffset = PoissonRegression.of(data.design(), data.outcomes())
                .withOffset(logs);
        double[] theta = {0.1, -0.2, 0.3};
        assertEquals(fixture().value(theta), byOffset.value(theta), 0);
    }

    @Test
    void valueIncludesLogFactorials() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1}, {1}});
        PoissonRegression f = PoissonRegression.of(x, new double[] {0, 3});
        // θ = 0: μ = 1 for both; −log L = Σ (μ − y log μ + log y!) = 1 + 1 + log 6.
        assertEquals(2 + Math.log(6), f.value(new double[] {0}), 1e-14);
    }

    @Test
    void badArgumentsAreNamed() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2}, {1, 3}});
        PoissonRegression f = PoissonRegression.of(x, new double[] {0, 2});
        Derivatives.assertNames("outcomes[0]", () -> PoissonRegression.of(x, new double[] {-1, 2}));
        Derivatives.assertNames("outcomes[1]",
                () -> PoissonRegression.of(x, new double[] {1, Double.POSITIVE_INFINITY}));
        Derivatives.assertNames("outcomes", () -> PoissonRegression.of(x, new double[] {1}));
        Derivatives.assertNames("design", () -> PoissonRegression.of(null, new double[] {1}));
        Derivatives.assertNames("exposure[1]", () -> f.withExposure(new double[] {1, 0}));
        Derivatives.assertNames("exposure", () -> f.withExposure(new double[] {1}));
        Derivatives.assertNames("offset[0]", () -> f.withOffset(new double[] {Double.NaN, 0}));
        Derivatives.assertNames("theta", () -> f.deviance(new double[] {1}));
    }
}
