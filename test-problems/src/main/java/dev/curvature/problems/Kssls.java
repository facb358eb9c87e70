package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * CUTEst KSSLS (the KSS system of Kearfott, least-squares form; SIF N. Gould): residuals
 * rᵢ = xᵢ² − 2xᵢ + Σⱼ xⱼ − (n − 1), f = Σᵢ rᵢ²; x0 = (1000, …, 1000); f* = 0 at (1, …, 1).
 * Written out by hand because every residual involves all n variables: with dᵢ = 2xᵢ − 2 the
 * Jacobian is J = diag(d) + 11ᵀ, so ∇f = 2Jᵀr, ∇²f = 2(JᵀJ + 2 diag(r)) and ∇²f·v costs O(n).
 */
final class Kssls extends Problem {

    Kssls(int n) {
        super("kssls", filled(atLeast(n, 1, "kssls"), 1000), OptionalDouble.of(0),
                "CUTEst KSSLS (Kearfott's KSS system)");
    }

    @Override
    public boolean scalable() {
        return true;
    }

    @Override
    public TestProblem withDimension(int n) {
        return n == dimension() ? this : new Kssls(n);
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), 1));
    }

    private double[] residuals(double[] x) {
        int n = dimension();
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += x[j];
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = x[i] * x[i] - 2 * x[i] + s - (n - 1);
        }
        return r;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (double ri : residuals(x)) {
            f += ri * ri;
        }
        return f;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        int n = dimension();
        double[] r = residuals(x);
        double sr = 0;
        for (double ri : r) {
            sr += ri;
        }
        for (int k = 0; k < n; k++) {
            g[k] = 2 * (r[k] * (2 * x[k] - 2) + sr);
        }
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        int n = dimension();
        double[] r = residuals(x);
        for (int k = 0; k < n; k++) {
            double dk = 2 * x[k] - 2;
            for (int l = 0; l < n; l++) {
                double dl = 2 * x[l] - 2;
                h.set(k, l, 2 * (dk + dl + n));
            }
            h.add(k, k, 2 * (dk * dk + 2 * r[k]));
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        int n = dimension();
        double[] r = residuals(x);
        double sv = 0;
        double dv = 0;
        for (int l = 0; l < n; l++) {
            sv += v[l];
            dv += (2 * x[l] - 2) * v[l];
        }
        for (int k = 0; k < n; k++) {
            double dk = 2 * x[k] - 2;
            out[k] = 2 * (dk * dk * v[k] + dk * sv + dv + n * sv + 2 * r[k] * v[k]);
        }
    }
}
