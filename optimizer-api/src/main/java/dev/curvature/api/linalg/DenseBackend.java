package dev.curvature.api.linalg;

/**
 * A provider of the dense symmetric factorizations Curvature uses: Cholesky with solve, a
 * symmetric-indefinite factorization with inertia, and the symmetric eigendecomposition. EJML is
 * the default ({@link EjmlBackend}); the optional {@code native-lapack} module registers an
 * OpenBLAS/LAPACK backend through {@link java.util.ServiceLoader}. Every caller in the project
 * obtains its factorizations from {@link DenseLinearAlgebra}, never from a library directly.
 * Implementations are thread-safe factories; the factorization objects they return are per-run
 * state, with their work memory allocated once for dimension n.
 */
public interface DenseBackend {

    /** A short name, e.g. "ejml" or "openblas". */
    String name();

    /**
     * The smallest n from which this backend should be preferred to EJML when both are present
     * (measured crossover, docs/defaults.md#dense-backend); EJML itself answers 0.
     */
    int crossover();

    /**
     * True when the backend can be used in this JVM (a native library loaded, for example). A backend
     * that cannot be used says why itself, once, through SLF4J; {@link DenseLinearAlgebra} then
     * uses EJML without failing any run.
     */
    default boolean available() {
        return true;
    }

    /** A Cholesky factorization for n×n matrices. */
    CholeskyFactorization cholesky(int n);

    /** A symmetric-indefinite factorization (LDLᵀ) for n×n matrices. */
    IndefiniteFactorization indefinite(int n);

    /** A symmetric eigendecomposition for n×n matrices. */
    SymmetricEigen eigen(int n);
}
