package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class RidgeTest {

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        LogisticRegression f = LogisticRegressionTest.synthetic(300, 11);
        double[] beta = {0.4, -1.1, 0.9};
        Ridge all = Ridge.of(f, 2.5);
        Ridge noIntercept = all.withoutPenaltyOn(0);
        for (Ridge ridge : new Ridge[] {all, noIntercept}) {
            Derivatives.assertGradientMatchesValue(ridge, beta, 1e-5, 1e-7);
            Derivatives.assertHessianMatchesGradient(ridge, beta, 1e-5, 1e-7);
        }
    }

    @Test
    void addsLambdaBetaAndLambdaIdentityOnThePenalizedCoefficientsOnly() {
        LogisticRegression f = LogisticRegressionTest.synthetic(50, 12);
        double lambda = 0.75;
        Ridge ridge = Ridge.of(f, lambda).withoutPenaltyOn(0);
        double[] beta = {1.5, -0.5, 2};
        double[] g = new double[3];
        double[] gf = new double[3];
        double value = ridge.valueAndGradient(beta, g);
        double fValue = f.valueAndGradient(beta, gf);
        assertEquals(fValue + 0.5 * lambda * (0.25 + 4), value, 1e-12 * value);
        assertEquals(gf[0], g[0], 0, "intercept unpenalized");
        assertEquals(gf[1] + lambda * beta[1], g[1], 1e-14);
        assertEquals(gf[2] + lambda * beta[2], g[2], 1e-14);
        DMatrixRMaj h = new DMatrixRMaj(3, 3);
        DMatrixRMaj hf = new DMatrixRMaj(3, 3);
        ridge.hessian(beta, h);
        f.hessian(beta, hf);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double added = i == j && i > 0 ? lambda : 0;
                assertEquals(hf.get(i, j) + added, h.get(i, j), 1e-14, "(" + i + "," + j + ")");
            }
        }
        assertTrue(ridge.isPenalized(1));
        assertTrue(!ridge.isPenalized(0));
    }

    @Test
    void keepsTheLikelihoodScaleOfItsObjective() {
        LogisticRegression mean = LogisticRegressionTest.synthetic(40, 13).withScaling(LossScaling.MEAN);
        assertEquals(1.0 / 40, Ridge.of(mean, 1).likelihoodScale(), 0);
        assertEquals(1.0, Ridge.of(new SquaredNorm(), 1).likelihoodScale(), 0);
    }

    @Test
    void badArgumentsAreNamed() {
        LogisticRegression f = LogisticRegressionTest.synthetic(10, 14);
        Derivatives.assertNames("lambda", () -> Ridge.of(f, -1));
        Derivatives.assertNames("lambda", () -> Ridge.of(f, Double.NaN));
        Derivatives.assertNames("objective", () -> Ridge.of(null, 1));
        Derivatives.assertNames("indices", () -> Ridge.of(f, 1).withoutPenaltyOn(3));
    }

    /** ‖x‖², an objective that is not a likelihood. */
    private static final class SquaredNorm implements dev.curvature.api.TwiceDifferentiable {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public double value(double[] x) {
            return x[0] * x[0] + x[1] * x[1];
        }

        @Override
        public void gradient(double[] x, double[] out) {
            out[0] = 2 * x[0];
            out[1] = 2 * x[1];
        }

        @Override
        public double valueAndGradient(double[] x, double[] out) {
            gradient(x, out);
            return value(x);
        }

        @Override
        public void hessian(double[] x, DMatrixRMaj out) {
            out.reshape(2, 2);
            out.set(0, 0, 2);
            out.set(1, 1, 2);
            out.set(0, 1, 0);
            out.set(1, 0, 0);
        }
    }
}
