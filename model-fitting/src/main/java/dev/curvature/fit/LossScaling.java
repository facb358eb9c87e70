package dev.curvature.fit;

/**
 * How a regression objective combines its row losses ℓᵢ(θ) = −log p(yᵢ | xᵢ, θ). Either way
 * {@link MaximumLikelihood#fit} reports the same estimate and the same standard errors (see
 * {@link NegativeLogLikelihood#likelihoodScale()}); only the objective's size, and with it the
 * meaning of absolute tolerances and of a {@link Ridge} weight, changes.
 */
public enum LossScaling {
    /** Σᵢ ℓᵢ: the negative log-likelihood itself (statsmodels, R). The default. */
    SUM,
    /**
     * (1/N)·Σᵢ ℓᵢ: the mean, as Spark MLlib and scikit-learn's {@code C}-free losses use; its
     * size does not grow with N.
     */
    MEAN
}
