package dev.curvature.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.curvature.api.linalg.CholeskyFactorization;
import dev.curvature.api.linalg.DenseBackend;
import dev.curvature.api.linalg.DenseLinearAlgebra;
import dev.curvature.api.linalg.EjmlBackend;
import dev.curvature.api.linalg.IndefiniteFactorization;
import dev.curvature.api.linalg.Inertia;
import dev.curvature.api.linalg.SymmetricEigen;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.bytedeco.javacpp.Loader;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class OpenBlasBackendTest {
    private static final OpenBlasBackend OPENBLAS = new OpenBlasBackend();

    private static void assumeLoaded() {
        assumeTrue(OPENBLAS.available(), "OpenBLAS native library did not load on this platform; skipping");
    }

    @Test
    void loadsOnThePlatformWhoseNativeJarTheModuleShips() {
        // The module depends on the linux-x86_64 natives; there, not loading is a bug, not a skip.
        assumeTrue(Loader.getPlatform().equals("linux-x86_64"), "natives shipped for linux-x86_64 only");
        assertTrue(OPENBLAS.available());
    }

    @Test
    void isFoundByServiceLoaderAndChosenFromTheCrossoverOn() {
        assumeLoaded();
        assertEquals(1, DenseLinearAlgebra.installed().size());
        assertInstanceOf(OpenBlasBackend.class, DenseLinearAlgebra.installed().get(0));
        String saved = System.clearProperty(DenseLinearAlgebra.PROPERTY);
        try {
            assertEquals("openblas", DenseLinearAlgebra.forDimension(OpenBlasBackend.CROSSOVER).name());
            assertEquals("openblas", DenseLinearAlgebra.forDimension(5000).name());
            assertSame(EjmlBackend.INSTANCE, DenseLinearAlgebra.forDimension(OpenBlasBackend.CROSSOVER - 1));
        } finally {
            restore(saved);
        }
    }

    @Test
    void theSystemPropertyForcesEitherBackend() {
        assumeLoaded();
        String saved = System.getProperty(DenseLinearAlgebra.PROPERTY);
        try {
            System.setProperty(DenseLinearAlgebra.PROPERTY, "ejml");
            assertSame(EjmlBackend.INSTANCE, DenseLinearAlgebra.forDimension(5000));
            System.setProperty(DenseLinearAlgebra.PROPERTY, "openblas");
            assertEquals("openblas", DenseLinearAlgebra.forDimension(2).name());
        } finally {
            restore(saved);
        }
    }

    static void restore(String saved) {
        if (saved == null) {
            System.clearProperty(DenseLinearAlgebra.PROPERTY);
        } else {
            System.setProperty(DenseLinearAlgebra.PROPERTY, saved);
        }
    }

    @Test
    void aLibraryThatFailsToLoadIsReportedOnceAndEjmlDoesTheWork() {
        Logger logger = (Logger) LoggerFactory.getLogger(NativeLibrary.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false); // the expected warning goes to the list, not the console
        AtomicInteger attempts = new AtomicInteger();
        try {
            DenseBackend broken = new OpenBlasBackend(new NativeLibrary("broken", () -> {
                attempts.incrementAndGet();
                throw new UnsatisfiedLinkError("simulated: no libjniopenblas for this platform");
            }));
            assertFalse(broken.available());
            assertFalse(broken.available());
            int n = 6;
            DMatrixRMaj a = Matrices.spd(n, 10, new Random(1));
            double[] b = Matrices.gaussian(n, new Random(2));
            CholeskyFactorization chol = broken.cholesky(n);
            assertTrue(chol.factor(a, 0));
            double[] x = new double[n];
            chol.solve(b, x);
            CholeskyFactorization ejml = EjmlBackend.INSTANCE.cholesky(n);
            assertTrue(ejml.factor(a, 0));
            double[] expected = new double[n];
            ejml.solve(b, expected);
            assertEquals(0, Matrices.relativeDifference(x, expected), 0, "the EJML fallback solved it");
            assertTrue(broken.indefinite(n).factor(a));
            assertTrue(broken.eigen(n).decompose(a));
        } finally {
            logger.setAdditive(true);
            logger.detachAppender(appender);
        }
        assertEquals(1, attempts.get(), "loaded at most once");
        assertEquals(1, appender.list.size(), "logged once");
        ILoggingEvent event = appender.list.get(0);
        assertEquals(Level.WARN, event.getLevel());
        assertTrue(event.getFormattedMessage().contains("falls back to EJML"), event.getFormattedMessage());
        assertInstanceOf(UnsatisfiedLinkError.class,
                ((ch.qos.logback.classic.spi.ThrowableProxy) event.getThrowableProxy()).getThrowable());
    }

    /**
     * Issue 17, item 7: ten runs that found no native memory logged ten WARNs with stack traces;
     * README promises one warning. The first failure is logged at WARN with its cause, the others at
     * DEBUG, and every run gets EJML's factorization. The failures are JavaCPP's own: a native
     * allocation of n² doubles for n = 10⁶ (8 TB), beyond any machine's memory and JavaCPP's limit.
     */
    @Test
    void runningOutOfNativeMemoryIsReportedOnceAndEjmlDoesTheWork() {
        assumeLoaded();
        Logger logger = (Logger) LoggerFactory.getLogger(OpenBlasBackend.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        OpenBlasBackend backend = new OpenBlasBackend();
        int n = 1_000_000;
        String fallback = "EJML's factorization";
        try {
            for (int run = 0; run < 10; run++) {
                IntFunction<Object> nativeFactory = switch (run % 3) {
                    case 0 -> OpenBlasCholesky::new;
                    case 1 -> OpenBlasIndefinite::new;
                    default -> OpenBlasEigen::new;
                };
                assertSame(fallback, backend.create(n, nativeFactory, k -> fallback), "run " + run);
            }
            // The backend keeps working once memory is there again.
            assertInstanceOf(OpenBlasCholesky.class, backend.cholesky(80));
        } finally {
            logger.setLevel(level);
            logger.setAdditive(true);
            logger.detachAppender(appender);
        }
        List<ILoggingEvent> warnings = appender.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertEquals(1, warnings.size(), "WARNs: " + warnings);
        assertTrue(warnings.get(0).getFormattedMessage().contains("no native memory"),
                warnings.get(0).getFormattedMessage());
        assertInstanceOf(OutOfMemoryError.class,
                ((ch.qos.logback.classic.spi.ThrowableProxy) warnings.get(0).getThrowableProxy()).getThrowable());
        List<ILoggingEvent> debug = appender.list.stream().filter(e -> e.getLevel() == Level.DEBUG).toList();
        assertEquals(9, debug.size(), "the later failures, at DEBUG");
        assertTrue(debug.stream().allMatch(e -> e.getThrowableProxy() == null), "without stack traces");
    }

    @Test
    void badArgumentsAreRejectedNamingTheArgument() {
        assumeLoaded();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OPENBLAS.cholesky(0));
        assertTrue(e.getMessage().contains("n"), e.getMessage());
        CholeskyFactorization chol = OPENBLAS.cholesky(3);
        e = assertThrows(IllegalArgumentException.class, () -> chol.factor(new DMatrixRMaj(4, 4), 0));
        assertTrue(e.getMessage().startsWith("a:"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> chol.solve(new double[3], new double[3]),
                "solve before a successful factor");
        assertTrue(chol.factor(Matrices.spd(3, 10, new Random(3)), 0));
        e = assertThrows(IllegalArgumentException.class, () -> chol.solve(new double[2], new double[3]));
        assertTrue(e.getMessage().startsWith("b:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> chol.solve(new double[3], new double[4]));
        assertTrue(e.getMessage().startsWith("x:"), e.getMessage());
        IndefiniteFactorization ldl = OPENBLAS.indefinite(3);
        assertThrows(IllegalArgumentException.class, () -> ldl.factor(new DMatrixRMaj(3, 2)));
        assertTrue(ldl.factor(Matrices.spd(3, 10, new Random(3))));
        e = assertThrows(IllegalArgumentException.class, () -> ldl.inertia(-1));
        assertTrue(e.getMessage().contains("relativeTolerance"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OPENBLAS.eigen(2).decompose(new DMatrixRMaj(3, 3)));
    }

    @Test
    void nonFiniteEntriesMakeEveryFactorizationReportFailure() {
        assumeLoaded();
        int n = 90; // above the LAPACK block sizes, so the blocked code paths run
        Random random = new Random(4);
        DMatrixRMaj spd = Matrices.spd(n, 100, random);
        CholeskyFactorization chol = OPENBLAS.cholesky(n);
        IndefiniteFactorization ldl = OPENBLAS.indefinite(n);
        SymmetricEigen eigen = OPENBLAS.eigen(n);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (int[] at : new int[][] {{0, 0}, {n - 1, 0}, {n / 2, n / 3}, {n - 1, n - 1}}) {
                DMatrixRMaj a = spd.copy();
                a.set(at[0], at[1], bad);
                a.set(at[1], at[0], bad);
                String where = bad + " at " + at[0] + "," + at[1];
                assertFalse(chol.factor(a, 0), "cholesky " + where);
                assertFalse(chol.factor(a, 1), "shifted cholesky " + where);
                assertFalse(ldl.factor(a), "ldl " + where);
                assertFalse(eigen.decompose(a), "eigen " + where);
            }
        }
        assertTrue(chol.factor(spd, 0), "still usable after failures");
    }

    @Test
    void solvesInPlaceAndLeavesTheMatrixUntouched() {
        assumeLoaded();
        int n = 40;
        Random random = new Random(5);
        DMatrixRMaj a = Matrices.indefinite(n, 7, random);
        DMatrixRMaj copy = a.copy();
        double[] b = Matrices.gaussian(n, random);
        double[] expected = new double[n];
        IndefiniteFactorization ldl = OPENBLAS.indefinite(n);
        assertTrue(ldl.factor(a));
        assertTrue(ldl.solve(b, expected));
        double[] inPlace = b.clone();
        assertTrue(ldl.solve(inPlace, inPlace));
        assertEquals(0, Matrices.relativeDifference(inPlace, expected), 0);
        assertEquals(new Inertia(n - 7, 7, 0), ldl.inertia(1e-10));
        for (int i = 0; i < n * n; i++) {
            assertEquals(copy.data[i], a.data[i], 0);
        }
    }

    @Test
    void onlyTheLowerTriangleIsRead() {
        assumeLoaded();
        int n = 70;
        Random random = new Random(6);
        DMatrixRMaj a = Matrices.spd(n, 100, random);
        DMatrixRMaj lower = a.copy();
        for (int r = 0; r < n; r++) {
            for (int c = r + 1; c < n; c++) {
                lower.set(r, c, Double.NaN);
            }
        }
        double[] b = Matrices.gaussian(n, random);
        CholeskyFactorization full = OPENBLAS.cholesky(n);
        CholeskyFactorization half = OPENBLAS.cholesky(n);
        assertTrue(full.factor(a, 0.25));
        assertTrue(half.factor(lower, 0.25));
        double[] x = new double[n];
        double[] y = new double[n];
        full.solve(b, x);
        half.solve(b, y);
        assertEquals(0, Matrices.relativeDifference(y, x), 0);
    }

    @Test
    void concurrentRunsWithTheirOwnFactorizationsGetTheSequentialAnswers() throws Exception {
        assumeLoaded();
        int n = 150;
        int tasks = 8;
        DMatrixRMaj[] matrices = new DMatrixRMaj[tasks];
        double[][] rhs = new double[tasks][];
        double[][] expected = new double[tasks][];
        for (int t = 0; t < tasks; t++) {
            Random random = new Random(100 + t);
            matrices[t] = Matrices.indefinite(n, t + 1, random);
            rhs[t] = Matrices.gaussian(n, random);
            expected[t] = new double[n];
            IndefiniteFactorization ldl = OPENBLAS.indefinite(n);
            assertTrue(ldl.factor(matrices[t]));
            assertTrue(ldl.solve(rhs[t], expected[t]));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<double[]>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int t = 0; t < tasks; t++) {
                    int task = t;
                    results.add(pool.submit(() -> {
                        IndefiniteFactorization ldl = OPENBLAS.indefinite(n);
                        SymmetricEigen eigen = OPENBLAS.eigen(n);
                        double[] x = new double[n];
                        if (!ldl.factor(matrices[task]) || !ldl.solve(rhs[task], x)
                                || !eigen.decompose(matrices[task])) {
                            throw new AssertionError("task " + task + " failed");
                        }
                        return x;
                    }));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                double[] x = results.get(i).get();
                assertEquals(0, Matrices.relativeDifference(x, expected[i % tasks]), 1e-14, "task " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Regression: an exactly singular matrix whose zero pivot falls inside one of dsytrf's blocked
     * panels (n above the block size 64). LAPACK's dlasyf leaves such a column un-updated; the
     * backend refactors unblocked, and the inertia is exact.
     */
    @Test
    void exactlySingularMatricesBeyondTheBlockSizeGetTheirExactInertia() {
        assumeLoaded();
        int n = 200;
        // 50 copies of the Powell-singular quadratic block [[2,20,0,0],[20,200,0,0],[0,0,10,-10],[0,0,-10,10]]
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k += 4) {
            a.set(k, k, 2);
            a.set(k, k + 1, 20);
            a.set(k + 1, k, 20);
            a.set(k + 1, k + 1, 200);
            a.set(k + 2, k + 2, 10);
            a.set(k + 2, k + 3, -10);
            a.set(k + 3, k + 2, -10);
            a.set(k + 3, k + 3, 10);
        }
        IndefiniteFactorization ldl = OPENBLAS.indefinite(n);
        assertTrue(ldl.factor(a));
        assertEquals(new Inertia(n / 2, 0, n / 2), ldl.inertia(1e-8));
        assertFalse(ldl.solve(new double[n], new double[n]), "exactly singular");
        IndefiniteFactorization ejml = EjmlBackend.INSTANCE.indefinite(n);
        assertTrue(ejml.factor(a));
        assertEquals(ejml.inertia(1e-8), ldl.inertia(1e-8));
    }
}
