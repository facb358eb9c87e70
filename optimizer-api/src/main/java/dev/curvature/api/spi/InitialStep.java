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

        /**
         * α₀ for a search in a box ({@link RunState#bounds()}), where the direction d_k is the
         * step to a point of the box (L-BFGS-B's) rather than a multiple of −g. The default is
         * {@link #initial}.
         *
         * @param euclideanNorm ‖d_k‖₂
         * @param boxed true when every variable has two finite bounds
         */
        default double initialInBox(int iteration, double value, double slope,
                double directionNorm, double euclideanNorm, boolean boxed) {
            return initial(iteration, value, slope, directionNorm);
        }

        /** Told the accepted α of the search at the point with value f and slope φ'(0). */
        void accepted(double step, double value, double slope);
    }
}
