package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * Wood function (Moré, Garbow &amp; Hillstrom 1981, problem 14): f = 100(x₂ − x₁²)² + (1 − x₁)² +
 * 90(x₄ − x₃²)² + (1 − x₃)² + 10.1((x₂ − 1)² + (x₄ − 1)²) + 19.8(x₂ − 1)(x₄ − 1);
 * x0 = (−3, −1, −3, −1); f* = 0 at (1, 1, 1, 1).
 */
final class Wood extends Problem {

    Wood() {
        super("wood", new double[] {-3, -1, -3, -1}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 14");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(4, 1.0));
    }

    @Override
    public double value(double[] x) {
        double t1 = x[1] - x[0] * x[0];
        double t2 = x[3] - x[2] * x[2];
        return 100 * t1 * t1 + (1 - x[0]) * (1 - x[0]) + 90 * t2 * t2 + (1 - x[2]) * (1 - x[2])
                + 10.1 * ((x[1] - 1) * (x[1] - 1) + (x[3] - 1) * (x[3] - 1))
                + 19.8 * (x[1] - 1) * (x[3] - 1);
    }

    @Override
    public void gradient(double[] x, double[] g) {
        double t1 = x[1] - x[0] * x[0];
        double t2 = x[3] - x[2] * x[2];
        g[0] = -400 * x[0] * t1 - 2 * (1 - x[0]);
        g[1] = 200 * t1 + 20.2 * (x[1] - 1) + 19.8 * (x[3] - 1);
        g[2] = -360 * x[2] * t2 - 2 * (1 - x[2]);
        g[3] = 180 * t2 + 20.2 * (x[3] - 1) + 19.8 * (x[1] - 1);
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        h.zero();
        h.set(0, 0, 1200 * x[0] * x[0] - 400 * x[1] + 2);
        h.set(0, 1, -400 * x[0]);
        h.set(1, 0, -400 * x[0]);
        h.set(1, 1, 220.2);
        h.set(1, 3, 19.8);
        h.set(3, 1, 19.8);
        h.set(2, 2, 1080 * x[2] * x[2] - 360 * x[3] + 2);
        h.set(2, 3, -360 * x[2]);
        h.set(3, 2, -360 * x[2]);
        h.set(3, 3, 200.2);
    }
}
