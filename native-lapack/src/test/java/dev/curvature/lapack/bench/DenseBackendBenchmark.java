package dev.curvature.lapack.bench;

import dev.curvature.api.linalg.CholeskyFactorization;
import dev.curvature.api.linalg.DenseBackend;
import dev.curvature.api.linalg.EjmlBackend;
import dev.curvature.api.linalg.SymmetricEigen;
import dev.curvature.lapack.OpenBlasBackend;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bytedeco.openblas.global.openblas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The linear algebra of one dense Newton iteration, through Curvature's
 * {@link DenseBackend} interface exactly as the optimizers call it (copies in and out included),
 * for EJML and OpenBLAS in the same run:
 * <ul>
 *   <li>{@link #choleskySolve}: factor an SPD n×n matrix (damped Newton's H + τI) and solve one
 *       right-hand side;
 *   <li>{@link #eigen}: the full symmetric eigendecomposition (eigenvalue modification, saddle-free
 *       Newton, Hessian analysis).
 * </ul>
 * OpenBLAS runs with {@code threads} BLAS threads (default 1: a per-core comparison with
 * single-threaded EJML). Run with {@code mvn -B -pl native-lapack -am -Pbench -DskipTests verify}
 * (see docs/performance.md); short by design: one fork, few iterations, for a 2-core machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class DenseBackendBenchmark {

    /** The dimension n. */
    @Param({"100", "500", "1000", "2000"})
    public int n;

    /** {@code ejml} or {@code openblas}. */
    @Param({"ejml", "openblas"})
    public String backend;

    /** OpenBLAS's BLAS thread count (ignored for EJML). */
    @Param({"1"})
    public int threads;

    private DMatrixRMaj spd;
    private double[] rhs;
    private double[] solution;
    private CholeskyFactorization cholesky;
    private SymmetricEigen eigen;

    /** Builds the matrices and the per-run factorization objects (their memory allocated here, once). */
    @Setup(Level.Trial)
    public void setUp() {
        DenseBackend chosen = switch (backend) {
            case "ejml" -> EjmlBackend.INSTANCE;
            case "openblas" -> {
                OpenBlasBackend b = new OpenBlasBackend();
                if (!b.available()) {
                    throw new IllegalStateException("OpenBLAS did not load");
                }
                openblas.blas_set_num_threads(threads);
                yield b;
            }
            default -> throw new IllegalArgumentException("backend: " + backend);
        };
        Random random = new Random(42);
        DMatrixRMaj g = RandomMatrices_DDRM.rectangle(n, n, -1, 1, random);
        spd = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(g, g, spd); // G·Gᵀ + nI: SPD, κ modest
        for (int i = 0; i < n; i++) {
            spd.add(i, i, n);
        }
        rhs = new double[n];
        for (int i = 0; i < n; i++) {
            rhs[i] = random.nextGaussian();
        }
        solution = new double[n];
        cholesky = chosen.cholesky(n);
        eigen = chosen.eigen(n);
    }

    /**
     * The CPU time the benchmark thread spent in the operations, beside JMH's wall-clock time.
     * Both backends compute in the calling thread (EJML always, OpenBLAS with one thread), so this
     * counts their work but not the time the thread waited for a core: on a machine shared with
     * other builds it is the stable measure, and wall time the one users feel.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        /** Thread CPU nanoseconds spent in the operations this iteration. */
        public long cpuNanos;
        /** Operations this iteration. */
        public long calls;

        /** Zeroes the counters before each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        void add(long start) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            calls++;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Cholesky of the SPD matrix and one solve. */
    @Benchmark
    public double choleskySolve(CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        if (!cholesky.factor(spd, 0)) {
            throw new IllegalStateException("not positive definite");
        }
        cholesky.solve(rhs, solution);
        cpu.add(start);
        return solution[n - 1];
    }

    /** The full symmetric eigendecomposition (values and vectors). */
    @Benchmark
    public double eigen(CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        if (!eigen.decompose(spd)) {
            throw new IllegalStateException("eigendecomposition failed");
        }
        double result = eigen.eigenvalue(0) + eigen.eigenvectors().get(n - 1, n - 1);
        cpu.add(start);
        return result;
    }
}
