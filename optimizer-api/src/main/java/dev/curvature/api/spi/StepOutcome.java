package dev.curvature.api.spi;

import dev.curvature.api.TerminationReason;

/**
 * What one call of {@link Globalization.State#step} did, returned to the driver, which alone
 * acts on it: adopts the trial point, updates or resets the curvature model, reports to the
 * listener and ends the run. The four outcomes (after Ceres's minimizer loop, where a step is
 * accepted or rejected and the driver does the bookkeeping):
 * <ul>
 *   <li>{@link Accepted}: the trial point in {@link RunState#trialPoint()} (value, gradient in
 *       {@link RunState#trialGradient()}, both finite) becomes the next iterate;
 *   <li>{@link Rejected}: a trust-region trial was evaluated and refused; the iterate stays, the
 *       driver counts the trial, reports it to the listener and checks its limits, then calls
 *       {@code step} again;
 *   <li>{@link RetryAfterReset}: the model's step failed; the driver calls
 *       {@link CurvatureModel#reset()} and then {@code step} again (same iteration), or
 *       {@link Globalization.State#giveUp} when the model cannot be reset;
 *   <li>{@link Failed}: the run ends with a reason, after adopting the trial point when
 *       {@link Failed#movedTo()} says the globalization kept one (the best point seen on the
 *       last line or the last trust-region trial, when it lowered f).
 * </ul>
 * Outcome objects are owned and reused by the globalization's per-run state (nothing allocates
 * per iteration); the driver reads them before the next call of {@code step}.
 */
public sealed interface StepOutcome
        permits StepOutcome.Accepted, StepOutcome.Rejected, StepOutcome.RetryAfterReset,
        StepOutcome.Failed {

    /** The trial point is the next iterate. */
    final class Accepted implements StepOutcome {
        private double value;
        private double stepLength;

        /**
         * @param value f at the trial point (finite)
         * @param stepLength α of a line search, 1 for a trust-region step
         * @return this
         */
        public Accepted set(double value, double stepLength) {
            this.value = value;
            this.stepLength = stepLength;
            return this;
        }

        /** f at the trial point. */
        public double value() {
            return value;
        }

        /** α (1 for a trust-region step). */
        public double stepLength() {
            return stepLength;
        }
    }

    /** A trust-region trial that was evaluated and refused (ρ ≤ η); the iterate stays. */
    final class Rejected implements StepOutcome {
        private double value;
        private double[] step;
        private boolean gradientKnown;

        /**
         * @param value f at the trial point (may be non-finite)
         * @param step the trial step p (owned by the globalization; read before the next call)
         * @param gradientKnown true when {@link RunState#trialGradient()} holds a finite ∇f at
         *     the trial point, so the model may learn from the trial (SR1, N&amp;W Algorithm 6.2)
         * @return this
         */
        public Rejected set(double value, double[] step, boolean gradientKnown) {
            this.value = value;
            this.step = step;
            this.gradientKnown = gradientKnown;
            return this;
        }

        /** f at the refused trial point. */
        public double value() {
            return value;
        }

        /** The trial step p. */
        public double[] step() {
            return step;
        }

        /** Whether the trial gradient is known and finite. */
        public boolean gradientKnown() {
            return gradientKnown;
        }
    }

    /** The model's direction or step failed: reset the model and call {@code step} again. */
    final class RetryAfterReset implements StepOutcome {
        /** The one instance (the outcome carries nothing). */
        public static final RetryAfterReset INSTANCE = new RetryAfterReset();

        private RetryAfterReset() {
        }
    }

    /**
     * The run ends with {@link #reason()}, usually a failure; a globalization that applies a
     * stopping test of its own (the least-squares tests) ends with a converged reason.
     */
    final class Failed implements StepOutcome {
        private TerminationReason reason;
        private String message;
        private boolean movedTo;
        private double value;
        private double stepLength;
        private boolean justified;

        /** Ends the run where it is. */
        public Failed set(TerminationReason reason, String message) {
            return set(reason, message, false, Double.NaN, Double.NaN);
        }

        /**
         * Ends the run, after moving to the trial point when {@code movedTo} (value and gradient
         * in the trial arrays, finite, value below the current f).
         */
        public Failed set(TerminationReason reason, String message, boolean movedTo, double value,
                double stepLength) {
            this.reason = Checks.notNull(reason, "reason");
            this.message = Checks.notNull(message, "message");
            this.movedTo = movedTo;
            this.value = value;
            this.stepLength = stepLength;
            this.justified = false;
            return this;
        }

        /**
         * Marks a converged reason as justified by the globalization's own test, which the
         * message states (the least-squares tests: Bates &amp; Watts's relative offset, a
         * Gauss–Newton decrease below f's rounding). Without it the driver accepts a converged
         * reason other than the gradient test only at a point whose gradient is near its
         * tolerance or explained by f's noise, and reports {@code STALLED} otherwise.
         *
         * @return this
         */
        public Failed justified() {
            this.justified = true;
            return this;
        }

        /** Whether {@link #justified()} was called since the last {@code set}. */
        public boolean isJustified() {
            return justified;
        }

        /** Why the run ends. */
        public TerminationReason reason() {
            return reason;
        }

        /** The reason in words and numbers. */
        public String message() {
            return message;
        }

        /** True when the trial arrays hold a point to move to before ending. */
        public boolean movedTo() {
            return movedTo;
        }

        /** f at that point. */
        public double value() {
            return value;
        }

        /** α of that point. */
        public double stepLength() {
            return stepLength;
        }
    }
}
