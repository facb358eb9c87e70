package dev.curvature.api;

/**
 * A read-only view of a run after one pass of the driver, handed to an {@link IterationListener}:
 * the current iterate and the record of the step that led to it (after Ceres's
 * {@code IterationSummary}). The listener is called at the start point, after every accepted
 * step and after every refused trust-region trial ({@link #accepted()} false: the iterate did not
 * move). The view is reused from call to call: copy what you keep.
 */
public interface IterationInfo {

    /** The iteration number k: accepted steps so far (0 for the start point). */
    int iteration();

    /** The current iterate x_k (read-only: writing into it does not change the run). */
    double[] point();

    /** f(x_k). */
    double value();

    /** The current gradient ∇f(x_k) (read-only: writing into it does not change the run). */
    double[] gradient();

    /** ‖∇f(x_k)‖∞. */
    double gradientNorm();

    /**
     * The first-order measure ‖P(x − g) − x‖∞ of a bounded run (P the projection onto the box);
     * equal to {@link #gradientNorm()} for an unconstrained one.
     */
    default double projectedGradientNorm() {
        return gradientNorm();
    }

    /**
     * True when this record is of an accepted step (or of the start point); false for a refused
     * trust-region trial, after which the iterate is unchanged.
     */
    boolean accepted();

    /** Where the step came from ({@link DirectionKind#NONE} at k = 0). */
    DirectionKind directionKind();

    /** The slope gᵀp of the line searched at x_{k−1} (NaN for trust-region steps and at k = 0). */
    double slope();

    /** The first trial step α₀ of the line search (NaN for trust-region steps and at k = 0). */
    double initialStepLength();

    /** The step length α of the last step (1 for a full step or a trust-region step; 0 at k = 0). */
    double stepLength();

    /** ‖x_k − x_{k−1}‖∞ (0 at k = 0). */
    double stepNorm();

    /** Evaluations of f or ∇f made by this step (the line search's trials, or the trial point). */
    int stepEvaluations();

    /** The trust radius Δ the step was computed in (NaN for line-search steps). */
    double trustRadius();

    /** ρ, actual over predicted reduction of the trust-region trial (NaN for line searches). */
    double ratio();

    /** Inner (conjugate-gradient) iterations of the step's subproblem; 0 when there were none. */
    int innerIterations();

    /** Calls so far that computed f. */
    int valueEvaluations();

    /** Calls so far that computed ∇f. */
    int gradientEvaluations();

    /** Hessians and Hessian-vector products computed so far. */
    int hessianEvaluations();

    /** Nanoseconds since the run started. */
    long elapsedNanos();
}
