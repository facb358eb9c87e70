package dev.curvature.api.spi;

/**
 * The scalar function φ(α) = f(x + α·p) a {@link LineSearch} works on, with its slope
 * φ'(α) = ∇f(x + α·p)ᵀp. Values may be non-finite (+∞ or NaN) where f is undefined or overflows.
 */
public interface LineFunction {

    /** φ(α), without the slope (cheaper for objectives with a separate value routine). */
    double value(double alpha);

    /** φ(α) together with its slope, then available from {@link #slope()}. */
    double valueAndSlope(double alpha);

    /** φ'(α) for the α of the last {@link #valueAndSlope} call; non-finite if ∇f was. */
    double slope();

    /**
     * The largest α the search may try: where the line leaves the box of a bounded run (φ is
     * not defined beyond it); +∞ without bounds. Searches that honour it
     * ({@link LineSearch#honoursMaxStep()}) never evaluate φ beyond it.
     */
    default double maxStep() {
        return Double.POSITIVE_INFINITY;
    }
}
