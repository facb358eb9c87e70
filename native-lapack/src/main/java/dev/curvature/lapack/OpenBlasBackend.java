package dev.curvature.lapack;

import dev.curvature.api.linalg.CholeskyFactorization;
import dev.curvature.api.linalg.DenseBackend;
import dev.curvature.api.linalg.EjmlBackend;
import dev.curvature.api.linalg.IndefiniteFactorization;
import dev.curvature.api.linalg.SymmetricEigen;
import dev.curvature.api.spi.Checks;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dense symmetric factorizations through OpenBLAS's LAPACK (JavaCPP presets
 * {@code org.bytedeco:openblas}): Cholesky {@code dpotrf}/{@code dpotrs}, Bunch–Kaufman LDLᵀ
 * {@code dsytrf}/{@code dsytrs} (inertia from the 1×1 and 2×2 blocks of D, singularity from
 * {@code dsycon}), and the symmetric eigendecomposition {@code dsyevr} (MRRR). Registered with
 * {@link java.util.ServiceLoader}, so {@link dev.curvature.api.linalg.DenseLinearAlgebra} picks it
 * for n ≥ {@link #CROSSOVER} when this module is on the class path; the system property
 * {@code curvature.linalg=openblas} (or {@code ejml}) forces the choice.
 *
 * <p>Each factorization object holds its native work memory (JavaCPP pointers, freed when the
 * object is garbage collected), allocated once for its n: per-run state, not thread-safe. The
 * backend itself is thread-safe, and so is using it from many threads at once: OpenBLAS runs
 * <b>one thread</b> by default, so that concurrent runs compute side by side in their own threads
 * instead of fighting over OpenBLAS's shared thread pool; the system property
 * {@code curvature.openblas.threads} (or {@code OPENBLAS_NUM_THREADS}) asks for more, and then the
 * native calls are serialized. The design and its measurements: {@link OpenBlasThreads}.
 *
 * <p>Never fails a run for native reasons: when the native library does not load (no native jar
 * for this platform, for example) {@link #available()} is false, the cause is logged once at WARN
 * through SLF4J, and the factory methods return EJML's factorizations. So do they when native
 * memory cannot be allocated: the first time with one WARN that carries the cause, every later
 * time at DEBUG (issue 17: ten runs out of native memory logged ten WARNs with stack traces).
 */
public final class OpenBlasBackend implements DenseBackend {
    /**
     * From this n on, OpenBLAS is used when present (auto mode); below it, EJML. Chosen with the JMH
     * benchmark {@code DenseBackendBenchmark} in this module's tests as the smallest n from which
     * native was faster for every operation. Measurements: docs/defaults.md#openblas-crossover.
     */
    public static final int CROSSOVER = 64;

    private static final Logger LOG = LoggerFactory.getLogger(OpenBlasBackend.class);

    private final NativeLibrary library;
    /** Set by the first allocation failure, which alone is logged at WARN. */
    private final AtomicBoolean outOfMemoryWarned = new AtomicBoolean();

    /** The backend over the OpenBLAS shipped by {@code org.bytedeco:openblas} (for ServiceLoader). */
    public OpenBlasBackend() {
        this(NativeLibrary.OPENBLAS);
    }

    OpenBlasBackend(NativeLibrary library) {
        this.library = library;
    }

    /** {@code "openblas"}. */
    @Override
    public String name() {
        return "openblas";
    }

    /** {@value #CROSSOVER}: below it EJML is as fast or faster (see {@link #CROSSOVER}). */
    @Override
    public int crossover() {
        return CROSSOVER;
    }

    /** True when the OpenBLAS native library loaded (the first call loads it). */
    @Override
    public boolean available() {
        return library.loaded();
    }

    /** {@code dpotrf}/{@code dpotrs} for n×n matrices; EJML's Cholesky when native is unavailable. */
    @Override
    public CholeskyFactorization cholesky(int n) {
        return create(n, OpenBlasCholesky::new, EjmlBackend.INSTANCE::cholesky);
    }

    /** {@code dsytrf}/{@code dsytrs}/{@code dsycon}; EJML's eigen-based one when native is unavailable. */
    @Override
    public IndefiniteFactorization indefinite(int n) {
        return create(n, OpenBlasIndefinite::new, EjmlBackend.INSTANCE::indefinite);
    }

    /** {@code dsyevr}; EJML's symmetric QR algorithm when native is unavailable. */
    @Override
    public SymmetricEigen eigen(int n) {
        return create(n, OpenBlasEigen::new, EjmlBackend.INSTANCE::eigen);
    }

    /**
     * A native factorization for n, or the fallback's when native memory runs out (JavaCPP throws
     * {@link OutOfMemoryError} when {@code malloc} fails or its
     * {@code -Dorg.bytedeco.javacpp.maxBytes} limit is reached). Only the first such failure of this
     * backend is logged at WARN, with its cause; later ones at DEBUG, without a stack trace.
     */
    <T> T create(int n, IntFunction<T> nativeFactory, IntFunction<T> fallback) {
        Checks.positive(n, "n");
        if (!library.loaded()) {
            return fallback.apply(n);
        }
        try {
            return nativeFactory.apply(n);
        } catch (OutOfMemoryError e) {
            if (outOfMemoryWarned.compareAndSet(false, true)) {
                LOG.warn("no native memory for {}×{} OpenBLAS work arrays; using EJML for this run and"
                        + " for later runs that meet the same shortage (logged at DEBUG)", n, n, e);
            } else {
                LOG.debug("no native memory for {}×{} OpenBLAS work arrays ({}); using EJML for this run",
                        n, n, e.toString());
            }
            return fallback.apply(n);
        }
    }

    @Override
    public String toString() {
        return "OpenBLAS";
    }
}
