package dev.curvature.api.spi;

import dev.curvature.api.Bounds;
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
    private final Bounds bounds;
    private double noise = Double.NaN;
    private int noiseIteration = -1;

    double[] x;
    double[] g;
    double f;
    double gradientNorm;
    /** ‖P(x − g) − x‖∞ under bounds; equal to {@link #gradientNorm} without. */
    double projectedGradientNorm;
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

    /**
     * @param bounds the box of a bounded run (x0 already inside it), or null for an unconstrained
     *     one
     */
    RunState(CountingObjective objective, CurvatureModel model, ConvergenceCriteria criteria,
            double[] x0, Bounds bounds, long startNanos) {
        int n = x0.length;
        this.objective = objective;
        this.bounds = bounds;
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

    /**
     * The box of a bounded run, or null for an unconstrained one (a box without finite bounds
     * counts as none). Iterates and trial points of a bounded run lie in the box.
     */
    public Bounds bounds() {
        return bounds;
    }

    /**
     * The first-order measure at x_k: ‖P(x_k − g_k) − x_k‖∞ under bounds, ‖g_k‖∞ without; the
     * gradient test applies to it.
     */
    public double projectedGradientNorm() {
        return projectedGradientNorm;
    }

    /** Sets ‖g‖∞ and the first-order measure from the current x and g. */
    void measureGradient() {
        gradientNorm = Vectors.normInf(g);
        projectedGradientNorm = bounds == null ? gradientNorm
                : bounds.projectedGradientNorm(x, g);
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
            double floor = 10 * Math.ulp(1.0) * Math.abs(f);
            double estimate = objective.valueNoise(x);
            noise = Double.isNaN(estimate) ? floor : Math.max(floor, estimate);
            noiseIteration = iteration;
        }
        return noise;
    }

    /**
     * Whether a stop at the current iterate without the gradient test can count as converged:
     * null when the criteria ask for no gradient test (both tolerances 0: the caller stops on f
     * or x alone, as the least-squares fits do), when ‖∇f‖∞ is within
     * {@value #NEAR_TOLERANCE} times its tolerance, or — for an objective that estimates its own
     * noise ({@link dev.curvature.api.ValueNoise}: a claim about f that 10ε|f| is not) — when no
     * step along −∇f can lower f by more than that noise ε_f at the model's curvature along ∇f,
     * λ = gᵀBg/gᵀg: the best such decrease is ‖g‖₂²/(2λ), so the test is ‖g‖₂² ≤ 2ε_f·λ (one
     * product with the model, asked for only here). Otherwise the numbers that make it a stall,
     * in words.
     */
    public String stallReason() {
        if (nearTolerance(projectedGradientNorm, f)) {
            return null;
        }
        if (bounds != null) {
            return String.format("the projected gradient ‖P(x − g) − x‖∞ = %.3e is above %.0e ×"
                    + " its tolerance", projectedGradientNorm, NEAR_TOLERANCE);
        }
        if (!objective.hasValueNoise()) {
            return String.format("‖g‖∞ = %.3e is above %.0e × its tolerance, and the objective"
                    + " gives no estimate of its noise (ValueNoise) that could explain it",
                    gradientNorm, NEAR_TOLERANCE);
        }
        double g2 = Vectors.dot(g, g);
        double lambda;
        try {
            model.multiply(x, g, g, direction); // the direction array is free once the run ends
            lambda = Vectors.dot(g, direction) / g2;
        } catch (ObjectiveFailure | EvaluationBudgetExhausted | TimeLimitReached e) {
            lambda = Double.NaN; // no product available: the noise cannot vouch
        }
        double noiseLevel = valueNoise();
        if (lambda > 0 && g2 <= 2 * noiseLevel * lambda) {
            return null;
        }
        return String.format("‖g‖∞ = %.3e is above %.0e × its tolerance, and a step along −g"
                + " could lower f by ‖g‖₂²/(2λ) = %.3e, more than f's noise ε_f = %.3e (model"
                + " curvature along g: λ = %.3e)", gradientNorm, NEAR_TOLERANCE,
                g2 / (2 * lambda), noiseLevel, lambda);
    }

    /**
     * As {@link #stallReason()} for a point other than the current iterate (an earlier best
     * point): only the gradient test (on the first-order measure {@code gNorm}), since the model
     * no longer describes that point.
     */
    String stallReason(double gNorm, double value) {
        if (nearTolerance(gNorm, value)) {
            return null;
        }
        return String.format("%s = %.3e at the best point is above %.0e × its tolerance",
                firstOrderSymbol(), gNorm, NEAR_TOLERANCE);
    }

    /**
     * Whether the first-order measure at the current iterate ({@link #projectedGradientNorm()})
     * is within {@value #NEAR_TOLERANCE} times a positive gradient tolerance: the standard by
     * which the driver accepts a stop at f's precision as converged. False when no gradient test
     * is set (the caller stops on f or x alone).
     */
    public boolean firstOrderNearTolerance() {
        double tolerance = gradientTolerance(f);
        return tolerance > 0 && projectedGradientNorm <= NEAR_TOLERANCE * tolerance;
    }

    /** The gradient test's threshold at a point of value f: max(gtol, rtol·max(1, |f|)). */
    private double gradientTolerance(double value) {
        return Math.max(criteria.gradientTolerance(),
                criteria.relativeGradientTolerance() * Math.max(1, Math.abs(value)));
    }

    /** The first-order measure's symbol in messages: ‖P(x − g) − x‖∞ in a box, else ‖g‖∞. */
    String firstOrderSymbol() {
        return bounds == null ? "‖g‖∞" : "‖P(x − g) − x‖∞";
    }

    /** Whether ‖g‖∞ is within {@link #NEAR_TOLERANCE} times its tolerance, or none is set. */
    private boolean nearTolerance(double gNorm, double value) {
        double tolerance = gradientTolerance(value);
        return tolerance == 0 || gNorm <= NEAR_TOLERANCE * tolerance;
    }

    /** Nanoseconds since the run started. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }
}
