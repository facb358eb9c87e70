package dev.curvature.api.linalg;

/**
 * A registered backend (test resources, META-INF/services) whose constructor throws, as a provider
 * with a missing dependency would: {@link DenseLinearAlgebra} must skip it and keep EJML.
 */
public final class BrokenBackend implements DenseBackend {

    /** Always throws. */
    public BrokenBackend() {
        throw new IllegalStateException("simulated: a dependency of this backend is missing");
    }

    @Override
    public String name() {
        return "broken";
    }

    @Override
    public int crossover() {
        return 0;
    }

    @Override
    public CholeskyFactorization cholesky(int n) {
        throw new AssertionError();
    }

    @Override
    public IndefiniteFactorization indefinite(int n) {
        throw new AssertionError();
    }

    @Override
    public SymmetricEigen eigen(int n) {
        throw new AssertionError();
    }
}
