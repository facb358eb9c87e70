package dev.curvature.spark;

/**
 * The canonical-link GLM negative log-likelihoods (McCullagh &amp; Nelder, <i>Generalized Linear
 * Models</i>, 2nd ed., §2.2), up to terms that do not depend on the coefficients. Each is convex
 * in η, so the distributed objective built on it is convex in w.
 */
public enum GlmLoss implements MarginLoss {

    /**
     * Logistic regression (Bernoulli, logit link): ℓ = log(1 + e^η) − y·η, ℓ' = σ(η) − y,
     * ℓ'' = σ(η)(1 − σ(η)), with σ the logistic function; evaluated without overflow for any η.
     * Labels in [0, 1] (0/1 for classification; fractions are the cross-entropy with soft
     * labels). With unit weights, the {@link Scaling#MEAN} scaling and L2 weight λ this is the
     * objective of Spark MLlib's {@code LogisticRegression} with {@code regParam = λ},
     * {@code elasticNetParam = 0}, {@code standardization = false}, {@code fitIntercept = false}.
     */
    LOGISTIC {
        @Override
        public double value(double margin, double label) {
            double softplus = margin > 0
                    ? margin + Math.log1p(Math.exp(-margin))
                    : Math.log1p(Math.exp(margin));
            return softplus - label * margin;
        }

        @Override
        public double derivative(double margin, double label) {
            return sigmoid(margin) - label;
        }

        @Override
        public double curvature(double margin, double label) {
            double e = Math.exp(-Math.abs(margin)); // σ(1−σ) = e^{−|η|}/(1+e^{−|η|})², no overflow
            double d = 1 + e;
            return e / (d * d);
        }

        @Override
        public boolean acceptsLabel(double label) {
            return label >= 0 && label <= 1;
        }
    },

    /**
     * Poisson regression (log link): ℓ = e^η − y·η (the constant log y! dropped), ℓ' = e^η − y,
     * ℓ'' = e^η. Labels are finite counts or rates, y ≥ 0. For large margins e^η overflows to
     * +∞, which the optimizers treat as "step back".
     */
    POISSON {
        @Override
        public double value(double margin, double label) {
            return Math.exp(margin) - label * margin;
        }

        @Override
        public double derivative(double margin, double label) {
            return Math.exp(margin) - label;
        }

        @Override
        public double curvature(double margin, double label) {
            return Math.exp(margin);
        }

        @Override
        public boolean acceptsLabel(double label) {
            return label >= 0 && label < Double.POSITIVE_INFINITY;
        }
    },

    /**
     * Least squares (Gaussian, identity link): ℓ = ½(η − y)², ℓ' = η − y, ℓ'' = 1. Any finite
     * label. With the L2 term this is ridge regression.
     */
    SQUARED_ERROR {
        @Override
        public double value(double margin, double label) {
            double r = margin - label;
            return 0.5 * r * r;
        }

        @Override
        public double derivative(double margin, double label) {
            return margin - label;
        }

        @Override
        public double curvature(double margin, double label) {
            return 1.0;
        }

        @Override
        public boolean acceptsLabel(double label) {
            return Double.isFinite(label);
        }
    };

    /** σ(η) = 1/(1 + e^{−η}), evaluated without overflow. */
    static double sigmoid(double margin) {
        if (margin >= 0) {
            return 1 / (1 + Math.exp(-margin));
        }
        double e = Math.exp(margin);
        return e / (1 + e);
    }
}
