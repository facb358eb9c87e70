package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.TwiceDifferentiable;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Standard errors do not depend on how the objective is scaled: the sum, the mean (which used to
 * give √N too large standard errors) and any declared multiple c·(−log L).
 */
class ScalingTest {

    /** c·f for a fixed c, declared through {@link NegativeLogLikelihood#scaled}. */
    private static NegativeLogLikelihood times(TwiceDifferentiable f, double c) {
        TwiceDifferentiable scaled = new TwiceDifferentiable() {
            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public double value(double[] x) {
                return c * f.value(x);
            }

            @Override
            public void gradient(double[] x, double[] out) {
                valueAndGradient(x, out);
            }

            @Override
            public double valueAndGradient(double[] x, double[] out) {
                double v = f.valueAndGradient(x, out);
                for (int i = 0; i < out.length; i++) {
                    out[i] *= c;
                }
                return c * v;
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                f.hessian(x, out);
                for (int i = 0; i < out.data.length; i++) {
                    out.data[i] *= c;
                }
            }
        };
        return NegativeLogLikelihood.scaled(scaled, c);
    }

    private static void assertSameFits(LikelihoodFit reference, LikelihoodFit other, String what) {
        assertTrue(other.converged(), what + ": " + other);
        double[] se = reference.standardErrors();
        double[] b = reference.parameters();
        for (int j = 0; j < se.length; j++) {
            // The runs stop at slightly different points (each meets its own gradient test),
            // far inside the statistical resolution: 10⁻⁷ standard errors.
            assertEquals(b[j], other.parameters()[j], 1e-7 * se[j], what + " coefficient " + j);
            assertEquals(se[j], other.standardErrors()[j], 1e-9 * se[j], what + " standard error " + j);
        }
        assertEquals(reference.negativeLogLikelihood(), other.negativeLogLikelihood(),
                1e-12 * reference.negativeLogLikelihood(), what + " −log L");
    }

    @Test
    void logisticStandardErrorsAreIdenticalUnderEveryScaling() {
        LogisticRegression sum = LogisticRegressionTest.synthetic(5000, 21);
        LikelihoodFit reference = MaximumLikelihood.fit(sum, new double[3]);
        assertTrue(reference.converged(), reference.toString());
        assertSameFits(reference, MaximumLikelihood.fit(sum.withScaling(LossScaling.MEAN),
                new double[3]), "MEAN");
        for (double c : new double[] {1e-6, 1e3}) {
            assertSameFits(reference, MaximumLikelihood.fit(times(sum, c), new double[3]), "c = " + c);
        }
    }

    @Test
    void poissonStandardErrorsAreIdenticalUnderEveryScaling() {
        StatsmodelsFixture.Data data = StatsmodelsFixture.data("poisson");
        PoissonRegression sum = PoissonRegression.of(data.design(), data.outcomes())
                .withExposure(data.exposure());
        LikelihoodFit reference = MaximumLikelihood.fit(sum, new double[3]);
        assertTrue(reference.converged(), reference.toString());
        assertSameFits(reference, MaximumLikelihood.fit(sum.withScaling(LossScaling.MEAN),
                new double[3]), "MEAN");
        assertSameFits(reference, MaximumLikelihood.fit(times(sum, 0.01), new double[3]), "c = 0.01");
    }

    @Test
    void scaledRejectsABadMultiple() {
        LogisticRegression f = LogisticRegressionTest.synthetic(10, 22);
        Derivatives.assertNames("scale", () -> NegativeLogLikelihood.scaled(f, 0));
        Derivatives.assertNames("scale", () -> NegativeLogLikelihood.scaled(f, Double.POSITIVE_INFINITY));
        Derivatives.assertNames("objective", () -> NegativeLogLikelihood.scaled(null, 1));
    }
}
