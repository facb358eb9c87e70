package dev.curvature.api;

/**
 * Why a run ended. The first three mean a convergence test was met at the returned point
 * ({@link #converged()}): the gradient test, or a function-change or step test (or f's
 * precision limit) at a point whose gradient is within 10³ times its tolerance or explained by
 * f's noise; every other reason keeps the best point seen and says what stopped the run.
 */
public enum TerminationReason {
    /** ‖∇f‖∞ fell below the absolute or relative gradient tolerance. */
    GRADIENT_TOLERANCE(true, "Gradient tolerance reached"),
    /** The decrease of f over one iteration fell below the function-change tolerance. */
    VALUE_TOLERANCE(true, "Function-change tolerance reached"),
    /** The step ‖x_{k+1} − x_k‖∞ fell below the step tolerance. */
    STEP_TOLERANCE(true, "Step tolerance reached"),
    /** The iteration limit was reached. */
    MAX_ITERATIONS(false, "Maximum number of iterations reached"),
    /** The objective-evaluation budget was exhausted. */
    MAX_EVALUATIONS(false, "Maximum number of objective evaluations reached"),
    /** The wall-time limit was reached. */
    TIME_LIMIT(false, "Time limit reached"),
    /** An {@link IterationListener} asked to stop, or threw. */
    STOPPED_BY_LISTENER(false, "Stopped by the iteration listener"),
    /** The line search found no acceptable step, even after resetting the curvature. */
    LINE_SEARCH_FAILED(false, "Line search failed"),
    /** The trust radius shrank below its minimum without an acceptable step. */
    TRUST_REGION_COLLAPSED(false, "Trust region collapsed"),
    /** The Hessian (or its model) is singular, so the Newton system has no unique solution. */
    SINGULAR_HESSIAN(false, "Hessian is singular"),
    /** The objective returned NaN or ±∞ and no finite progress was possible. */
    NON_FINITE(false, "Objective returned non-finite values"),
    /** The objective threw an exception; see {@link OptimizationResult#cause()}. */
    OBJECTIVE_FAILED(false, "Objective threw an exception"),
    /** The running thread was interrupted. */
    INTERRUPTED(false, "Interrupted"),
    /**
     * f stopped changing measurably — the function-change or step test fired, or no decrease the
     * model promises can be told from f's rounding — while ‖∇f‖∞ is still far (more than 10³
     * times) above its tolerance and larger than f's noise explains (SciPy's "precision loss",
     * which it also reports as a failure). The message gives the numbers.
     */
    STALLED(false, "Stalled above the gradient tolerance"),
    /**
     * A defect in Curvature itself: an unexpected exception inside the method, kept as
     * {@link OptimizationResult#cause()}. The best point seen is returned.
     */
    INTERNAL_ERROR(false, "Internal error");

    private final boolean converged;
    private final String description;

    TerminationReason(boolean converged, String description) {
        this.converged = converged;
        this.description = description;
    }

    /** True for the reasons that mean a convergence test was met. */
    public boolean converged() {
        return converged;
    }

    /** One line in words, e.g. "Gradient tolerance reached". */
    public String description() {
        return description;
    }
}
