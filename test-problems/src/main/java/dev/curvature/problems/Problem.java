package dev.curvature.problems;

import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.Checks;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Base of the shipped problems: a problem is its own (stateless, thread-safe) objective.
 */
abstract class Problem implements TestProblem, TwiceDifferentiable {
    private final String name;
    private final int n;
    private final double[] start;
    private final OptionalDouble fStar;
    private final String source;

    Problem(String name, double[] start, OptionalDouble fStar, String source) {
        this.name = name;
        this.n = Checks.positive(start.length, "n");
        this.start = start;
        this.fStar = fStar;
        this.source = source;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int dimension() {
        return n;
    }

    @Override
    public final double[] start() {
        return start.clone();
    }

    @Override
    public final TwiceDifferentiable objective() {
        return this;
    }

    @Override
    public final OptionalDouble knownMinimum() {
        return fStar;
    }

    @Override
    public final String source() {
        return source;
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return Optional.empty();
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradientOut) {
        gradient(x, gradientOut);
        return value(x);
    }

    @Override
    public String toString() {
        return name + " (n = " + n + ")";
    }

    /** x0 repeated to length n. */
    static double[] tile(double[] block, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = block[i % block.length];
        }
        return x;
    }

    /** A vector of n copies of v. */
    static double[] filled(int n, double v) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, v);
        return x;
    }

    /** Requires n ≥ {@code min}. */
    static int atLeast(int n, int min, String problem) {
        if (n < min) {
            throw new IllegalArgumentException(
                    "n: " + problem + " needs n >= " + min + ", was " + n);
        }
        return n;
    }

    /** Requires {@code min ≤ n ≤ max}. */
    static int between(int n, int min, int max, String problem) {
        if (n < min || n > max) {
            throw new IllegalArgumentException(
                    "n: " + problem + " needs " + min + " <= n <= " + max + ", was " + n);
        }
        return n;
    }

    /** The vector (1, 2, …, n) scaled by {@code s}: entry j (0-based) is s·(j + 1). */
    static double[] ramp(int n, double s) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = s * (j + 1);
        }
        return x;
    }

    /** Requires n to be a positive multiple of {@code block}. */
    static int multipleOf(int n, int block, String problem) {
        if (n < block || n % block != 0) {
            throw new IllegalArgumentException(
                    "n: " + problem + " needs a positive multiple of " + block + ", was " + n);
        }
        return n;
    }
}
