package dev.curvature.linesearch;

import dev.curvature.api.spi.LineFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * A {@link LineFunction} over a scalar function φ and its derivative, counting evaluations and
 * remembering the last α evaluated, for testing line searches without vectors. Counts as the
 * driver's line function costs: {@code valueAndSlope} right after {@code value} at the same α
 * evaluates φ' alone.
 */
final class ScalarLineFunction implements LineFunction {
    private final DoubleUnaryOperator phi;
    private final DoubleUnaryOperator derivative;
    private int valueCalls;
    private int valueAndSlopeCalls;
    /** φ' evaluated where the sufficient-decrease test with {@link #decreaseTest} failed. */
    private int slopesWithoutDecrease;
    private DecreaseTest decreaseTest = (alpha, value) -> true;
    /** The α of the first {@code value} calls, in order. */
    private final double[] valueSteps = new double[32];
    private int valueStepCount;
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
        if (valueStepCount < valueSteps.length) {
            valueSteps[valueStepCount++] = alpha;
        }
        valueCalls++;
        lastAlpha = alpha;
        lastHadSlope = false;
        return phi.applyAsDouble(alpha);
    }

    @Override
    public double valueAndSlope(double alpha) {
        check(alpha);
        if (alpha == lastAlpha && !lastHadSlope) {
            valueCalls--; // φ(α) is known: only φ' is new
        }
        valueAndSlopeCalls++;
        double value = phi.applyAsDouble(alpha);
        if (!decreaseTest.passes(alpha, value)) {
            slopesWithoutDecrease++;
        }
        lastAlpha = alpha;
        lastHadSlope = true;
        slope = derivative.applyAsDouble(alpha);
        return value;
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

    /** Trials: distinct evaluations of φ since construction or the last {@link #reset()}. */
    int evaluations() {
        return valueCalls + valueAndSlopeCalls;
    }

    /** The α of the calls of {@code value} since construction, in order (the first 32). */
    double[] valueSteps() {
        return java.util.Arrays.copyOf(valueSteps, valueStepCount);
    }

    /** Evaluations of φ' (calls of {@code valueAndSlope}). */
    int slopeEvaluations() {
        return valueAndSlopeCalls;
    }

    /** What the trials cost the driver: evaluations of φ plus evaluations of φ'. */
    int valuesPlusSlopes() {
        return evaluations() + valueAndSlopeCalls;
    }

    /** Records, from now on, how often φ' is evaluated where {@code test} fails. */
    void countSlopesFailing(DecreaseTest test) {
        decreaseTest = test;
    }

    /** Evaluations of φ' at points that failed the test of {@link #countSlopesFailing}. */
    int slopesWithoutDecrease() {
        return slopesWithoutDecrease;
    }

    /** True when the last call was {@code valueAndSlope(alpha)}: the driver could reuse its gradient. */
    boolean lastEvaluatedWithSlopeAt(double alpha) {
        return lastHadSlope && lastAlpha == alpha;
    }

    void reset() {
        valueCalls = 0;
        valueAndSlopeCalls = 0;
        slopesWithoutDecrease = 0;
        lastAlpha = Double.NaN;
        lastHadSlope = false;
    }

    /** A test on a trial's value, e.g. sufficient decrease. */
    interface DecreaseTest {
        boolean passes(double alpha, double value);
    }

    /** A scalar function with its derivative. */
    interface ScalarFunction {
        double value(double alpha);

        double derivative(double alpha);
    }
}
