package dev.curvature.problems;

import dev.curvature.api.Bounds;
import dev.curvature.api.TwiceDifferentiable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A standard unconstrained test problem: an objective with exact gradient and Hessian, the
 * literature's start point, and the known minimum value where the literature gives one.
 */
public interface TestProblem {

    /** The problem's name, e.g. {@code "rosenbrock"} (lower case, hyphenated). */
    String name();

    /** The number of variables n. */
    int dimension();

    /** The literature's start point x0 (a fresh array). */
    double[] start();

    /** The objective, with exact gradient, Hessian and Hessian-vector product. Thread-safe. */
    TwiceDifferentiable objective();

    /** The minimum value f* reported in the literature, if any. */
    OptionalDouble knownMinimum();

    /** A minimizer x* where the literature gives one in closed form (a fresh array). */
    default Optional<double[]> knownMinimizer() {
        return Optional.empty();
    }

    /**
     * The box l ≤ x ≤ u of a bound-constrained problem ({@code TestProblems.bounded()}); empty for
     * an unconstrained one. For a bounded problem {@link #knownMinimum()} and
     * {@link #knownMinimizer()} are those of f over the box.
     */
    default Optional<Bounds> bounds() {
        return Optional.empty();
    }

    /** Where the problem is defined, e.g. "Moré, Garbow &amp; Hillstrom (1981), problem 1". */
    String source();

    /** True when {@link #withDimension} accepts other dimensions. */
    default boolean scalable() {
        return false;
    }

    /**
     * The dimensions {@link #withDimension} accepts; {@link Dimensions#nearest} rounds a requested
     * n to the nearest of them. A fixed-size problem accepts only {@link #dimension()}.
     */
    default Dimensions dimensions() {
        return Dimensions.fixed(dimension());
    }

    /**
     * The same problem at dimension n.
     *
     * @throws IllegalArgumentException when the problem does not scale or n is not allowed
     */
    default TestProblem withDimension(int n) {
        if (n == dimension()) {
            return this;
        }
        throw new IllegalArgumentException(
                "n: problem " + name() + " has fixed dimension " + dimension() + ", asked for " + n);
    }
}
