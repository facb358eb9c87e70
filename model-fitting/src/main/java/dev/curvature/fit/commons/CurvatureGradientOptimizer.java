package dev.curvature.fit.commons;

import dev.curvature.api.Bounds;
import dev.curvature.api.IterationInfo;
import dev.curvature.api.IterationListener;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.IterativeOptimizer;
import org.apache.commons.math3.analysis.differentiation.MultivariateDifferentiableFunction;
import org.apache.commons.math3.exception.MathUnsupportedOperationException;
import org.apache.commons.math3.exception.util.LocalizedFormats;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.OptimizationData;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.GradientMultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.ejml.data.DMatrixRMaj;

/**
 * A Curvature {@link Optimizer} behind Commons Math's {@link GradientMultivariateOptimizer}
 * contract (see {@link CommonsMathOptimizers#named(String, ConvergenceChecker)} for the meaning
 * of every piece of optimization data). Like every Commons Math optimizer it is stateful during
 * {@code optimize} and so not thread-safe; create one per thread.
 */
final class CurvatureGradientOptimizer extends GradientMultivariateOptimizer {
    private final Optimizer method;
    private MultivariateDifferentiableFunction differentiable;
    private boolean gradientGiven;

    CurvatureGradientOptimizer(Optimizer method, ConvergenceChecker<PointValuePair> checker) {
        super(checker);
        // Commons Math's MaxEval and MaxIter are the budgets; Curvature's are lifted.
        this.method = method.withCriteria(method.criteria()
                .withMaxIterations(Integer.MAX_VALUE).withMaxEvaluations(Integer.MAX_VALUE));
    }

    @Override
    protected void parseOptimizationData(OptimizationData... optData) {
        super.parseOptimizationData(optData);
        differentiable = null;
        gradientGiven = false;
        for (OptimizationData data : optData) {
            if (data instanceof ObjectiveFunction o
                    && o.getObjectiveFunction() instanceof MultivariateDifferentiableFunction f) {
                differentiable = f;
            } else if (data instanceof ObjectiveFunctionGradient) {
                gradientGiven = true;
            }
        }
    }

    @Override
    protected PointValuePair doOptimize() {
        double[] start = getStartPoint();
        if (start == null) {
            throw new IllegalArgumentException("InitialGuess: no start point was given");
        }
        if (!gradientGiven && differentiable == null) {
            throw new IllegalArgumentException("ObjectiveFunctionGradient: no gradient was given,"
                    + " and the ObjectiveFunction is not a MultivariateDifferentiableFunction");
        }
        double sign = getGoalType() == GoalType.MAXIMIZE ? -1 : 1;
        Objective objective = differentiable == null
                ? new Counted(start.length, sign, null)
                : new CountedTwice(start.length, sign,
                        new DifferentiableFunctionObjective(differentiable, start.length, sign));
        ConvergenceChecker<PointValuePair> checker = getConvergenceChecker();
        IterationListener listener = new IterationListener() {
            private PointValuePair previous;

            @Override
            public boolean onIteration(IterationInfo info) {
                PointValuePair current = new PointValuePair(info.point(), sign * info.value());
                if (info.iteration() == 0) {
                    previous = current;
                    return true;
                }
                incrementIterationCount();
                boolean converged = checker != null
                        && checker.converged(getIterations(), previous, current);
                previous = current;
                return !converged;
            }
        };
        Bounds bounds = bounds(start);
        OptimizationResult result = bounds == null ? method.minimize(objective, start, listener)
                : method.minimize(objective, start, bounds, listener);
        CommonsMathOptimizers.rethrowCause(result);
        return new PointValuePair(result.point(), sign * result.value());
    }

    /**
     * Commons Math's {@code SimpleBounds} as a {@link Bounds}, or null without finite bounds.
     *
     * @throws MathUnsupportedOperationException when the method cannot honour finite bounds (as
     *     Commons Math's own unconstrained optimizers do)
     */
    private Bounds bounds(double[] start) {
        double[] lower = getLowerBound();
        double[] upper = getUpperBound();
        if (lower == null && upper == null || start == null) {
            return null;
        }
        int n = start.length;
        double[] l = lower != null ? lower : filled(n, Double.NEGATIVE_INFINITY);
        double[] u = upper != null ? upper : filled(n, Double.POSITIVE_INFINITY);
        Bounds bounds = Bounds.of(l, u);
        if (!bounds.hasFiniteBound()) {
            return null;
        }
        if (method instanceof IterativeOptimizer io && !io.acceptsBounds()) {
            throw new MathUnsupportedOperationException(LocalizedFormats.CONSTRAINT);
        }
        return bounds;
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    /** f (counted by Commons Math's MaxEval) and its gradient, times the goal's sign. */
    private class Counted implements Objective {
        final int n;
        final double sign;
        final DifferentiableFunctionObjective derivatives;

        Counted(int n, double sign, DifferentiableFunctionObjective derivatives) {
            this.n = n;
            this.sign = sign;
            this.derivatives = derivatives;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public double value(double[] x) {
            return sign * computeObjectiveValue(x.clone());
        }

        @Override
        public void gradient(double[] x, double[] gradientOut) {
            if (gradientGiven) {
                double[] g = computeObjectiveGradient(x.clone());
                for (int i = 0; i < n; i++) {
                    gradientOut[i] = sign * g[i];
                }
            } else {
                derivatives.gradient(x, gradientOut);
            }
        }

        @Override
        public double valueAndGradient(double[] x, double[] gradientOut) {
            double f = value(x);
            gradient(x, gradientOut);
            return f;
        }
    }

    /** {@link Counted} with the Hessian of a {@link MultivariateDifferentiableFunction}. */
    private final class CountedTwice extends Counted implements TwiceDifferentiable {
        CountedTwice(int n, double sign, DifferentiableFunctionObjective derivatives) {
            super(n, sign, derivatives);
        }

        @Override
        public void hessian(double[] x, DMatrixRMaj out) {
            derivatives.hessian(x, out);
        }
    }

    @Override
    public String toString() {
        return "Commons Math GradientMultivariateOptimizer running " + method.name();
    }
}
