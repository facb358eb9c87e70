package dev.curvature.spark;

import java.io.Serializable;

/**
 * A per-row loss ℓ(η, y) that depends on the coefficients w only through the margin (linear
 * predictor) η = xᵀw, as in every generalized linear model. The chain rule then gives the row's
 * gradient ℓ'(η, y)·x and Hessian ℓ''(η, y)·xxᵀ, which is all the distributed objective needs.
 *
 * <p>Implementations are shipped to the executors with each pass, so they must be serializable
 * and should be stateless (the {@link GlmLoss} constants are).
 */
public interface MarginLoss extends Serializable {

    /** ℓ(η, y). May be +∞ (or NaN) where undefined; the optimizers then step back. */
    double value(double margin, double label);

    /** ∂ℓ/∂η at (η, y). */
    double derivative(double margin, double label);

    /** ∂²ℓ/∂η² at (η, y); non-negative for a convex loss. */
    double curvature(double margin, double label);

    /** Whether y is a valid label for this loss (checked once per row when the objective is built). */
    boolean acceptsLabel(double label);
}
