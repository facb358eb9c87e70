package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * CUTEst POWER (Oren 1974, "Self-scaling variable metric algorithms, Part II", Management Science
 * 20:863–874; SIF Ph. Toint): f = (Σᵢ i·xᵢ²)², x0 = (1, …, 1); f* = 0 at the origin (a singular
 * minimum). Written out by hand because its single element couples all n variables:
 * ∇f = 4s·(i·xᵢ) and ∇²f = 8(i·xᵢ)(j·xⱼ) + 4s·diag(i) with s = Σᵢ i·xᵢ², so ∇²f·v costs O(n).
 */
final class Power extends Problem {

    Power(int n) {
        super("power", filled(atLeast(n, 1, "power"), 1), OptionalDouble.of(0),
                "CUTEst POWER (Oren 1974)");
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Power(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[dimension()]);
    }

    private static double s(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (i + 1) * x[i] * x[i];
        }
        return s;
    }

    @Override
    public double value(double[] x) {
        double s = s(x, dimension());
        return s * s;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        int n = dimension();
        double s = s(x, n);
        for (int i = 0; i < n; i++) {
            g[i] = 4 * s * (i + 1) * x[i];
        }
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        int n = dimension();
        double s = s(x, n);
        for (int i = 0; i < n; i++) {
            double a = (i + 1) * x[i];
            for (int j = 0; j < n; j++) {
                h.set(i, j, 8 * a * (j + 1) * x[j]);
            }
            h.add(i, i, 4 * s * (i + 1));
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        int n = dimension();
        double s = s(x, n);
        double d = 0;
        for (int j = 0; j < n; j++) {
            d += (j + 1) * x[j] * v[j];
        }
        for (int i = 0; i < n; i++) {
            out[i] = 8 * (i + 1) * x[i] * d + 4 * s * (i + 1) * v[i];
        }
    }
}
