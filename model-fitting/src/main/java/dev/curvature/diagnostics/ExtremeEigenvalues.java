package dev.curvature.diagnostics;

/**
 * The k smallest and k largest eigenvalues of a symmetric operator as estimated by
 * {@link Lanczos}, with a rigorous error bound for each: some eigenvalue λ of the operator lies
 * within {@code bound} of the Ritz value θ (|λ − θ| ≤ ‖Ay − θy‖ = |β_j·s_j|, Golub &amp; Van Loan,
 * 4th ed., §10.1; Parlett, <i>The Symmetric Eigenvalue Problem</i>, ch. 4). Immutable;
 * accessors return fresh arrays.
 */
public final class ExtremeEigenvalues {
    private final double[] smallest;
    private final double[] smallestBounds;
    private final double[] largest;
    private final double[] largestBounds;
    private final int krylovDimension;
    private final int products;
    private final boolean converged;

    ExtremeEigenvalues(double[] smallest, double[] smallestBounds, double[] largest,
            double[] largestBounds, int krylovDimension, int products, boolean converged) {
        this.smallest = smallest;
        this.smallestBounds = smallestBounds;
        this.largest = largest;
        this.largestBounds = largestBounds;
        this.krylovDimension = krylovDimension;
        this.products = products;
        this.converged = converged;
    }

    /** The smallest eigenvalues, smallest first (ascending). */
    public double[] smallest() {
        return smallest.clone();
    }

    /** Error bounds of {@link #smallest()}, entry by entry. */
    public double[] smallestErrorBounds() {
        return smallestBounds.clone();
    }

    /** The largest eigenvalues, largest first (descending). */
    public double[] largest() {
        return largest.clone();
    }

    /** Error bounds of {@link #largest()}, entry by entry. */
    public double[] largestErrorBounds() {
        return largestBounds.clone();
    }

    /** The dimension of the Krylov subspace built (the size of the tridiagonal matrix). */
    public int krylovDimension() {
        return krylovDimension;
    }

    /** Operator products A·v computed. */
    public int products() {
        return products;
    }

    /**
     * True when every reported value met the tolerance (or the Krylov space reached the full
     * dimension n, which makes the values exact up to rounding).
     */
    public boolean converged() {
        return converged;
    }

    @Override
    public String toString() {
        return String.format("ExtremeEigenvalues[smallest %s, largest %s, Krylov dimension %d, %d"
                        + " products, %s]", java.util.Arrays.toString(smallest),
                java.util.Arrays.toString(largest), krylovDimension, products,
                converged ? "converged" : "not converged");
    }
}
