package dev.curvature.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The box: its checks name the offending argument; its measures are the textbook ones. */
class BoundsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static String refused(double[] lower, double[] upper) {
        return assertThrows(IllegalArgumentException.class, () -> Bounds.of(lower, upper))
                .getMessage();
    }

    @Test
    void badBoundsAreRefusedNamingTheIndex() {
        assertTrue(refused(new double[] {0, 2}, new double[] {1, 1}).contains("lower[1] = 2.0"
                + " exceeds upper[1] = 1.0"));
        assertTrue(refused(new double[] {0, Double.NaN}, new double[] {1, 1})
                .contains("lower[1]"));
        assertTrue(refused(new double[] {0, 0}, new double[] {Double.NaN, 1})
                .contains("upper[0]"));
        assertTrue(refused(new double[] {INF}, new double[] {INF}).contains("lower[0]"));
        assertTrue(refused(new double[] {0}, new double[] {-INF}).contains("upper[0]"));
        assertTrue(refused(new double[] {0, 0}, new double[] {1}).contains("length"));
        assertTrue(refused(null, new double[] {1}).contains("lower"));
        assertTrue(refused(new double[0], new double[0]).contains("at least one"));
    }

    @Test
    void theArraysAreCopied() {
        double[] lower = {0, 0};
        double[] upper = {1, 1};
        Bounds box = Bounds.of(lower, upper);
        lower[0] = 5;
        upper[1] = -5;
        assertEquals(0, box.lower(0));
        assertEquals(1, box.upper(1));
        box.lower()[0] = 7;
        assertEquals(0, box.lower(0));
    }

    @Test
    void projectionGradientMeasureStepAndActiveSet() {
        Bounds box = Bounds.of(new double[] {0, -INF, -1}, new double[] {1, 2, -1});
        double[] out = new double[3];
        assertEquals(3, box.project(new double[] {-3, 5, 0}, out));
        assertArrayEquals(new double[] {0, 2, -1}, out);
        // at x = (0, 1, −1): g = (2, −3, 4) → P(x − g) − x = (0 − 0, 2 − 1, −1 + 1) = (0, 1, 0)
        assertEquals(1, box.projectedGradientNorm(new double[] {0, 1, -1},
                new double[] {2, -3, 4}));
        // with g = (−0.5, 0, 0): x₁ may move up by 0.5
        assertEquals(0.5, box.projectedGradientNorm(new double[] {0, 1, -1},
                new double[] {-0.5, 0, 0}));
        assertTrue(Double.isNaN(box.projectedGradientNorm(new double[] {0, 1, -1},
                new double[] {Double.NaN, 0, 0})));
        assertEquals(0.25, box.maxStep(new double[] {0.5, 1, -1}, new double[] {2, 1, 0}));
        assertEquals(INF, box.maxStep(new double[] {0.5, 1, -1}, new double[] {0, -1, 0}));
        assertArrayEquals(new int[] {0, 2}, box.activeSet(new double[] {0, 1, -1}));
        assertTrue(box.hasFiniteBound());
        assertFalse(Bounds.unbounded(3).hasFiniteBound());
        assertTrue(box.contains(new double[] {1, -100, -1}));
        assertFalse(box.contains(new double[] {1, 2.5, -1}));
    }

    @Test
    void theUnboundedMeasureIsTheGradientNorm() {
        Bounds none = Bounds.unbounded(2);
        assertEquals(3, none.projectedGradientNorm(new double[] {1, 1}, new double[] {-3, 2}));
        assertEquals(0, Bounds.nonNegative(2).projectedGradientNorm(new double[] {0, 0},
                new double[] {1, 2}), "at x = 0 with g ≥ 0 the KKT conditions hold");
    }
}
