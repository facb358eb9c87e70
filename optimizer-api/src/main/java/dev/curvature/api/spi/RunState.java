package dev.curvature.api.spi;

import dev.curvature.api.DirectionKind;

/**
 * Everything that changes during one run: the iterate, its gradient, the trial arrays, the
 * curvature model and the record of the last step. Created once by the driver per
 * {@code minimize} call; every array is allocated here, once.
 *
 * <p>Globalizations read the current iterate ({@link #point()}, {@link #value()},
 * {@link #gradient()}), write trial points into {@link #trialPoint()} and
 * {@link #trialGradient()}, describe their step with {@link #describeStep}, and return a
 * {@link StepOutcome}; only the driver moves the iterate (the arrays behind {@link #point()} and
 * {@link #trialPoint()} are swapped when a step is accepted, so fetch them at every step).
 */
public final class RunState {
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

    int iteration;
    double stepLength;
    double stepNorm;
    boolean accepted = true;
    int stepEvaluations;
    DirectionKind directionKind = DirectionKind.NONE;
    double slope = Double.NaN;
    double initialStep = Double.NaN;
    double trustRadius = Double.NaN;
    double ratio = Double.NaN;
    int innerIterations;

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

    /** The run's curvature model (globalizations ask it for directions and products only). */
    public CurvatureModel model() {
        return model;
    }

    /** The dimension n. */
    public int dimension() {
        return x.length;
    }

    /** The iteration number k: accepted steps so far. */
    public int iteration() {
        return iteration;
    }

    /** The current iterate x_k (do not modify). */
    public double[] point() {
        return x;
    }

    /** f(x_k). */
    public double value() {
        return f;
    }

    /** ∇f(x_k) (do not modify). */
    public double[] gradient() {
        return g;
    }

    /** ‖∇f(x_k)‖∞. */
    public double gradientNorm() {
        return gradientNorm;
    }

    /** A work array of length n for the search direction. */
    public double[] direction() {
        return direction;
    }

    /** Where a globalization writes its trial point. */
    public double[] trialPoint() {
        return xTrial;
    }

    /** Where a globalization writes the gradient at its trial point. */
    public double[] trialGradient() {
        return gTrial;
    }

    /**
     * Describes the step being made, for the iteration record (Ceres's
     * {@code IterationSummary}); NaN for what does not apply.
     *
     * @param kind where the direction or step came from
     * @param slope gᵀp of a line search
     * @param initialStep α₀ of a line search
     * @param radius Δ of a trust-region trial
     * @param ratio ρ of a trust-region trial
     * @param inner CG iterations of the subproblem or direction (0 when none)
     */
    public void describeStep(DirectionKind kind, double slope, double initialStep, double radius,
            double ratio, int inner) {
        this.directionKind = kind;
        this.slope = slope;
        this.initialStep = initialStep;
        this.trustRadius = radius;
        this.ratio = ratio;
        this.innerIterations = inner;
    }

    /** Nanoseconds since the run started. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
