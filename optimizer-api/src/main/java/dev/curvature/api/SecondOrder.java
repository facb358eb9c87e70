package dev.curvature.api;

/**
 * What is known of the Hessian at the returned point: whether the second-order sufficient
 * condition for a strict local minimizer (∇²f positive definite, Nocedal &amp; Wright Theorem 2.4)
 * holds there.
 */
public enum SecondOrder {
    /** Not checked: the method has no Hessian, or the run did not end at a stationary point. */
    UNCHECKED,
    /** ∇²f is numerically positive definite: a strict local minimizer. */
    POSITIVE_DEFINITE,
    /** ∇²f has a negative or (numerically) zero eigenvalue: a saddle, a maximum or degenerate. */
    NOT_POSITIVE_DEFINITE
}
