package dev.curvature.lapack;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import org.bytedeco.openblas.global.openblas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the native backend shares OpenBLAS between the caller's threads: either parallelism
 * <em>across</em> calls (OpenBLAS with one thread, calls run concurrently in the callers' threads)
 * or parallelism <em>inside</em> a call (OpenBLAS with k &gt; 1 threads, one call at a time), never
 * both.
 *
 * <p><b>Why.</b> The API promises that one {@code Optimizer} may be shared by many threads, each
 * run with its own state. The OpenBLAS shipped by {@code org.bytedeco:openblas:0.3.31-1.5.13} is
 * the pthreads build ({@code OPENBLAS_THREAD 1} in its {@code openblas_config.h}; it links no
 * OpenMP runtime), and it starts one BLAS thread per core unless {@code OPENBLAS_NUM_THREADS},
 * {@code GOTO_NUM_THREADS} or {@code OMP_NUM_THREADS} say otherwise. Its thread count is a single
 * process-wide setting and its worker pool is shared by every calling thread. OpenBLAS's own
 * documentation says so: "If your application is already multi-threaded, it will conflict with
 * OpenBLAS multi-threading. Thus, you must set OpenBLAS to use single thread" (OpenBLAS README,
 * "Setting the number of threads using environment variables"; FAQ, "How to use OpenBLAS in
 * multi-threaded applications?"). Issue 17 measured what happens when it is not: 16 threads of
 * dense Newton on the 2-core build machine took over 240 s, every thread in
 * {@code LAPACKE_dsyevr_work}, where EJML took 5 s.
 *
 * <p><b>Policy.</b> The thread count is chosen once, when the library loads:
 * <ol>
 *   <li>the system property {@value #PROPERTY}, a positive integer, when set;
 *   <li>otherwise the value of {@code OPENBLAS_NUM_THREADS}, {@code GOTO_NUM_THREADS} or
 *       {@code OMP_NUM_THREADS} (first set one, OpenBLAS's own order in {@code openblas_read_env}),
 *       which OpenBLAS has already applied;
 *   <li>otherwise <b>1</b>, set through the presets' {@code blas_set_num_threads}, which calls
 *       {@code openblas_set_num_threads}.
 * </ol>
 * With one thread, every LAPACK call computes in the calling thread and calls from different
 * threads never touch the shared pool: no lock. With k &gt; 1 threads (asked for explicitly), the
 * native calls go through one fair lock, so that at most one call uses the pool at a time; a
 * single-threaded caller with a large n then still gets OpenBLAS's parallel BLAS.
 *
 * <p><b>Measured</b> (docs/performance.md, "Concurrent dense Newton"; {@code ConcurrencyReport} in
 * this module's tests, one run, 2 shared cores): the same total work of 16 damped-Newton runs,
 * split over 1, 2, 4 and 16 threads. With one OpenBLAS thread the wall time is flat from 2 threads
 * on (both cores busy) and the total CPU time stays that of one thread; the unserialized
 * two-thread OpenBLAS of before grows with the number of callers. The default of one thread is
 * also what the per-core speedups in {@link OpenBlasBackend#CROSSOVER} were measured with.
 */
final class OpenBlasThreads {
    /** The system property that sets OpenBLAS's thread count (default 1; see the class comment). */
    static final String PROPERTY = "curvature.openblas.threads";

    private static final Logger LOG = LoggerFactory.getLogger(OpenBlasThreads.class);
    private static final String[] ENVIRONMENT = {"OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"};

    /** Serializes native calls while OpenBLAS runs more than one thread. */
    private static final ReentrantLock POOL = new ReentrantLock(true);
    private static volatile int threads = 1;

    private OpenBlasThreads() {
    }

    /**
     * Applies the policy; called once, right after the library loaded.
     *
     * @param property the value of {@value #PROPERTY}, or null
     * @param environment looks up an environment variable
     */
    static void configure(String property, java.util.function.Function<String, String> environment) {
        if (property != null) {
            int k = parse(property);
            if (k < 1) {
                LOG.warn("{}={} is not a positive integer; OpenBLAS runs one thread", PROPERTY, property);
                k = 1;
            }
            set(k);
            return;
        }
        for (String variable : ENVIRONMENT) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                int k = parse(value);
                // OpenBLAS has read the variable itself (values < 1 mean "all cores" to it).
                threads = k >= 1 ? k : Runtime.getRuntime().availableProcessors();
                LOG.debug("OpenBLAS threads from {}={}: {}", variable, value, threads);
                return;
            }
        }
        set(1);
    }

    /** Sets OpenBLAS's thread count to k ≥ 1 and whether calls are serialized (k &gt; 1). */
    static void set(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: expected ≥ 1, got " + k);
        }
        POOL.lock(); // no call in flight while the count changes
        try {
            openblas.blas_set_num_threads(k);
            threads = k;
        } finally {
            POOL.unlock();
        }
        LOG.debug("OpenBLAS threads: {}{}", k, k > 1 ? " (native calls serialized)" : "");
    }

    /** OpenBLAS's thread count as this class set or found it. */
    static int threads() {
        return threads;
    }

    /** True when native calls run one at a time (OpenBLAS has more than one thread). */
    static boolean serialized() {
        return threads > 1;
    }

    /**
     * Runs one native LAPACK call: directly with one OpenBLAS thread, under the lock otherwise.
     *
     * @return the call's result (LAPACK's info)
     */
    static int call(IntSupplier nativeCall) {
        if (threads == 1) {
            return nativeCall.getAsInt();
        }
        POOL.lock();
        try {
            return nativeCall.getAsInt();
        } finally {
            POOL.unlock();
        }
    }

    /** True when the calling thread is inside a serialized native call (for tests). */
    static boolean holdsPool() {
        return POOL.isHeldByCurrentThread();
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
