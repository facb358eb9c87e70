package dev.curvature.api;

/**
 * A read-only view of a run at one iterate, handed to an {@link IterationListener}. The view and
 * the arrays it returns are reused from iteration to iteration: copy what you keep, modify nothing.
 */
public interface IterationInfo {

    /** The iteration number k (0 for the start point). */
    int iteration();

    /** The current iterate x_k (a live array: do not modify). */
    double[] point();

    /** f(x_k). */
    double value();

    /** The current gradient ∇f(x_k) (a live array: do not modify). */
    double[] gradient();

    /** ‖∇f(x_k)‖∞. */
    double gradientNorm();

    /** The step length α of the last step (1 for a full step or a trust-region step; 0 at k = 0). */
    double stepLength();

    /** ‖x_k − x_{k−1}‖∞ (0 at k = 0). */
    double stepNorm();

    /** Calls so far that computed f. */
    int valueEvaluations();

    /** Calls so far that computed ∇f. */
    int gradientEvaluations();

    /** Hessians and Hessian-vector products computed so far. */
    int hessianEvaluations();

    /** Nanoseconds since the run started. */
    long elapsedNanos();
}
