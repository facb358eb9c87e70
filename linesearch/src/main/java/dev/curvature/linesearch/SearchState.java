package dev.curvature.linesearch;

import dev.curvature.api.spi.LineSearch;

/**
 * What every line search's per-run state holds for the driver: the accepted α and φ(α) of the
 * last successful search. Subclasses set {@link #step} and {@link #value} before reporting
 * {@code SUCCESS}.
 */
abstract class SearchState implements LineSearch.State {
    /** The accepted α of the last successful search. */
    double step;
    /** φ at the accepted α. */
    double value;

    @Override
    public final double step() {
        return step;
    }

    @Override
    public final double value() {
        return value;
    }
}
