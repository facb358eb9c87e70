package dev.curvature.api.spi;

import dev.curvature.api.HessianDiagonal;
import dev.curvature.api.Objective;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.ValueNoise;
import org.ejml.data.DMatrixRMaj;

/**
 * The objective as every part of a run sees it: it counts evaluations, enforces the evaluation
 * budget, and turns an exception from user code into {@link ObjectiveFailure}. One instance per
 * run; not thread-safe.
 *
 * <p>Counting: {@code value} adds one f evaluation, {@code gradient} one ∇f evaluation,
 * {@code valueAndGradient} one of each; each of those is one call against the budget. Dense
 * Hessians, Hessian-vector products and Hessian diagonals ({@link HessianDiagonal}) are counted as
 * Hessian evaluations and are not budgeted.
 */
public final class CountingObjective implements TwiceDifferentiable {
    private final Objective delegate;
    private final TwiceDifferentiable twice;
    private final HessianDiagonal diagonal;
    private final int budget;
    private final int n;
    private final long deadline;
    private final ValueNoise noise;
    private int calls;
    private int values;
    private int gradients;
    private int hessians;

    /**
     * @param delegate the user's objective
     * @param budget the maximum number of calls computing f or ∇f
     */
    public CountingObjective(Objective delegate, int budget) {
        this(delegate, budget, Long.MAX_VALUE);
    }

    /**
     * @param delegate the user's objective
     * @param budget the maximum number of calls computing f or ∇f
     * @param timeLimitNanos no evaluation starts this many nanoseconds after construction
     *     ({@link TimeLimitReached}); {@code Long.MAX_VALUE} for none
     */
    public CountingObjective(Objective delegate, int budget, long timeLimitNanos) {
        this.delegate = Checks.notNull(delegate, "objective");
        this.twice = delegate instanceof TwiceDifferentiable t ? t : null;
        this.diagonal = delegate instanceof HessianDiagonal d ? d : null;
        this.noise = delegate instanceof ValueNoise v ? v : null;
        this.budget = Checks.positive(budget, "budget");
        this.n = delegate.dimension();
        long now = System.nanoTime();
        this.deadline = timeLimitNanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE
                : now + timeLimitNanos;
    }

    /** The user's objective. */
    public Objective delegate() {
        return delegate;
    }

    /** True when the user's objective provides Hessians. */
    public boolean isTwiceDifferentiable() {
        return twice != null;
    }

    /** True when the user's objective provides its Hessian diagonal ({@link HessianDiagonal}). */
    public boolean hasHessianDiagonal() {
        return diagonal != null;
    }

    /** The dimension the run started with. */
    @Override
    public int dimension() {
        return n;
    }

    /**
     * Counts one call against the budget, after checking the budget, the time limit and that
     * the objective still has the dimension the run started with.
     */
    private void charge() {
        if (calls >= budget) {
            throw new EvaluationBudgetExhausted(budget);
        }
        if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline >= 0) {
            throw new TimeLimitReached();
        }
        int now;
        try {
            now = delegate.dimension();
        } catch (Exception e) {
            throw new ObjectiveFailure("dimension", e);
        }
        if (now != n) {
            throw new ObjectiveFailure("dimension", new IllegalArgumentException(
                    "objective.dimension() changed during the run from " + n + " to " + now));
        }
        calls++;
    }

    /** True when the user's objective estimates its value noise ({@link ValueNoise}). */
    public boolean hasValueNoise() {
        return noise != null;
    }

    /**
     * The user's {@link ValueNoise#valueNoise} at x (not counted: it is one pass over the terms
     * f is made of, asked for only when a run seems to have reached f's precision).
     *
     * @return the estimate, or NaN when the objective gives none or its answer is not a finite
     *     non-negative number
     */
    public double valueNoise(double[] x) {
        if (noise == null) {
            return Double.NaN;
        }
        try {
            double v = noise.valueNoise(x);
            return v >= 0 && Double.isFinite(v) ? v : Double.NaN;
        } catch (Exception e) {
            throw new ObjectiveFailure("valueNoise", e);
        }
    }

    @Override
    public double value(double[] x) {
        charge();
        values++;
        try {
            return delegate.value(x);
        } catch (Exception e) {
            throw new ObjectiveFailure("value", e);
        }
    }

    @Override
    public void gradient(double[] x, double[] gradientOut) {
        charge();
        gradients++;
        try {
            delegate.gradient(x, gradientOut);
        } catch (Exception e) {
            throw new ObjectiveFailure("gradient", e);
        }
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradientOut) {
        charge();
        values++;
        gradients++;
        try {
            return delegate.valueAndGradient(x, gradientOut);
        } catch (Exception e) {
            throw new ObjectiveFailure("valueAndGradient", e);
        }
    }

    /**
     * @throws UnsupportedOperationException when the user's objective has no Hessian (providers
     *     check {@link #isTwiceDifferentiable()} before the run starts)
     */
    @Override
    public void hessian(double[] x, DMatrixRMaj out) {
        requireTwice();
        hessians++;
        try {
            twice.hessian(x, out);
        } catch (Exception e) {
            throw new ObjectiveFailure("hessian", e);
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        requireTwice();
        hessians++;
        try {
            twice.hessianVector(x, v, out);
        } catch (Exception e) {
            throw new ObjectiveFailure("hessianVector", e);
        }
    }

    /**
     * The user's {@link HessianDiagonal#hessianDiagonal}, counted as one Hessian evaluation.
     *
     * @throws UnsupportedOperationException when the user's objective has no diagonal (check
     *     {@link #hasHessianDiagonal()} first)
     */
    public void hessianDiagonal(double[] x, double[] out) {
        if (diagonal == null) {
            throw new UnsupportedOperationException("objective does not implement HessianDiagonal");
        }
        hessians++;
        try {
            diagonal.hessianDiagonal(x, out);
        } catch (Exception e) {
            throw new ObjectiveFailure("hessianDiagonal", e);
        }
    }

    private void requireTwice() {
        if (twice == null) {
            throw new UnsupportedOperationException("objective is not TwiceDifferentiable");
        }
    }

    /** Calls that computed f. */
    public int valueEvaluations() {
        return values;
    }

    /** Calls that computed ∇f. */
    public int gradientEvaluations() {
        return gradients;
    }

    /** Dense Hessians plus Hessian-vector products plus Hessian diagonals. */
    public int hessianEvaluations() {
        return hessians;
    }

    /** Calls counted against the budget. */
    public int calls() {
        return calls;
    }
}
