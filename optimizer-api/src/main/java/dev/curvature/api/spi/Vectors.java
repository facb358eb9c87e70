package dev.curvature.api.spi;

import org.ejml.data.DMatrixRMaj;

/**
 * Small dense-vector kernels on {@code double[]}, written as simple counted loops so that HotSpot
 * unrolls and vectorizes them. None allocates. Lengths are taken from the first array argument;
 * callers pass arrays of matching length.
 */
public final class Vectors {
    private Vectors() {
    }

    /** xᵀy. */
    public static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /** y ← y + a·x. */
    public static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** out ← x + a·p. */
    public static void addScaled(double[] x, double a, double[] p, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] + a * p[i];
        }
    }

    /** out ← a − b. */
    public static void subtract(double[] a, double[] b, double[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
    }

    /** x ← a·x. */
    public static void scale(double a, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    /** out ← a·x. */
    public static void scale(double a, double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) {
            out[i] = a * x[i];
        }
    }

    /** dst ← src. */
    public static void copy(double[] src, double[] dst) {
        System.arraycopy(src, 0, dst, 0, src.length);
    }

    /** max |xᵢ|; NaN if any entry is NaN. */
    public static double normInf(double[] x) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m = Math.max(m, Math.abs(x[i])); // Math.max propagates NaN
        }
        return m;
    }

    /** Euclidean norm, computed without overflow for entries up to about 1e154. */
    public static double norm2(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    /** True when every entry is finite. */
    public static boolean allFinite(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                return false;
            }
        }
        return true;
    }

    /** out ← A·v for a dense row-major A (rows × cols); {@code out} must not alias v. */
    public static void multiply(DMatrixRMaj a, double[] v, double[] out) {
        int rows = a.numRows;
        int cols = a.numCols;
        double[] data = a.data;
        for (int r = 0; r < rows; r++) {
            double s = 0;
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                s += data[base + c] * v[c];
            }
            out[r] = s;
        }
    }
}
