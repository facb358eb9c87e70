package dev.curvature.linesearch;

/**
 * The six test functions of Moré &amp; Thuente (1994), §5, with the (μ, η) pairs of their Tables 1–6
 * and the numbers of evaluations their search needed from α₀ = 10⁻³, 10⁻¹, 10¹, 10³.
 *
 * <p>The counts are those of the paper's tables as reproduced by the test suite of the R package
 * {@code mize} (tests/testthat/test_more_thuente.R, checked against Dianne O'Leary's Matlab
 * translation of MINPACK's {@code cvsrch}); the paper itself was not available to check them
 * directly.
 */
enum MoreThuenteFunctions implements ScalarLineFunction.ScalarFunction {
    /** φ(α) = −α/(α² + β), β = 2: minimizer at √2; Table 1. */
    PHI1(0.001, 0.1, 6, 3, 1, 4) {
        @Override
        public double value(double a) {
            return -a / (a * a + 2);
        }

        @Override
        public double derivative(double a) {
            double d = a * a + 2;
            return (a * a - 2) / (d * d);
        }
    },
    /** φ(α) = (α + β)⁵ − 2(α + β)⁴, β = 0.004: minimizer near 1.6; Table 2. */
    PHI2(0.1, 0.1, 12, 8, 8, 11) {
        @Override
        public double value(double a) {
            double t = a + 0.004;
            return Math.pow(t, 5) - 2 * Math.pow(t, 4);
        }

        @Override
        public double derivative(double a) {
            double t = a + 0.004;
            return 5 * Math.pow(t, 4) - 8 * Math.pow(t, 3);
        }
    },
    /**
     * φ(α) = φ₀(α) + 2(1 − β)/(lπ)·sin(lπα/2), β = 0.01, l = 39, φ₀ piecewise linear with a
     * quadratic corner at 1: many local minimizers, one satisfying the conditions near 1; Table 3.
     */
    PHI3(0.1, 0.1, 12, 12, 10, 13) {
        private static final double BETA = 0.01;
        private static final double L = 39;

        @Override
        public double value(double a) {
            double base;
            if (a <= 1 - BETA) {
                base = 1 - a;
            } else if (a >= 1 + BETA) {
                base = a - 1;
            } else {
                base = (a - 1) * (a - 1) / (2 * BETA) + BETA / 2;
            }
            return base + 2 * (1 - BETA) / (L * Math.PI) * Math.sin(L * Math.PI * a / 2);
        }

        @Override
        public double derivative(double a) {
            double base;
            if (a <= 1 - BETA) {
                base = -1;
            } else if (a >= 1 + BETA) {
                base = 1;
            } else {
                base = (a - 1) / BETA;
            }
            return base + (1 - BETA) * Math.cos(L * Math.PI * a / 2);
        }
    },
    /** Yanai–Ozawa–Kaneko function with β₁ = 0.001, β₂ = 0.001; Table 4. */
    PHI4(0.001, 0.001, 4, 1, 3, 4) {
        @Override
        public double value(double a) {
            return yanai(a, 0.001, 0.001);
        }

        @Override
        public double derivative(double a) {
            return yanaiDerivative(a, 0.001, 0.001);
        }
    },
    /** Yanai–Ozawa–Kaneko function with β₁ = 0.01, β₂ = 0.001; Table 5. */
    PHI5(0.001, 0.001, 6, 3, 7, 8) {
        @Override
        public double value(double a) {
            return yanai(a, 0.01, 0.001);
        }

        @Override
        public double derivative(double a) {
            return yanaiDerivative(a, 0.01, 0.001);
        }
    },
    /** Yanai–Ozawa–Kaneko function with β₁ = 0.001, β₂ = 0.01; Table 6. */
    PHI6(0.001, 0.001, 13, 11, 8, 11) {
        @Override
        public double value(double a) {
            return yanai(a, 0.001, 0.01);
        }

        @Override
        public double derivative(double a) {
            return yanaiDerivative(a, 0.001, 0.01);
        }
    };

    /** The initial steps of every table. */
    static final double[] INITIAL_STEPS = {1e-3, 1e-1, 1e1, 1e3};

    final double mu;
    final double eta;
    private final int[] paperEvaluations;

    MoreThuenteFunctions(double mu, double eta, int... paperEvaluations) {
        this.mu = mu;
        this.eta = eta;
        this.paperEvaluations = paperEvaluations;
    }

    /** The paper's number of evaluations from {@code INITIAL_STEPS[i]}. */
    int paperEvaluations(int i) {
        return paperEvaluations[i];
    }

    /** γ(β) = √(1 + β²) − β. */
    private static double gamma(double beta) {
        return Math.sqrt(1 + beta * beta) - beta;
    }

    /** φ(α) = γ(β₁)√((1 − α)² + β₂²) + γ(β₂)√(α² + β₁²). */
    static double yanai(double a, double beta1, double beta2) {
        return gamma(beta1) * Math.sqrt((1 - a) * (1 - a) + beta2 * beta2)
                + gamma(beta2) * Math.sqrt(a * a + beta1 * beta1);
    }

    static double yanaiDerivative(double a, double beta1, double beta2) {
        return gamma(beta1) * (a - 1) / Math.sqrt((1 - a) * (1 - a) + beta2 * beta2)
                + gamma(beta2) * a / Math.sqrt(a * a + beta1 * beta1);
    }
}
