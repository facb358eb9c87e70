package dev.curvature.api;

import dev.curvature.api.spi.Checks;
import java.util.function.ToDoubleFunction;

/**
 * A smooth function f: ℝⁿ → ℝ to be minimized, with its gradient.
 *
 * <p>Implementations must not keep references to the arrays they are handed: the optimizers reuse
 * them. An objective may return a non-finite value (NaN or ±∞) where it is undefined; the
 * optimizers treat that as "step back", not as an error. An exception thrown from any method ends
 * the run with {@link TerminationReason#OBJECTIVE_FAILED}, the best point so far kept.
 */
public interface Objective {

    /** The number of variables n. */
    int dimension();

    /** f(x). */
    double value(double[] x);

    /** Writes ∇f(x) into {@code gradientOut} (length n). */
    void gradient(double[] x, double[] gradientOut);

    /**
     * Writes ∇f(x) into {@code gradientOut} and returns f(x). Override when the two share work
     * (they usually do); the default calls {@link #gradient} then {@link #value}.
     */
    default double valueAndGradient(double[] x, double[] gradientOut) {
        gradient(x, gradientOut);
        return value(x);
    }

    /** A gradient written into a caller-supplied array. */
    @FunctionalInterface
    interface GradientFunction {
        void gradient(double[] x, double[] gradientOut);
    }

    /**
     * An objective from two lambdas.
     *
     * @param dimension n, at least 1
     * @param value f(x)
     * @param gradient writes ∇f(x) into its second argument
     */
    static Objective of(int dimension, ToDoubleFunction<double[]> value, GradientFunction gradient) {
        Checks.positive(dimension, "dimension");
        Checks.notNull(value, "value");
        Checks.notNull(gradient, "gradient");
        return new Objective() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public double value(double[] x) {
                return value.applyAsDouble(x);
            }

            @Override
            public void gradient(double[] x, double[] gradientOut) {
                gradient.gradient(x, gradientOut);
            }
        };
    }
}
