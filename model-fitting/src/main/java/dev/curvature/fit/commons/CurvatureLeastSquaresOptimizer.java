package dev.curvature.fit.commons;

import dev.curvature.api.Bounds;
import dev.curvature.api.IterationInfo;
import dev.curvature.api.IterationListener;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.fit.FitOptions;
import dev.curvature.fit.LeastSquares;
import dev.curvature.fit.LeastSquaresObjective;
import dev.curvature.fit.ResidualModel;
import java.util.Arrays;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem.Evaluation;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.util.Incrementor;
import org.ejml.data.DMatrixRMaj;

/**
 * Curvature's least-squares method ({@link LeastSquares#optimizer}, Levenberg–Marquardt by
 * default) behind Commons Math's {@link LeastSquaresOptimizer}; see
 * {@link CommonsMathOptimizers#leastSquares()} for the contract. Immutable and thread-safe:
 * every {@code optimize} call has its own state.
 */
final class CurvatureLeastSquaresOptimizer implements LeastSquaresOptimizer {
    private final Optimizer method;
    /** The bounds on the parameters, or null. */
    private final Bounds bounds;

    CurvatureLeastSquaresOptimizer(FitOptions options) {
        this.bounds = options.bounds();
        // The problem's evaluation and iteration counters are the budgets; Curvature's are lifted.
        this.method = LeastSquares.optimizer(options.withCriteria(options.criteria()
                .withMaxIterations(Integer.MAX_VALUE).withMaxEvaluations(Integer.MAX_VALUE)));
    }

    @Override
    public Optimum optimize(LeastSquaresProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("problem must not be null");
        }
        if (bounds != null && bounds.dimension() != problem.getParameterSize()) {
            throw new IllegalArgumentException("bounds has dimension " + bounds.dimension()
                    + " but the problem has " + problem.getParameterSize() + " parameters");
        }
        Incrementor evaluations = problem.getEvaluationCounter();
        Incrementor iterations = problem.getIterationCounter();
        ConvergenceChecker<Evaluation> checker = problem.getConvergenceChecker();
        Residuals residuals = new Residuals(problem, evaluations);
        IterationListener listener = new IterationListener() {
            private Evaluation previous;

            @Override
            public boolean onIteration(IterationInfo info) {
                if (checker == null) {
                    if (info.iteration() > 0) {
                        iterations.incrementCount();
                    }
                    return true;
                }
                Evaluation current = residuals.evaluationAt(info.point());
                if (info.iteration() == 0) {
                    previous = current;
                    return true;
                }
                iterations.incrementCount();
                boolean converged = checker.converged(iterations.getCount(), previous, current);
                previous = current;
                return !converged;
            }
        };
        LeastSquaresObjective objective = LeastSquaresObjective.of(residuals);
        double[] start = problem.getStart().toArray();
        OptimizationResult result = bounds == null ? method.minimize(objective, start, listener)
                : method.minimize(objective, start, bounds, listener);
        CommonsMathOptimizers.rethrowCause(result);
        Evaluation at = residuals.evaluationAt(result.point());
        return new CurvatureOptimum(at, evaluations.getCount(), iterations.getCount());
    }

    /**
     * The problem's weighted residuals as a {@link ResidualModel}: r = −(Commons Math's
     * residuals) = √W·(model − target), J = Commons Math's weighted model Jacobian. Each new point
     * is one counted evaluation; residuals and Jacobian at the same point share it.
     */
    private static final class Residuals implements ResidualModel {
        private final LeastSquaresProblem problem;
        private final Incrementor evaluations;
        private double[] lastPoint;
        private Evaluation last;

        Residuals(LeastSquaresProblem problem, Incrementor evaluations) {
            this.problem = problem;
            this.evaluations = evaluations;
        }

        Evaluation evaluationAt(double[] p) {
            if (last == null || !Arrays.equals(p, lastPoint)) {
                evaluations.incrementCount();
                lastPoint = p.clone();
                last = problem.evaluate(new ArrayRealVector(p));
            }
            return last;
        }

        @Override
        public int parameters() {
            return problem.getParameterSize();
        }

        @Override
        public int observations() {
            return problem.getObservationSize();
        }

        @Override
        public void residuals(double[] p, double[] out) {
            RealVector r = evaluationAt(p).getResiduals();
            for (int i = 0; i < out.length; i++) {
                out[i] = -r.getEntry(i);
            }
        }

        @Override
        public void jacobian(double[] p, DMatrixRMaj out) {
            RealMatrix j = evaluationAt(p).getJacobian();
            int m = j.getRowDimension();
            int n = j.getColumnDimension();
            out.reshape(m, n);
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < n; c++) {
                    out.unsafe_set(i, c, j.getEntry(i, c));
                }
            }
        }
    }

    /** Commons Math's {@link Optimum}: the evaluation at the estimate and the counts. */
    private record CurvatureOptimum(Evaluation evaluation, int evaluations, int iterations)
            implements Optimum {
        @Override
        public int getEvaluations() {
            return evaluations;
        }

        @Override
        public int getIterations() {
            return iterations;
        }

        @Override
        public RealMatrix getCovariances(double threshold) {
            return evaluation.getCovariances(threshold);
        }

        @Override
        public RealVector getSigma(double covarianceSingularityThreshold) {
            return evaluation.getSigma(covarianceSingularityThreshold);
        }

        @Override
        public double getRMS() {
            return evaluation.getRMS();
        }

        @Override
        public RealMatrix getJacobian() {
            return evaluation.getJacobian();
        }

        @Override
        public double getCost() {
            return evaluation.getCost();
        }

        @Override
        public RealVector getResiduals() {
            return evaluation.getResiduals();
        }

        @Override
        public RealVector getPoint() {
            return evaluation.getPoint();
        }
    }

    @Override
    public String toString() {
        return "Commons Math LeastSquaresOptimizer running " + method.name();
    }
}
