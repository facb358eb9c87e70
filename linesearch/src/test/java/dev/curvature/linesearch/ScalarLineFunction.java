package dev.curvature.linesearch;

import dev.curvature.api.spi.LineFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * A {@link LineFunction} over a scalar function φ and its derivative, counting evaluations and
 * remembering the last α evaluated, for testing line searches without vectors.
 */
final class ScalarLineFunction implements LineFunction {
    private final DoubleUnaryOperator phi;
    private final DoubleUnaryOperator derivative;
    private int valueCalls;
    private int valueAndSlopeCalls;
    private double slope = Double.NaN;
    private double lastAlpha = Double.NaN;
    private boolean lastHadSlope;

    ScalarLineFunction(DoubleUnaryOperator phi, DoubleUnaryOperator derivative) {
        this.phi = phi;
        this.derivative = derivative;
    }

    ScalarLineFunction(ScalarFunction function) {
        this(function::value, function::derivative);
    }

    @Override
    public double value(double alpha) {
        check(alpha);
        valueCalls++;
        lastAlpha = alpha;
        lastHadSlope = false;
        return phi.applyAsDouble(alpha);
    }

    @Override
    public double valueAndSlope(double alpha) {
        check(alpha);
        valueAndSlopeCalls++;
        lastAlpha = alpha;
        lastHadSlope = true;
        slope = derivative.applyAsDouble(alpha);
        return phi.applyAsDouble(alpha);
    }

    @Override
    public double slope() {
        return slope;
    }

    private static void check(double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new AssertionError("the search asked for φ(" + alpha + ")");
        }
    }

    double phi(double alpha) {
        return phi.applyAsDouble(alpha);
    }

    double derivative(double alpha) {
        return derivative.applyAsDouble(alpha);
    }

    /** Calls of either kind since construction or the last {@link #reset()}. */
    int evaluations() {
        return valueCalls + valueAndSlopeCalls;
    }

    /** True when the last call was {@code valueAndSlope(alpha)}: the driver could reuse its gradient. */
    boolean lastEvaluatedWithSlopeAt(double alpha) {
        return lastHadSlope && lastAlpha == alpha;
    }

    void reset() {
        valueCalls = 0;
        valueAndSlopeCalls = 0;
        lastAlpha = Double.NaN;
        lastHadSlope = false;
    }

    /** A scalar function with its derivative. */
    interface ScalarFunction {
        double value(double alpha);

        double derivative(double alpha);
    }
}
