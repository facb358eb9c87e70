package dev.curvature.api.spi;

/**
 * Thrown by {@link CountingObjective} when an evaluation is asked for after the run's time limit,
 * so that a line search or a sequence of trust-region trials cannot overrun it; the driver ends
 * the run with {@link dev.curvature.api.TerminationReason#TIME_LIMIT}. Never escapes
 * {@code minimize}.
 */
public final class TimeLimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeLimitReached() {
        super("time limit reached", null, false, false);
    }
}
