package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Helical valley function of Fletcher and Powell (Moré, Garbow &amp; Hillstrom 1981, problem 7):
 * n = m = 3, r₁ = 10(x₃ − 10θ(x₁, x₂)), r₂ = 10(√(x₁² + x₂²) − 1), r₃ = x₃ with
 * 2πθ = arctan(x₂/x₁) for x₁ &gt; 0 and arctan(x₂/x₁) + π for x₁ &lt; 0 (at x₁ = 0 the limit
 * π/2·sign(x₂) is used); x0 = (−1, 0, 0); f* = 0 at (1, 0, 0). θ jumps across x₁ = 0, x₂ &lt; 0.
 */
final class HelicalValley extends SumOfSquares {
    private static final double TWO_PI = 2 * Math.PI;

    HelicalValley() {
        super("helical-valley", new double[] {-1, 0, 0}, OptionalDouble.of(0),
                "Moré, Garbow & Hillstrom (1981), problem 7");
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(new double[] {1, 0, 0});
    }

    private static double theta(double x1, double x2) {
        if (x1 == 0) {
            return 0.25 * Math.signum(x2);
        }
        double t = Math.atan(x2 / x1) / TWO_PI;
        return x1 < 0 ? t + 0.5 : t;
    }

    @Override
    int elementCount() {
        return 3;
    }

    @Override
    int maxElementSize() {
        return 3;
    }

    @Override
    int variables(int e, int[] idx) {
        return allVariables(idx, 3);
    }

    @Override
    double residual(int i, double[] u, int k, double[] g, double[] h) {
        double x1 = u[0];
        double x2 = u[1];
        double rho2 = x1 * x1 + x2 * x2;
        switch (i) {
            case 0: {
                if (g != null) {
                    g[0] = 100 * x2 / (TWO_PI * rho2);   // −100 ∂θ/∂x₁
                    g[1] = -100 * x1 / (TWO_PI * rho2);  // −100 ∂θ/∂x₂
                    g[2] = 10;
                }
                if (h != null) {
                    double d = TWO_PI * rho2 * rho2;
                    h[0] = -100 * (2 * x1 * x2 / d);
                    h[4] = -100 * (-2 * x1 * x2 / d);
                    addSym(h, 3, 0, 1, -100 * ((x2 * x2 - x1 * x1) / d));
                }
                return 10 * (u[2] - 10 * theta(x1, x2));
            }
            case 1: {
                double rho = Math.sqrt(rho2);
                if (g != null) {
                    g[0] = 10 * x1 / rho;
                    g[1] = 10 * x2 / rho;
                }
                if (h != null) {
                    double r3 = rho2 * rho;
                    h[0] = 10 * x2 * x2 / r3;
                    h[4] = 10 * x1 * x1 / r3;
                    addSym(h, 3, 0, 1, -10 * x1 * x2 / r3);
                }
                return 10 * (rho - 1);
            }
            default:
                if (g != null) {
                    g[2] = 1;
                }
                return u[2];
        }
    }
}
