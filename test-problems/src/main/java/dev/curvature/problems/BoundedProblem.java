package dev.curvature.problems;

import dev.curvature.api.Bounds;
import dev.curvature.api.TwiceDifferentiable;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

/**
 * A bound-constrained test problem: an objective with exact derivatives (taken from any
 * {@link TestProblem}, so that the MGH objectives serve again) with its own name and start point,
 * the box l ≤ x ≤ u, the published minimum f* over the box and, where the source gives one, a
 * minimizer x*. The problems of
 * {@link TestProblems#bounded()} are built from it by {@link BoundedSet}. Immutable and
 * thread-safe.
 */
final class BoundedProblem implements TestProblem {
    private final String name;
    private final double[] start;
    private final TwiceDifferentiable objective;
    private final Bounds bounds;
    private final OptionalDouble fStar;
    private final double[] xStar;
    private final String source;
    private final Dimensions dimensions;
    private final IntFunction<TestProblem> resize;

    /**
     * The objective of {@code base} from {@code start}, restricted to {@code bounds}.
     *
     * @param xStar a minimizer over the box, or null when the source gives none
     * @param dimensions the sizes {@code resize} accepts ({@code Dimensions.fixed(n)} and a null
     *     {@code resize} for a fixed-size problem)
     */
    BoundedProblem(String name, TestProblem base, double[] start, Bounds bounds,
            OptionalDouble fStar, double[] xStar, String source, Dimensions dimensions,
            IntFunction<TestProblem> resize) {
        if (start.length != base.dimension()) {
            throw new IllegalArgumentException("start: length " + start.length
                    + " differs from the problem's dimension " + base.dimension());
        }
        if (bounds.dimension() != base.dimension()) {
            throw new IllegalArgumentException("bounds: dimension " + bounds.dimension()
                    + " differs from the problem's " + base.dimension());
        }
        if (xStar != null && xStar.length != base.dimension()) {
            throw new IllegalArgumentException("xStar: length " + xStar.length
                    + " differs from the problem's dimension " + base.dimension());
        }
        this.name = name;
        this.start = start.clone();
        this.objective = base.objective();
        this.bounds = bounds;
        this.fStar = fStar;
        this.xStar = xStar;
        this.source = source;
        this.dimensions = dimensions;
        this.resize = resize;
    }

    /** A fixed-size problem. */
    BoundedProblem(String name, TestProblem base, double[] start, Bounds bounds,
            OptionalDouble fStar, double[] xStar, String source) {
        this(name, base, start, bounds, fStar, xStar, source, Dimensions.fixed(start.length),
                null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return start.length;
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public TwiceDifferentiable objective() {
        return objective;
    }

    @Override
    public OptionalDouble knownMinimum() {
        return fStar;
    }

    @Override
    public Optional<double[]> knownMinimizer() {
        return xStar == null ? Optional.empty() : Optional.of(xStar.clone());
    }

    @Override
    public Optional<Bounds> bounds() {
        return Optional.of(bounds);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean scalable() {
        return resize != null;
    }

    @Override
    public Dimensions dimensions() {
        return dimensions;
    }

    @Override
    public TestProblem withDimension(int n) {
        if (n == dimension()) {
            return this;
        }
        if (resize == null || !dimensions.allows(n)) {
            throw new IllegalArgumentException("n: problem " + name() + " accepts " + dimensions
                    + ", asked for " + n);
        }
        return resize.apply(n);
    }

    @Override
    public String toString() {
        return name() + " (n = " + dimension() + ", bounded)";
    }
}
