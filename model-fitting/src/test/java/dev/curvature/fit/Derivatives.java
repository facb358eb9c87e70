package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.TwiceDifferentiable;
import org.ejml.data.DMatrixRMaj;

/** Derivative checks against central differences, shared by the objectives' tests. */
final class Derivatives {
    private Derivatives() {
    }

    /** ∇f(x) against central differences of f with step h (relative tolerance tol). */
    static void assertGradientMatchesValue(TwiceDifferentiable f, double[] x, double h, double tol) {
        int n = f.dimension();
        double[] g = new double[n];
        double value = f.valueAndGradient(x, g);
        assertEquals(f.value(x), value, 1e-13 * Math.abs(value), "valueAndGradient's value");
        for (int j = 0; j < n; j++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[j] += h;
            minus[j] -= h;
            double fd = (f.value(plus) - f.value(minus)) / (plus[j] - minus[j]);
            assertEquals(fd, g[j], tol * Math.max(1, Math.abs(g[j])), "gradient component " + j);
        }
    }

    /**
     * ∇²f(x) against central differences of ∇f with step h (relative tolerance tol), its
     * symmetry, and Hv against the dense product.
     */
    static void assertHessianMatchesGradient(TwiceDifferentiable f, double[] x, double h, double tol) {
        int n = f.dimension();
        DMatrixRMaj hessian = new DMatrixRMaj(n, n);
        f.hessian(x, hessian);
        double[] gp = new double[n];
        double[] gm = new double[n];
        for (int j = 0; j < n; j++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[j] += h;
            minus[j] -= h;
            f.gradient(plus, gp);
            f.gradient(minus, gm);
            for (int i = 0; i < n; i++) {
                double fd = (gp[i] - gm[i]) / (plus[j] - minus[j]);
                double exact = hessian.get(i, j);
                assertEquals(fd, exact, tol * Math.max(1, Math.abs(exact)), "H(" + i + "," + j + ")");
                assertEquals(exact, hessian.get(j, i), 0, "symmetry at (" + i + "," + j + ")");
            }
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.sin(1.7 * i + 0.3);
        }
        double[] hv = new double[n];
        f.hessianVector(x, v, hv);
        for (int i = 0; i < n; i++) {
            double expected = 0;
            for (int j = 0; j < n; j++) {
                expected += hessian.get(i, j) * v[j];
            }
            assertEquals(expected, hv[i], 1e-12 * Math.max(1, Math.abs(expected)), "Hv component " + i);
        }
    }

    static void assertNames(String name, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }
}
