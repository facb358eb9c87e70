/**
 * OpenBLAS/LAPACK implementation of Curvature's dense factorization interface
 * ({@link dev.curvature.api.linalg.DenseBackend}): {@link dev.curvature.lapack.OpenBlasBackend},
 * found by {@link java.util.ServiceLoader} when this optional module is on the class path. EJML
 * stays the default below the measured crossover (docs/defaults.md#openblas-crossover) and
 * whenever the native library cannot load.
 */
package dev.curvature.lapack;
