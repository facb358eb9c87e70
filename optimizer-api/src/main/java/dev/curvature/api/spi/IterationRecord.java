package dev.curvature.api.spi;

import dev.curvature.api.DirectionKind;
import dev.curvature.api.IterationInfo;

/**
 * The listener's view of a run: the record of the last pass of the driver, read from the
 * {@link RunState}. {@link #point()} and {@link #gradient()} are copies, made on first request
 * after each pass into arrays allocated once, so a listener that writes into them cannot corrupt
 * the run, and a listener that does not ask costs nothing.
 */
final class IterationRecord implements IterationInfo {
    private final RunState st;
    private double[] point;
    private double[] gradient;
    private boolean pointFresh;
    private boolean gradientFresh;

    IterationRecord(RunState st) {
        this.st = st;
    }

    /** Called before each report: the next request copies the arrays again. */
    void refresh() {
        pointFresh = false;
        gradientFresh = false;
    }

    @Override
    public int iteration() {
        return st.iteration;
    }

    @Override
    public double[] point() {
        if (!pointFresh) {
            point = copy(st.x, point);
            pointFresh = true;
        }
        return point;
    }

    @Override
    public double value() {
        return st.f;
    }

    @Override
    public double[] gradient() {
        if (!gradientFresh) {
            gradient = copy(st.g, gradient);
            gradientFresh = true;
        }
        return gradient;
    }

    private static double[] copy(double[] from, double[] to) {
        double[] out = to == null ? new double[from.length] : to;
        System.arraycopy(from, 0, out, 0, from.length);
        return out;
    }

    @Override
    public double gradientNorm() {
        return st.gradientNorm;
    }

    @Override
    public double projectedGradientNorm() {
        return st.projectedGradientNorm;
    }

    @Override
    public boolean accepted() {
        return st.accepted;
    }

    @Override
    public DirectionKind directionKind() {
        return st.directionKind;
    }

    @Override
    public double slope() {
        return st.slope;
    }

    @Override
    public double initialStepLength() {
        return st.initialStep;
    }

    @Override
    public double stepLength() {
        return st.stepLength;
    }

    @Override
    public double stepNorm() {
        return st.stepNorm;
    }

    @Override
    public int stepEvaluations() {
        return st.stepEvaluations;
    }

    @Override
    public double trustRadius() {
        return st.trustRadius;
    }

    @Override
    public double ratio() {
        return st.ratio;
    }

    @Override
    public int innerIterations() {
        return st.innerIterations;
    }

    @Override
    public int valueEvaluations() {
        return st.objective().valueEvaluations();
    }

    @Override
    public int gradientEvaluations() {
        return st.objective().gradientEvaluations();
    }

    @Override
    public int hessianEvaluations() {
        return st.objective().hessianEvaluations();
    }

    @Override
    public long elapsedNanos() {
        return st.elapsedNanos();
    }
}
