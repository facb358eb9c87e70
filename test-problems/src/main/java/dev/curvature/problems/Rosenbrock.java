package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * Rosenbrock's function and its extension to even n (Moré, Garbow &amp; Hillstrom 1981, problems 1
 * and 21): f(x) = Σ_{i=1}^{n/2} 100(x_{2i} − x_{2i−1}²)² + (1 − x_{2i−1})², x0 = (−1.2, 1, …),
 * f* = 0 at x* = (1, …, 1). CUTEst's SROSENBR is the same function and start point.
 */
final class Rosenbrock extends Problem {

    Rosenbrock(String name, int n, String source) {
        super(name, tile(new double[] {-1.2, 1.0}, multipleOf(n, 2, name)), OptionalDouble.of(0),
                source);
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.multiplesOf(2, 2);
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Rosenbrock(name(), n, source());
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1.0));
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i < x.length; i += 2) {
            double t = x[i + 1] - x[i] * x[i];
            double u = 1 - x[i];
            f += 100 * t * t + u * u;
        }
        return f;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        valueAndGradient(x, g);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i += 2) {
            double t = x[i + 1] - x[i] * x[i];
            double u = 1 - x[i];
            f += 100 * t * t + u * u;
            g[i] = -400 * x[i] * t - 2 * u;
            g[i + 1] = 200 * t;
        }
        return f;
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        h.zero();
        for (int i = 0; i < x.length; i += 2) {
            h.set(i, i, 1200 * x[i] * x[i] - 400 * x[i + 1] + 2);
            h.set(i, i + 1, -400 * x[i]);
            h.set(i + 1, i, -400 * x[i]);
            h.set(i + 1, i + 1, 200);
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        for (int i = 0; i < x.length; i += 2) {
            double a = 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
            double b = -400 * x[i];
            out[i] = a * v[i] + b * v[i + 1];
            out[i + 1] = b * v[i] + 200 * v[i + 1];
        }
    }
}
