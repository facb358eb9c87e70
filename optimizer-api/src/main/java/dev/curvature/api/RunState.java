package dev.curvature.api;

/**
 * Everything that changes during one run: the iterate, its gradient, the work arrays, the
 * curvature model and the counters. Created once by the driver per {@code minimize} call; the
 * driver, the globalization and the listener share it. Every array is allocated here, once.
 *
 * <p>Globalizations read the current iterate ({@link #point()}, {@link #value()},
 * {@link #gradient()}), write a candidate into {@link #trialPoint()} and {@link #trialGradient()},
 * and hand it over with {@link #acceptTrial}; the driver then adopts it.
 */
public final class RunState implements IterationInfo {
    private final CountingObjective objective;
    private final CurvatureModel model;
    private final long startNanos;

    double[] x;
    double[] g;
    double f;
    double gradientNorm;
    double[] xTrial;
    double[] gTrial;
    final double[] direction;
    final double[] s;
    final double[] y;
    double fTrial;
    double trialStepLength;
    boolean trialReady;

    int iteration;
    double stepLength;
    double stepNorm;

    TerminationReason failure;
    String failureMessage;

    RunState(CountingObjective objective, CurvatureModel model, double[] x0, long startNanos) {
        int n = x0.length;
        this.objective = objective;
        this.model = model;
        this.startNanos = startNanos;
        this.x = x0.clone();
        this.g = new double[n];
        this.xTrial = new double[n];
        this.gTrial = new double[n];
        this.direction = new double[n];
        this.s = new double[n];
        this.y = new double[n];
    }

    /** The run's counting view of the objective: evaluate through this, never the user's. */
    public CountingObjective objective() {
        return objective;
    }

    /** The run's curvature model. */
    public CurvatureModel model() {
        return model;
    }

    /** The dimension n. */
    public int dimension() {
        return x.length;
    }

    /** A work array of length n for the search direction or step. */
    public double[] direction() {
        return direction;
    }

    /** Where a globalization writes its candidate point. */
    public double[] trialPoint() {
        return xTrial;
    }

    /** Where a globalization writes the gradient at its candidate point. */
    public double[] trialGradient() {
        return gTrial;
    }

    /**
     * Hands the candidate in {@link #trialPoint()} (value {@code value}, gradient in
     * {@link #trialGradient()}, finite) to the driver.
     *
     * @param value f at the candidate
     * @param stepLength α for a line search, 1 for a trust-region step
     */
    public void acceptTrial(double value, double stepLength) {
        this.fTrial = value;
        this.trialStepLength = stepLength;
        this.trialReady = true;
    }

    /** Ends the run after this step with {@code reason}; {@code message} says why in words. */
    public void fail(TerminationReason reason, String message) {
        this.failure = reason;
        this.failureMessage = message;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    @Override
    public double[] point() {
        return x;
    }

    @Override
    public double value() {
        return f;
    }

    @Override
    public double[] gradient() {
        return g;
    }

    @Override
    public double gradientNorm() {
        return gradientNorm;
    }

    @Override
    public double stepLength() {
        return stepLength;
    }

    @Override
    public double stepNorm() {
        return stepNorm;
    }

    @Override
    public int valueEvaluations() {
        return objective.valueEvaluations();
    }

    @Override
    public int gradientEvaluations() {
        return objective.gradientEvaluations();
    }

    @Override
    public int hessianEvaluations() {
        return objective.hessianEvaluations();
    }

    @Override
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
