package dev.curvature.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The change of variables h(u) = f(Su): its derivatives, its minimizer, and Jacobi's scales. */
class DiagonallyScaledTest {

    private static final int P = 4;
    private static final List<LabeledRow> DATA = SyntheticData.generate(GlmLoss.POISSON, 300, P, true, 9);
    private static final double[] SCALES = {0.5, 2.0, 1.5, 0.25};
    private static final double[] U = {0.3, -0.1, 0.2, 0.4};

    @Test
    void gradientMatchesCentralDifferencesOfTheScaledValue() {
        DiagonallyScaled h = DiagonallyScaled.of(new SingleMachineGlm(DATA, GlmLoss.POISSON, 0.1, Scaling.MEAN), SCALES);
        double[] g = new double[P];
        h.gradient(U, g);
        for (int j = 0; j < P; j++) {
            double step = 1e-6;
            double[] plus = U.clone();
            double[] minus = U.clone();
            plus[j] += step;
            minus[j] -= step;
            double fd = (h.value(plus) - h.value(minus)) / (2 * step);
            assertEquals(fd, g[j], 1e-7 * Math.max(1, Math.abs(fd)), "∂h/∂u" + j);
        }
    }

    @Test
    void hessianIsTheScaledHessianAndHvAgreesWithIt() {
        SingleMachineGlm f = new SingleMachineGlm(DATA, GlmLoss.POISSON, 0.1, Scaling.MEAN);
        DiagonallyScaled h = DiagonallyScaled.of(f, SCALES);
        DMatrixRMaj hu = new DMatrixRMaj(P, P);
        h.hessian(U, hu);
        DMatrixRMaj hw = new DMatrixRMaj(P, P);
        f.hessian(h.toOriginal(U), hw);
        double[] v = {1, -2, 0.5, 3};
        double[] hv = new double[P];
        h.hessianVector(U, v, hv);
        for (int j = 0; j < P; j++) {
            double expected = 0;
            for (int k = 0; k < P; k++) {
                assertEquals(SCALES[j] * hw.get(j, k) * SCALES[k], hu.get(j, k), 1e-14 * Math.abs(hu.get(j, k)));
                expected += hu.get(j, k) * v[k];
            }
            assertEquals(expected, hv[j], 1e-12 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void jacobiScalesAreTheFeatureRootMeanSquaresAndTheMinimizerMapsBack() {
        DistributedObjective f = DistributedObjective.builder(
                LocalSpark.context().parallelize(DATA, 3).cache(), P, GlmLoss.POISSON).l2(0.1).build();
        double[] rms = new double[P];
        double total = 0;
        for (LabeledRow r : DATA) {
            total += r.weight();
            for (int j = 0; j < P; j++) {
                rms[j] += r.weight() * r.features()[j] * r.features()[j];
            }
        }
        for (int j = 0; j < P; j++) {
            rms[j] = Math.sqrt(rms[j] / total);
        }
        assertArrayEquals(rms, f.featureRootMeanSquares(), 1e-12);
        DiagonallyScaled h = DiagonallyScaled.jacobi(f);
        for (int j = 0; j < P; j++) {
            assertEquals(1 / rms[j], h.scales()[j], 1e-12);
        }
        OptimizationResult scaled = Methods.withGradientTolerance("newton-cg", 1e-9).minimize(h, new double[P]);
        OptimizationResult plain = Methods.withGradientTolerance("newton-cg", 1e-9).minimize(f, new double[P]);
        assertTrue(scaled.gradientNorm() <= 1e-8 && plain.gradientNorm() <= 1e-8, () -> scaled + "\n" + plain);
        assertArrayEquals(plain.point(), h.toOriginal(scaled.point()), 1e-6);
        double[] g = new double[P];
        h.originalGradient(scaled.gradient(), g);
        assertTrue(dev.curvature.api.spi.Vectors.normInf(g) <= 1e-8);
    }

    @Test
    void badScalesAreIllegalArguments() {
        SingleMachineGlm f = new SingleMachineGlm(DATA, GlmLoss.POISSON, 0.1, Scaling.MEAN);
        assertThrows(IllegalArgumentException.class, () -> DiagonallyScaled.of(f, new double[P - 1]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiagonallyScaled.of(f, new double[] {1, 1, 0, 1}));
        assertTrue(e.getMessage().startsWith("scales[2]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DiagonallyScaled.of(null, SCALES));
    }
}
