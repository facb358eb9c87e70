package dev.curvature.fit;

/**
 * Whether the data of a generalized linear model are separated, in which case the
 * maximum-likelihood estimate does not exist: the likelihood keeps increasing as some
 * coefficients go to ±∞ (Albert &amp; Anderson, "On the existence of maximum likelihood estimates
 * in logistic regression models", Biometrika 71, 1984; for Poisson, Haberman 1974 and Santos
 * Silva &amp; Tenreyro 2010). An optimizer then stops only because the gradient has become small
 * far along that ray, with enormous coefficients and meaningless standard errors; statsmodels
 * raises {@code PerfectSeparationError} there and R warns "fitted probabilities numerically 0 or
 * 1 occurred". {@link MaximumLikelihood#fit} reports it instead as this status, with no standard
 * errors ({@link CovarianceStatus#SEPARATION}).
 */
public enum Separation {
    /** No separating direction was found: the estimate is taken to exist. */
    NONE,
    /**
     * Quasi-complete separation: a direction d ≠ 0 along which every observation's likelihood
     * is non-decreasing and some strictly increasing (for logistic regression, (2yᵢ − 1)·xᵢᵀd ≥ 0
     * for all i with equality for some; for Poisson, xᵢᵀd ≤ 0 for all i, = 0 wherever yᵢ &gt; 0).
     */
    QUASI_COMPLETE,
    /** Complete separation: a direction along which every observation's likelihood increases. */
    COMPLETE
}
