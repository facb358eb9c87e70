package dev.curvature.reliability;

import dev.curvature.api.TwiceDifferentiable;
import java.util.Random;
import java.util.function.IntPredicate;
import org.ejml.data.DMatrixRMaj;

/**
 * Wraps a test problem's objective and misbehaves on purpose: non-finite values or gradients at
 * chosen evaluations, an exception at the k-th evaluation, a NaN Hessian, or +∞ outside a region.
 * Evaluations are numbered from 1 over value, gradient and valueAndGradient calls alike.
 */
final class FaultyObjective implements TwiceDifferentiable {

    /** What goes wrong. */
    enum Fault {
        NAN_VALUE, INF_VALUE, NAN_GRADIENT, INF_GRADIENT, THROW, NAN_HESSIAN, OUTSIDE_BALL_INFINITE
    }

    private final TwiceDifferentiable base;
    private final Fault fault;
    private final IntPredicate when;
    private final double[] center;
    private final double radius;
    private int evaluations;

    private FaultyObjective(TwiceDifferentiable base, Fault fault, IntPredicate when,
            double[] center, double radius) {
        this.base = base;
        this.fault = fault;
        this.when = when;
        this.center = center;
        this.radius = radius;
    }

    /** {@code fault} at the evaluations selected by {@code when}. */
    static FaultyObjective at(TwiceDifferentiable base, Fault fault, IntPredicate when) {
        return new FaultyObjective(base, fault, when, null, 0);
    }

    /** {@code fault} at each evaluation after the first with probability p (seeded). */
    static FaultyObjective random(TwiceDifferentiable base, Fault fault, double p, long seed) {
        Random random = new Random(seed);
        return at(base, fault, k -> k > 1 && random.nextDouble() < p);
    }

    /** f = +∞ outside the ball of {@code radius} around {@code center}. */
    static FaultyObjective definedOnBall(TwiceDifferentiable base, double[] center, double radius) {
        return new FaultyObjective(base, Fault.OUTSIDE_BALL_INFINITE, k -> false, center.clone(), radius);
    }

    private boolean outside(double[] x) {
        if (center == null) {
            return false;
        }
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += (x[i] - center[i]) * (x[i] - center[i]);
        }
        return d > radius * radius;
    }

    private boolean strike(Fault kind) {
        return fault == kind && when.test(evaluations);
    }

    @Override
    public int dimension() {
        return base.dimension();
    }

    @Override
    public double value(double[] x) {
        evaluations++;
        if (strike(Fault.THROW)) {
            throw new IllegalStateException("injected failure at evaluation " + evaluations);
        }
        if (outside(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (strike(Fault.NAN_VALUE)) {
            return Double.NaN;
        }
        if (strike(Fault.INF_VALUE)) {
            return Double.POSITIVE_INFINITY;
        }
        return base.value(x);
    }

    @Override
    public void gradient(double[] x, double[] g) {
        evaluations++;
        if (strike(Fault.THROW)) {
            throw new IllegalStateException("injected failure at evaluation " + evaluations);
        }
        base.gradient(x, g);
        corruptGradient(x, g);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
        evaluations++;
        if (strike(Fault.THROW)) {
            throw new IllegalStateException("injected failure at evaluation " + evaluations);
        }
        double f = base.valueAndGradient(x, g);
        corruptGradient(x, g);
        if (outside(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (strike(Fault.NAN_VALUE)) {
            return Double.NaN;
        }
        if (strike(Fault.INF_VALUE)) {
            return Double.POSITIVE_INFINITY;
        }
        return f;
    }

    private void corruptGradient(double[] x, double[] g) {
        if (strike(Fault.NAN_GRADIENT)) {
            g[g.length / 2] = Double.NaN;
        } else if (strike(Fault.INF_GRADIENT)) {
            g[0] = Double.NEGATIVE_INFINITY;
        } else if (outside(x)) {
            java.util.Arrays.fill(g, Double.NaN);
        }
    }

    @Override
    public void hessian(double[] x, DMatrixRMaj out) {
        base.hessian(x, out);
        if (fault == Fault.NAN_HESSIAN && when.test(evaluations)) {
            out.set(0, 0, Double.NaN);
        }
    }

    @Override
    public void hessianVector(double[] x, double[] v, double[] out) {
        base.hessianVector(x, v, out);
        if (fault == Fault.NAN_HESSIAN && when.test(evaluations)) {
            out[0] = Double.NaN;
        }
    }
}
