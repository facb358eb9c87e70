package dev.curvature.linesearch;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.LineFunction;
import dev.curvature.api.spi.LineSearch;

/**
 * The configuration every line search of this module shares ({@link LineSearchSettings}), with
 * one set of {@code with…} methods, so that c₁ is {@code withSufficientDecrease} whatever the
 * search. A subclass says which settings it uses and how to copy itself with new settings; the
 * settings it does not use are refused with an {@link IllegalArgumentException} that says so.
 * Immutable.
 *
 * @param <S> the concrete search type, returned by every {@code with…} method
 */
public abstract class ConfiguredLineSearch<S extends ConfiguredLineSearch<S>>
        implements LineSearch {
    private final LineSearchSettings settings;
    // the settings unpacked once, for the searches' inner loops
    final double c1;
    final double c2;
    final double xtol;
    final double minStep;
    final double maxStep;
    final int maxEvaluations;

    ConfiguredLineSearch(LineSearchSettings settings) {
        this.settings = Checks.notNull(settings, "settings");
        this.c1 = settings.c1();
        this.c2 = settings.c2();
        this.xtol = settings.intervalTolerance();
        this.minStep = settings.minStep();
        this.maxStep = settings.maxStep();
        this.maxEvaluations = settings.maxEvaluations();
    }

    /** A copy of this search with other shared settings (already validated). */
    abstract S with(LineSearchSettings settings);

    /** Extra checks of a subclass on the shared settings (e.g. Hager–Zhang's δ &lt; ½). */
    void check(LineSearchSettings s) {
    }

    private S checked(LineSearchSettings s) {
        check(s);
        return with(s);
    }

    /** The shared settings. */
    public LineSearchSettings settings() {
        return settings;
    }

    /** True when the search enforces the curvature condition (a Wolfe search: c₂ is set). */
    @Override
    public boolean enforcesCurvatureCondition() {
        return !Double.isNaN(settings.c2());
    }

    /** The sufficient-decrease constant c₁ ∈ (0, 1), at most c₂. */
    public S withSufficientDecrease(double c1) {
        return checked(new LineSearchSettings(c1, settings.c2(), settings.intervalTolerance(),
                settings.minStep(), settings.maxStep(), settings.maxEvaluations()));
    }

    /**
     * The curvature constant c₂ ∈ [c₁, 1): 0.9 for Newton and quasi-Newton directions, 0.1 for
     * nonlinear conjugate gradients (N&amp;W p. 34); smaller means a more exact search.
     */
    public S withCurvature(double c2) {
        require(enforcesCurvatureCondition(), "c2", "tests sufficient decrease only");
        return checked(new LineSearchSettings(settings.c1(), c2, settings.intervalTolerance(),
                settings.minStep(), settings.maxStep(), settings.maxEvaluations()));
    }

    /** Both Wolfe constants at once, 0 &lt; c₁ ≤ c₂ &lt; 1. */
    public S withWolfe(double c1, double c2) {
        require(enforcesCurvatureCondition(), "c2", "tests sufficient decrease only");
        return checked(new LineSearchSettings(c1, c2, settings.intervalTolerance(),
                settings.minStep(), settings.maxStep(), settings.maxEvaluations()));
    }

    /** The relative bracket width (≥ 0) below which the search gives up. */
    public S withIntervalTolerance(double intervalTolerance) {
        require(!Double.isNaN(settings.intervalTolerance()), "intervalTolerance",
                "has no bracket-width test");
        return checked(new LineSearchSettings(settings.c1(), settings.c2(),
                Checks.nonNegative(intervalTolerance, "intervalTolerance"), settings.minStep(),
                settings.maxStep(), settings.maxEvaluations()));
    }

    /** Bounds on every trial step: 0 ≤ minStep &lt; maxStep ≤ ∞. */
    public S withStepBounds(double minStep, double maxStep) {
        return checked(new LineSearchSettings(settings.c1(), settings.c2(),
                settings.intervalTolerance(), minStep, maxStep, settings.maxEvaluations()));
    }

    /** Maximum evaluations of φ per search, ≥ 1. */
    public S withMaxEvaluations(int maxEvaluations) {
        return checked(new LineSearchSettings(settings.c1(), settings.c2(),
                settings.intervalTolerance(), settings.minStep(), settings.maxStep(),
                maxEvaluations));
    }

    /** c₁. */
    public double c1() {
        return c1;
    }

    /** c₂ (NaN for a search without curvature condition). */
    public double c2() {
        return c2;
    }

    /** The relative bracket width at which the search gives up (NaN when it has no such test). */
    public double intervalTolerance() {
        return xtol;
    }

    /** The smallest trial step. */
    public double minStep() {
        return minStep;
    }

    /** The largest trial step. */
    public double maxStep() {
        return maxStep;
    }

    /** The evaluation limit per search. */
    public int maxEvaluations() {
        return maxEvaluations;
    }

    /**
     * The argument checks every search starts with.
     *
     * @return false when φ'(0) is not a finite negative slope (the search reports NOT_DESCENT)
     * @throws IllegalArgumentException for a null φ, a non-finite φ(0) or α₀ ≤ 0
     */
    static boolean descending(LineFunction phi, double phi0, double slope0, double initialStep) {
        if (!(slope0 < 0) || Double.isInfinite(slope0)) {
            return false;
        }
        Checks.notNull(phi, "phi");
        if (!Double.isFinite(phi0)) {
            throw new IllegalArgumentException("phi0 must be finite, was " + phi0);
        }
        Checks.positive(initialStep, "initialStep");
        return true;
    }

    private void require(boolean used, String setting, String why) {
        if (!used) {
            throw new IllegalArgumentException(setting + ": " + getClass().getSimpleName() + " "
                    + why + ", so it has no " + setting + " to set");
        }
    }

    /** The shared settings as {@code c1=…, c2=…, …} for {@code toString}. */
    String describeSettings() {
        StringBuilder b = new StringBuilder("c1=").append(settings.c1());
        if (enforcesCurvatureCondition()) {
            b.append(", c2=").append(settings.c2());
        }
        if (!Double.isNaN(settings.intervalTolerance())) {
            b.append(", xtol=").append(settings.intervalTolerance());
        }
        return b.append(", steps=[").append(settings.minStep()).append(", ")
                .append(settings.maxStep()).append("], maxEvaluations=")
                .append(settings.maxEvaluations()).toString();
    }
}
