package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.SecondOrder;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.TwiceDifferentiable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** f = x⁴ − 2x² + y²: a saddle at the origin (∇f = 0 exactly), minima f = −1 at (±1, 0). */
class SaddlePointTest {
    static final TwiceDifferentiable DOUBLE_WELL = TwiceDifferentiable.of(2,
            x -> Math.pow(x[0], 4) - 2 * x[0] * x[0] + x[1] * x[1],
            (x, g) -> {
                g[0] = 4 * Math.pow(x[0], 3) - 4 * x[0];
                g[1] = 2 * x[1];
            },
            (x, h) -> {
                h.set(0, 0, 12 * x[0] * x[0] - 4);
                h.set(0, 1, 0);
                h.set(1, 0, 0);
                h.set(1, 1, 2);
            });

    @ParameterizedTest
    @ValueSource(strings = {"damped-newton", "saddle-free-newton", "levenberg-newton", "newton-trust-region"})
    void saddleAwareMethodsLeaveAStationarySaddleAlongNegativeCurvature(String method) {
        OptimizationResult r = Optimizers.named(method).minimize(DOUBLE_WELL, new double[] {0, 0});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.message());
        assertEquals(-1.0, r.value(), 1e-12, r.toString());
        assertEquals(1.0, Math.abs(r.point()[0]), 1e-8);
        assertEquals(SecondOrder.POSITIVE_DEFINITE, r.secondOrder());
    }

    @Test
    void pureNewtonStopsAtTheSaddleAndSaysItIsNotAMinimum() {
        OptimizationResult r = Optimizers.named("newton").minimize(DOUBLE_WELL, new double[] {0, 0});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination());
        assertEquals(0, r.iterations());
        assertEquals(SecondOrder.NOT_POSITIVE_DEFINITE, r.secondOrder());
    }

    @Test
    void aNearbyStartWithATinyGradientAlsoEscapes() {
        OptimizationResult r = Optimizers.named("damped-newton").minimize(DOUBLE_WELL,
                new double[] {1e-12, 1e-12});
        assertEquals(-1.0, r.value(), 1e-12, r.toString());
        assertEquals(SecondOrder.POSITIVE_DEFINITE, r.secondOrder());
    }
}
