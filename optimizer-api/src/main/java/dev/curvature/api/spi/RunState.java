package dev.curvature.api.spi;

import dev.curvature.api.ConvergenceCriteria;
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
    /** A stop at f's precision is accepted when ‖g‖∞ is within this factor of its tolerance. */
    static final double NEAR_TOLERANCE = 1e3;

    private final CountingObjective objective;
    private final CurvatureModel model;
    private final ConvergenceCriteria criteria;
    private final long startNanos;
    /** |sᵀy|/sᵀs of the last accepted step (NaN before the first). */
    double curvature = Double.NaN;
    private double noise = Double.NaN;
    private int noiseIteration = -1;

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

    RunState(CountingObjective objective, CurvatureModel model, ConvergenceCriteria criteria,
            double[] x0, long startNanos) {
        int n = x0.length;
        this.objective = objective;
        this.model = model;
        this.criteria = criteria;
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

    /**
     * ε_f, the rounding noise of f at the current iterate: max(10ε|f|, the objective's own
     * {@link dev.curvature.api.ValueNoise} estimate when it has one). A decrease below ε_f cannot
     * be told from rounding. Computed on first request at each iterate.
     */
    public double valueNoise() {
        if (noiseIteration != iteration) {
            noise = noiseAt(x, f);
            noiseIteration = iteration;
        }
        return noise;
    }

    double noiseAt(double[] point, double value) {
        double floor = 10 * Math.ulp(1.0) * Math.abs(value);
        double estimate = objective.valueNoise(point);
        return Double.isNaN(estimate) ? floor : Math.max(floor, estimate);
    }

    /**
     * Whether a stop at the current iterate without the gradient test can count as converged:
     * null when the criteria ask for no gradient test (both tolerances 0: the caller stops on f
     * or x alone, as the least-squares fits do), when ‖∇f‖∞ is within
     * {@value #NEAR_TOLERANCE} times its tolerance, or when
     * ‖∇f‖₂ ≤ 2√(ε_f·L) — the gradient of a quadratic of curvature L at a point whose value is
     * within the noise ε_f of its minimum ({@link #valueNoise()}; L = |sᵀy|/sᵀs of the last
     * step). Otherwise the numbers that make it a stall, in words.
     */
    public String stallReason() {
        return stallReason(x, g, gradientNorm, f, valueNoise());
    }

    String stallReason(double[] point, double[] gradient, double gNorm, double value,
            double noiseLevel) {
        double tolerance = Math.max(criteria.gradientTolerance(),
                criteria.relativeGradientTolerance() * Math.max(1, Math.abs(value)));
        if (tolerance == 0 || gNorm <= NEAR_TOLERANCE * tolerance) {
            return null; // no gradient test asked for (the caller stops on f or x), or near it
        }
        double g2 = Vectors.norm2(gradient);
        double bound = 2 * Math.sqrt(noiseLevel * curvature);
        if (g2 <= bound) { // false while L is unknown (NaN)
            return null;
        }
        return String.format("‖g‖∞ = %.3e is above %.0e × its tolerance %.1e, and ‖g‖₂ = %.3e"
                + " above 2√(ε_f·L) = %.3e, what f's noise ε_f = %.3e explains at the last"
                + " step's curvature L = %.3e", gNorm, NEAR_TOLERANCE, tolerance, g2, bound,
                noiseLevel, curvature);
    }

    /** Nanoseconds since the run started. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
