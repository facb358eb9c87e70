package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * Powell's singular function and its extension to n a multiple of 4 (Moré, Garbow &amp; Hillstrom
 * 1981, problems 13 and 22): per block of four, (x₁ + 10x₂)² + 5(x₃ − x₄)² + (x₂ − 2x₃)⁴ +
 * 10(x₁ − x₄)⁴; x0 = (3, −1, 0, 1, …); f* = 0 at x* = 0, where the Hessian is singular, so Newton's
 * method converges only linearly there. CUTEst's POWELLSG is the same function and start point.
 */
final class PowellSingular extends Problem {

    PowellSingular(String name, int n, String source) {
        super(name, tile(new double[] {3, -1, 0, 1}, multipleOf(n, 4, name)), OptionalDouble.of(0),
                source);
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.multiplesOf(4, 4);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new PowellSingular(name(), n, source());
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[dimension()]);
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < x.length; i += 4) {
            double a = x[i] + 10 * x[i + 1];
            double b = x[i + 2] - x[i + 3];
            double c = x[i + 1] - 2 * x[i + 2];
            double d = x[i] - x[i + 3];
            f += a * a + 5 * b * b + c * c * c * c + 10 * d * d * d * d;
        }
        return f;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        for (int i = 0; i < x.length; i += 4) {
            double a = x[i] + 10 * x[i + 1];
            double b = x[i + 2] - x[i + 3];
            double c = x[i + 1] - 2 * x[i + 2];
            double d = x[i] - x[i + 3];
            double c3 = c * c * c;
            double d3 = d * d * d;
            g[i] = 2 * a + 40 * d3;
            g[i + 1] = 20 * a + 4 * c3;
            g[i + 2] = 10 * b - 8 * c3;
            g[i + 3] = -10 * b - 40 * d3;
        }
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        h.zero();
        for (int i = 0; i < x.length; i += 4) {
            double c2 = Math.pow(x[i + 1] - 2 * x[i + 2], 2);
            double d2 = Math.pow(x[i] - x[i + 3], 2);
            sym(h, i, i, 2 + 120 * d2);
            sym(h, i, i + 1, 20);
            sym(h, i, i + 3, -120 * d2);
            sym(h, i + 1, i + 1, 200 + 12 * c2);
            sym(h, i + 1, i + 2, -24 * c2);
            sym(h, i + 2, i + 2, 10 + 48 * c2);
            sym(h, i + 2, i + 3, -10);
            sym(h, i + 3, i + 3, 10 + 120 * d2);
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < x.length; i += 4) {
            double c2 = Math.pow(x[i + 1] - 2 * x[i + 2], 2);
            double d2 = Math.pow(x[i] - x[i + 3], 2);
            double v0 = v[i];
            double v1 = v[i + 1];
            double v2 = v[i + 2];
            double v3 = v[i + 3];
            out[i] = (2 + 120 * d2) * v0 + 20 * v1 - 120 * d2 * v3;
            out[i + 1] = 20 * v0 + (200 + 12 * c2) * v1 - 24 * c2 * v2;
            out[i + 2] = -24 * c2 * v1 + (10 + 48 * c2) * v2 - 10 * v3;
            out[i + 3] = -120 * d2 * v0 - 10 * v2 + (10 + 120 * d2) * v3;
        }
    }

    private static void sym(DMatrixRMaj h, int r, int c, double v) {
        h.set(r, c, v);
        h.set(c, r, v);
    }
}
