package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * Freudenstein and Roth function (Moré, Garbow &amp; Hillstrom 1981, problem 2): f = r₁² + r₂² with
 * r₁ = −13 + x₁ + ((5 − x₂)x₂ − 2)x₂ and r₂ = −29 + x₁ + ((x₂ + 1)x₂ − 14)x₂; x0 = (0.5, −2);
 * f* = 0 at (5, 4), and a local minimum f = 48.9842… at (11.41…, −0.8968…) that many methods
 * reach from x0.
 */
final class FreudensteinRoth extends Problem {

    FreudensteinRoth() {
        super("freudenstein-roth", new double[] {0.5, -2.0}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 2");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {5, 4});
    }

    private static double r1(double a, double b) {
        return -13 + a + ((5 - b) * b - 2) * b;
    }

    private static double r2(double a, double b) {
        return -29 + a + ((b + 1) * b - 14) * b;
    }

    @Override
    public double value(double[] x) {
        double r1 = r1(x[0], x[1]);
        double r2 = r2(x[0], x[1]);
        return r1 * r1 + r2 * r2;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        double b = x[1];
        double r1 = r1(x[0], b);
        double r2 = r2(x[0], b);
        double d1 = 10 * b - 3 * b * b - 2;  // ∂r₁/∂x₂
        double d2 = 3 * b * b + 2 * b - 14;  // ∂r₂/∂x₂
        g[0] = 2 * (r1 + r2);
        g[1] = 2 * (r1 * d1 + r2 * d2);
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        double b = x[1];
        double r1 = r1(x[0], b);
        double r2 = r2(x[0], b);
        double d1 = 10 * b - 3 * b * b - 2;
        double d2 = 3 * b * b + 2 * b - 14;
        h.set(0, 0, 4);
        h.set(0, 1, 2 * (d1 + d2));
        h.set(1, 0, 2 * (d1 + d2));
        h.set(1, 1, 2 * (d1 * d1 + d2 * d2 + r1 * (10 - 6 * b) + r2 * (6 * b + 2)));
    }
}
