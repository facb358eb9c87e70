package dev.curvature.api.spi;

/**
 * Chooses the first trial step α₀ of each line search (Nocedal &amp; Wright §3.5, "Initial step
 * length"). Immutable; each run gets its own {@link State}.
 */
public interface InitialStep {

    /** α₀ = 1 always: right for Newton and quasi-Newton directions, whose natural step is 1. */
    InitialStep UNIT = () -> new State() {
        @Override
        public double initial(int iteration, double value, double slope, double directionNorm) {
            return 1.0;
        }

        @Override
        public void accepted(double step, double value, double slope) {
        }
    };

    /** Per-run state. */
    State start();

    /** The mutable state of one run's initial-step choice. */
    interface State {

        /**
         * α₀ for the search at iteration k.
         *
         * @param iteration k (0 for the first search)
         * @param value f(x_k)
         * @param slope φ'(0) = g_kᵀp_k
         * @param directionNorm ‖p_k‖∞
         */
        double initial(int iteration, double value, double slope, double directionNorm);

        /** Told the accepted α of the search at the point with value f and slope φ'(0). */
        void accepted(double step, double value, double slope);
    }
}
