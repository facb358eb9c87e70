package dev.curvature.api.spi;

import dev.curvature.api.TerminationReason;

/**
 * Carries an exception thrown by the user's objective out of the line search or trust region to
 * the driver, which ends the run with {@link TerminationReason#OBJECTIVE_FAILED}. Thrown only by
 * {@link CountingObjective}; never escapes {@code minimize}.
 */
public final class ObjectiveFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what the objective's method that failed, e.g. {@code "hessian"}
     * @param cause the user's exception, or an {@link IllegalArgumentException} describing what
     *     is wrong with the objective's answer
     */
    public ObjectiveFailure(String what, Throwable cause) {
        super("objective's " + what + " threw " + Checks.describe(cause), cause, false, false);
    }
}
