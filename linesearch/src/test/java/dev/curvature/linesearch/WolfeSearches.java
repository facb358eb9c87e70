package dev.curvature.linesearch;

import dev.curvature.api.spi.LineSearch;

/**
 * The Wolfe searches under test, configured with a sufficient-decrease and a curvature constant:
 * the three searches, and Moré–Thuente evaluating slopes only after sufficient decrease.
 */
enum WolfeSearches {
    MORE_THUENTE(true) {
        @Override
        LineSearch configure(double mu, double eta) {
            return MoreThuente.defaults().withWolfe(mu, eta);
        }
    },
    MORE_THUENTE_SLOPE_AFTER_DECREASE(true) {
        @Override
        LineSearch configure(double mu, double eta) {
            return MoreThuente.defaults().withSlopeOnlyAfterDecrease(true).withWolfe(mu, eta);
        }
    },
    STRONG_WOLFE(true) {
        @Override
        LineSearch configure(double mu, double eta) {
            return StrongWolfe.defaults().withWolfe(mu, eta);
        }
    },
    HAGER_ZHANG(false) {
        @Override
        LineSearch configure(double mu, double eta) {
            return HagerZhang.defaults().withWolfe(mu, eta);
        }
    };

    /** True when the search promises the strong curvature condition |φ'(α)| ≤ η|φ'(0)|. */
    final boolean strong;

    WolfeSearches(boolean strong) {
        this.strong = strong;
    }

    abstract LineSearch configure(double mu, double eta);

    /** With the usual quasi-Newton constants c₁ = 10⁻⁴, c₂ = 0.9. */
    LineSearch defaults() {
        return configure(1e-4, 0.9);
    }
}
