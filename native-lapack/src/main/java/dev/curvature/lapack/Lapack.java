package dev.curvature.lapack;

/** Small helpers around LAPACKE return codes. */
final class Lapack {
    private Lapack() {
    }

    /**
     * LAPACK reports an illegal argument with info &lt; 0 (argument −info). The classes here check
     * every argument first, so that is a bug, not a numerical outcome.
     *
     * @return info, when it is ≥ 0
     */
    static int checked(int info, String routine) {
        if (info < 0) {
            throw new IllegalStateException(routine + ": illegal value in argument " + (-info));
        }
        return info;
    }

    /**
     * Runs a LAPACK call under the threading policy ({@link OpenBlasThreads#call}) and checks its
     * info ({@link #checked}).
     */
    static int call(java.util.function.IntSupplier lapackCall, String routine) {
        return checked(OpenBlasThreads.call(lapackCall), routine);
    }

    /** The optimal workspace size a LAPACK workspace query (lwork = −1) wrote as a double. */
    static int workspaceSize(double queried, int minimum) {
        return Math.max(minimum, (int) Math.ceil(queried));
    }
}
