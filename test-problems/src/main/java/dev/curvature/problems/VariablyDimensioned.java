package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * Variably dimensioned function (Moré, Garbow &amp; Hillstrom 1981, problem 25; CUTEst VARDIM):
 * f = Σⱼ (xⱼ − 1)² + S² + S⁴ with S = Σⱼ j(xⱼ − 1); x0ⱼ = 1 − j/n; f* = 0 at (1, …, 1). The
 * Hessian is 2I + (2 + 12S²)wwᵀ with wⱼ = j, so ∇²f·v costs O(n).
 */
final class VariablyDimensioned extends Problem {

    VariablyDimensioned(String name, int n, String source) {
        super(name, start(atLeast(n, 1, name)), OptionalDouble.of(0), source);
    }

    private static double[] start(int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = 1 - (j + 1) / (double) n;
        }
        return x;
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(1);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new VariablyDimensioned(name(), n, source());
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1));
    }

    private static double weightedSum(double[] x) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += (j + 1) * (x[j] - 1);
        }
        return s;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (double xj : x) {
            f += (xj - 1) * (xj - 1);
        }
        double s = weightedSum(x);
        double s2 = s * s;
        return f + s2 + s2 * s2;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        double s = weightedSum(x);
        double d = 2 * s + 4 * s * s * s;
        for (int j = 0; j < x.length; j++) {
            g[j] = 2 * (x[j] - 1) + d * (j + 1);
        }
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        double s = weightedSum(x);
        double d = 2 + 12 * s * s;
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h.set(i, j, d * (i + 1) * (j + 1) + (i == j ? 2 : 0));
            }
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double s = weightedSum(x);
        double d = 2 + 12 * s * s;
        double wv = 0;
        for (int j = 0; j < x.length; j++) {
            wv += (j + 1) * v[j];
        }
        for (int j = 0; j < x.length; j++) {
            out[j] = 2 * v[j] + d * (j + 1) * wv;
        }
    }
}
