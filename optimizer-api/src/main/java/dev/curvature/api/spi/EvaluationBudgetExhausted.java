package dev.curvature.api.spi;

import dev.curvature.api.TerminationReason;

/**
 * Signals that the run's evaluation budget is spent; the driver ends the run with
 * {@link TerminationReason#MAX_EVALUATIONS}. Thrown only by {@link CountingObjective}; never
 * escapes {@code minimize}.
 */
public final class EvaluationBudgetExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EvaluationBudgetExhausted(int budget) {
        super("evaluation budget of " + budget + " spent", null, false, false);
    }
}
