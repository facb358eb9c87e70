package dev.curvature.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.curvature.api.linalg.CholeskyFactorization;
import dev.curvature.api.linalg.IndefiniteFactorization;
import dev.curvature.api.linalg.SymmetricEigen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.presets.openblas_nolapack;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenBLAS's threading under concurrent use (issue 17, item 6). The mechanism, not the timing:
 * the thread count OpenBLAS itself reports while many threads factor at once, and that calls are
 * serialized when it is above one. The timing is in {@link ConcurrencyReport}.
 */
class OpenBlasThreadsTest {
    private static final OpenBlasBackend OPENBLAS = new OpenBlasBackend();

    @BeforeAll
    static void nativeLibraryLoads() {
        assumeTrue(OPENBLAS.available(), "OpenBLAS native library did not load on this platform; skipping");
    }

    @AfterEach
    void backToTheDefault() {
        OpenBlasThreads.configure(null, variable -> null);
    }

    /**
     * OpenBLAS's own {@code openblas_get_num_threads()}, read from the native library. The presets
     * map only the setter ({@code blas_set_num_threads}; their {@code blas_get_num_threads()} returns
     * the last value set from Java, -1 before), so the C function is called through the presets'
     * {@code int (*)(int)} function-pointer type: on x86-64 (System V and Win64 ABIs alike) the
     * surplus int argument goes into a register the callee never reads.
     */
    private static final ThreadLocal<openblas_nolapack.MklSetNumThreadsLocal> GETTER = ThreadLocal.withInitial(() ->
            new openblas_nolapack.MklSetNumThreadsLocal() { }.put(Loader.addressof("openblas_get_num_threads")));

    static int nativeThreadCount() {
        Pointer function = Loader.addressof("openblas_get_num_threads");
        assertTrue(function != null && !function.isNull(), "openblas_get_num_threads not found");
        // put(), as the presets' own blas_set_num_threads does: a JavaCPP function pointer wraps the
        // address in a native holder (the Pointer constructor would not); the no-argument
        // constructor that allocates the holder is protected, hence the anonymous subclass.
        return GETTER.get().call(0);
    }

    @Test
    void openBlasComputesWithOneThreadWhileManyThreadsFactor() throws Exception {
        assumeTrue(Loader.getPlatform().equals("linux-x86_64"), "the native getter is called the x86-64 way");
        int callers = 8;
        int n = 120; // above OpenBLAS's and LAPACK's blocking thresholds (64)
        CyclicBarrier together = new CyclicBarrier(callers);
        Map<Integer, Integer> seen = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    DMatrixRMaj a = Matrices.spd(n, 10, new Random(seed));
                    CholeskyFactorization chol = OPENBLAS.cholesky(n);
                    SymmetricEigen eigen = OPENBLAS.eigen(n);
                    IndefiniteFactorization ldl = OPENBLAS.indefinite(n);
                    together.await();
                    for (int round = 0; round < 5; round++) {
                        seen.merge(nativeThreadCount(), 1, Integer::sum);
                        assertTrue(chol.factor(a, 0));
                        seen.merge(nativeThreadCount(), 1, Integer::sum);
                        assertTrue(eigen.decompose(a));
                        seen.merge(nativeThreadCount(), 1, Integer::sum);
                        assertTrue(ldl.factor(a));
                        seen.merge(nativeThreadCount(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(1, callers * 5 * 4), seen,
                "OpenBLAS's thread count around every factorization (count → times seen); "
                        + Runtime.getRuntime().availableProcessors() + " cores");
        assertEquals(1, OpenBlasThreads.threads());
        assertFalse(OpenBlasThreads.serialized(), "one thread: the calls run side by side, no lock");
    }

    @Test
    void moreThanOneOpenBlasThreadSerializesTheNativeCalls() throws Exception {
        OpenBlasThreads.configure("2", variable -> null);
        assertEquals(2, OpenBlasThreads.threads());
        assertTrue(OpenBlasThreads.serialized());
        if (Loader.getPlatform().equals("linux-x86_64")) {
            assertEquals(2, nativeThreadCount());
        }
        int callers = 4;
        int n = 100;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<double[]>> done = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    DMatrixRMaj a = Matrices.spd(n, 10, new Random(seed));
                    CholeskyFactorization chol = OPENBLAS.cholesky(n);
                    double[] x = new double[n];
                    together.await();
                    for (int round = 0; round < 20; round++) {
                        // A native call of the backend, wrapped in the gate the backend's calls use:
                        // the gate is reentrant, so the factorization's own dpotrf runs inside it.
                        OpenBlasThreads.call(() -> {
                            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                            boolean ok = chol.factor(a, 0);
                            assertTrue(OpenBlasThreads.holdsPool());
                            inFlight.decrementAndGet();
                            return ok ? 0 : 1;
                        });
                        chol.solve(Matrices.gaussian(n, new Random(seed)), x);
                    }
                    return x;
                }));
            }
            for (Future<double[]> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, mostAtOnce.get(), "native calls in flight at once with two OpenBLAS threads");
    }

    @Test
    void theThreadCountComesFromThePropertyThenTheEnvironmentThenDefaultsToOne() {
        OpenBlasThreads.configure("3", variable -> "5");
        assertEquals(3, OpenBlasThreads.threads(), "the property wins");
        OpenBlasThreads.configure(null, variable -> variable.equals("OMP_NUM_THREADS") ? "4" : null);
        assertEquals(4, OpenBlasThreads.threads(), "OpenBLAS read OMP_NUM_THREADS itself");
        assertTrue(OpenBlasThreads.serialized());
        OpenBlasThreads.configure(null, variable -> variable.equals("OMP_NUM_THREADS") ? "4"
                : variable.equals("OPENBLAS_NUM_THREADS") ? "1" : null);
        assertEquals(1, OpenBlasThreads.threads(), "OPENBLAS_NUM_THREADS comes first, as in OpenBLAS");
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(OpenBlasThreads.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                new ch.qos.logback.core.read.ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        try {
            OpenBlasThreads.configure("many", variable -> null);
        } finally {
            logger.setAdditive(true);
            logger.detachAppender(appender);
        }
        assertEquals(1, OpenBlasThreads.threads(), "not a number: one thread");
        assertEquals(1, appender.list.size(), "one warning: " + appender.list);
        assertTrue(appender.list.get(0).getFormattedMessage().contains("curvature.openblas.threads=many"));
        OpenBlasThreads.configure(null, variable -> null);
        assertEquals(1, OpenBlasThreads.threads());
        assertFalse(OpenBlasThreads.serialized());
        if (Loader.getPlatform().equals("linux-x86_64")) {
            assertEquals(1, nativeThreadCount());
        }
    }
}
