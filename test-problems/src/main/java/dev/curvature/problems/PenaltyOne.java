package dev.curvature.problems;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * Penalty function I (Moré, Garbow &amp; Hillstrom 1981, problem 23; CUTEst PENALTY1):
 * f = a Σᵢ (xᵢ − 1)² + (Σᵢ xᵢ² − 1/4)² with a = 10⁻⁵; x0 = (1, 2, …, n). The paper reports
 * f* = 2.24997…·10⁻⁵ (n = 4) and 7.08765…·10⁻⁵ (n = 10).
 *
 * <p>Every stationary point has equal coordinates (∇f = 0 gives xᵢ(2a + 4s) = 2a with s shared),
 * so the minimizer is (c, …, c) with c the minimizer of φ(c) = na(c − 1)² + (nc² − 1/4)² near
 * 1/(2√n). This class computes c by Newton's method on φ′ and reports f* = φ(c) and x* for every
 * n; the tests check the computed value against the paper's two. The Hessian is
 * (2a + 4s)I + 8xxᵀ, so ∇²f·v costs O(n).
 */
final class PenaltyOne extends Problem {
    private static final double A = 1e-5;
    private final double c;

    PenaltyOne(String name, int n, String source) {
        this(name, atLeast(n, 1, name), source, minimizingLevel(n));
    }

    private PenaltyOne(String name, int n, String source, double c) {
        super(name, ramp(n, 1), OptionalDouble.of(phi(n, c)), source);
        this.c = c;
    }

    private static double phi(int n, double c) {
        double s = n * c * c - 0.25;
        return n * A * (c - 1) * (c - 1) + s * s;
    }

    /** Newton's method on φ′(c) = 2na(c − 1) + 4nc(nc² − 1/4) from c = 1/(2√n), where φ is convex. */
    private static double minimizingLevel(int n) {
        double c = 0.5 / Math.sqrt(n);
        for (int it = 0; it < 100; it++) {
            double d1 = 2 * n * A * (c - 1) + 4 * n * c * (n * c * c - 0.25);
            double d2 = 2 * n * A + 12.0 * n * n * c * c - n;
            double step = d1 / d2;
            c -= step;
            if (Math.abs(step) <= 1e-17 * Math.abs(c)) {
                break;
            }
        }
        return c;
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
        return n == dimension() ? this : new PenaltyOne(name(), n, source());
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.of(filled(dimension(), c));
    }

    private static double sumSquares(double[] x) {
        double s = 0;
        for (double xi : x) {
            s += xi * xi;
        }
        return s;
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (double xi : x) {
            f += A * (xi - 1) * (xi - 1);
        }
        double s = sumSquares(x) - 0.25;
        return f + s * s;
    }

    @Override
    public void gradient(double[] x, double[] g) {
        double s = sumSquares(x) - 0.25;
        for (int i = 0; i < x.length; i++) {
            g[i] = 2 * A * (x[i] - 1) + 4 * s * x[i];
        }
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj h) {
        double d = 2 * A + 4 * (sumSquares(x) - 0.25);
        int n = x.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h.set(i, j, 8 * x[i] * x[j] + (i == j ? d : 0));
            }
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        double d = 2 * A + 4 * (sumSquares(x) - 0.25);
        double xv = 0;
        for (int i = 0; i < x.length; i++) {
            xv += x[i] * v[i];
        }
        for (int i = 0; i < x.length; i++) {
            out[i] = d * v[i] + 8 * x[i] * xv;
        }
    }
}
