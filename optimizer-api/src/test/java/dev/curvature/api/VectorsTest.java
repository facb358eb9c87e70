package dev.curvature.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void kernelsComputeWhatTheySay() {
        double[] x = {1, -2, 3};
        double[] y = {4, 5, -6};
        assertEquals(4 - 10 - 18, Vectors.dot(x, y));
        assertEquals(3, Vectors.normInf(x));
        assertEquals(Math.sqrt(14), Vectors.norm2(x), 1e-15);
        double[] out = new double[3];
        Vectors.addScaled(x, 2, y, out);
        assertArrayEquals(new double[] {9, 8, -9}, out);
        Vectors.subtract(x, y, out);
        assertArrayEquals(new double[] {-3, -7, 9}, out);
        Vectors.axpy(-1, x, out);
        assertArrayEquals(new double[] {-4, -5, 6}, out);
        DMatrixRMaj a = new DMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6);
        double[] ax = new double[2];
        Vectors.multiply(a, x, ax);
        assertArrayEquals(new double[] {1 - 4 + 9, 4 - 10 + 18}, ax);
    }

    @Test
    void theInfinityNormPropagatesNaN() {
        assertTrue(Double.isNaN(Vectors.normInf(new double[] {1, Double.NaN, 2})));
        assertTrue(Double.isNaN(Vectors.normInf(new double[] {Double.NaN, 1})));
        assertFalse(Vectors.allFinite(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}
