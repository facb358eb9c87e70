package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * Beale function (Moré, Garbow &amp; Hillstrom 1981, problem 5): f = Σ_{i=1}^{3} (yᵢ − x₁(1 − x₂ⁱ))²
 * with y = (1.5, 2.25, 2.625); x0 = (1, 1); f* = 0 at (3, 0.5).
 */
final class Beale extends Problem {
    private static final double[] Y = {1.5, 2.25, 2.625};

    Beale() {
        super("beale", new double[] {1, 1}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 5");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {3, 0.5});
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 1; i <= 3; i++) {
            double r = Y[i - 1] - x[0] * (1 - Math.pow(x[1], i));
            f += r * r;
        }
        return f;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        g[0] = 0;
        g[1] = 0;
        for (int i = 1; i <= 3; i++) {
            double p = Math.pow(x[1], i);
            double r = Y[i - 1] - x[0] * (1 - p);
            g[0] += 2 * r * -(1 - p);
            g[1] += 2 * r * x[0] * i * Math.pow(x[1], i - 1);
        }
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        double h00 = 0;
        double h01 = 0;
        double h11 = 0;
        for (int i = 1; i <= 3; i++) {
            double p = Math.pow(x[1], i);
            double r = Y[i - 1] - x[0] * (1 - p);
            double j0 = -(1 - p);                          // ∂r/∂x₁
            double j1 = x[0] * i * Math.pow(x[1], i - 1);  // ∂r/∂x₂
            double r01 = i * Math.pow(x[1], i - 1);        // ∂²r/∂x₁∂x₂
            double r11 = i == 1 ? 0 : x[0] * i * (i - 1) * Math.pow(x[1], i - 2);
            h00 += 2 * j0 * j0;
            h01 += 2 * (j0 * j1 + r * r01);
            h11 += 2 * (j1 * j1 + r * r11);
        }
        h.set(0, 0, h00);
        h.set(0, 1, h01);
        h.set(1, 0, h01);
        h.set(1, 1, h11);
    }
}
