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
 * documentation says: "If your application is already multi-threaded, it will conflict with
 * OpenBLAS multi-threading. Thus, you must set OpenBLAS to use single thread" (OpenBLAS FAQ, "How
 * can I use OpenBLAS in multi-threaded applications?", github.com/OpenMathLib/OpenBLAS/wiki/faq;
 * the same text in its USAGE.md). Single-threaded calls from many threads at once are safe in this
 * build: a USE_THREAD build implies locking of OpenBLAS's shared structures (maintainers in
 * OpenMathLib/OpenBLAS issue 4217), and {@code OpenBlasBackendTest} compares concurrent results
 * with sequential ones. Issue 17 measured what happens when it is not set: 16 threads of
 * dense Newton on the 2-core build machine took over 240 s, every thread in
 * {@code LAPACKE_dsyevr_work}, where EJML took 5 s.
 *
 * <p><b>Policy.</b> The thread count is chosen once, when the library loads:
 * <ol>
 *   <li>the system property {@value #PROPERTY}, a positive integer, when set;
 *   <li>otherwise the value of {@code OPENBLAS_NUM_THREADS}, {@code GOTO_NUM_THREADS} or
 *       {@code OMP_NUM_THREADS} (first set one, OpenBLAS's own order in {@code openblas_read_env}),
 *       which OpenBLAS has already applied;
 *   <li>otherwise <b>1</b>, set through the presets'
 *       {@code org.bytedeco.openblas.presets.openblas_nolapack.blas_set_num_threads}, which finds
 *       {@code openblas_set_num_threads} with {@code Loader.addressof} and calls it (the presets
 *       map no other thread function; their {@code blas_get_num_threads()} only returns the value
 *       last set from Java).
 * </ol>
 * With one thread, every LAPACK call computes in the calling thread and calls from different
 * threads never touch the shared pool: no lock. With k &gt; 1 threads (asked for explicitly), the
 * native calls go through one fair lock, so that at most one call uses the pool at a time; a
 * single-threaded caller with a large n then still gets OpenBLAS's parallel BLAS.
 *
 * <p><b>Measured</b> ({@code ConcurrencyReport} in this module's tests; docs/performance.md,
 * "Concurrent dense Newton"): 64 damped-Newton runs on the extended Rosenbrock function, n = 400,
 * one shared optimizer, split over 1, 2, 4 and 16 caller threads, all configurations in one JVM run
 * on the 2-core build machine while other builds kept its load average between 11 and 25:
 * <pre>
 *   caller threads                          1        2        4       16
 *   EJML                  wall s          8.8     20.4     28.7     23.8
 *                         CPU s           7.9      9.0      8.9      9.0
 *   OpenBLAS, 1 thread    wall s          2.7      7.7      9.0      6.3
 *                         CPU s           2.5      3.0      2.9      2.9
 *   OpenBLAS, 2 threads,  wall s         > 60     > 60     > 60     > 60   (27, 13, 4, 16 of 64 runs)
 *     serialized          CPU s          30.7     21.9     20.2     27.4
 *   OpenBLAS, 2 threads,  wall s         > 60     > 60     > 60     > 60   (54, 17, 4, 0 of 64 runs)
 *     shared (before)     CPU s          35.2     19.2     17.4     36.6
 * </pre>
 * (CPU = the process's CPU time, OpenBLAS's worker threads included.) With one OpenBLAS thread the
 * total CPU time of the same work stays 2.5–3.0 s however many callers share it, 0.3× EJML's; the
 * wall time is whatever share of the two cores the other builds left. With two OpenBLAS threads the
 * work was not done within 60 s in any configuration, and the process CPU time per finished run was
 * 17–130× that of one thread (it includes the runs interrupted at the cap). The likely cause:
 * OpenBLAS's threads wait for one another actively, and on oversubscribed cores (16 callers, or
 * other processes) the thread being waited for is often not running. Serializing the calls stops
 * the callers from sharing the pool, but cannot give the pool cores the machine does not have. So
 * more than one thread is for cores dedicated to this JVM, and one thread is the default. An
 * earlier run of the same harness (64 runs, backends not interleaved, load average 12 at its start)
 * gave 2.9 s to one caller with two serialized threads against 2.6 s with one thread: no gain from
 * the second thread at n = 400 even before the load rose. The unit test {@code OpenBlasThreadsTest} checks the mechanism
 * (the thread count OpenBLAS reports around factorizations running in 8 threads at once); with
 * today's fix undone, OpenBLAS reports 2 threads there, and that test's 160 factorizations of
 * n = 120 took 44 s instead of 2.
 *
 * <p>The thread count is process-wide: another library in the same JVM that uses the same
 * OpenBLAS (through the same JavaCPP presets) also gets one thread, unless it sets its own or the
 * user sets one of the variables above.
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
                if (threads > 1) {
                    LOG.info("OpenBLAS runs up to {} threads ({}={}); native calls are serialized",
                            threads, variable, value);
                }
                return;
            }
        }
        set(1);
    }

    /**
     * Sets OpenBLAS's thread count to k ≥ 1, and with it whether calls are serialized (k &gt; 1).
     * For configuration: at load time, in tests and in the benchmark, with no native call in flight.
     */
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
        if (k > 1) {
            LOG.info("OpenBLAS runs {} threads; native calls are serialized", k);
        } else {
            LOG.debug("OpenBLAS runs 1 thread; native calls run concurrently");
        }
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
