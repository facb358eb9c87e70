package dev.curvature.bench.jmh.peers;

import dev.curvature.bench.jmh.GradientStop;
import dev.curvature.bench.jmh.Outcome;
import dev.curvature.bench.jmh.Solver;
import dev.curvature.problems.TestProblem;
import edu.stanford.nlp.optimization.AbstractCachingDiffFunction;
import edu.stanford.nlp.optimization.QNMinimizer;
import java.lang.reflect.Field;

/**
 * Stanford CoreNLP 4.5.7's {@code edu.stanford.nlp.optimization.QNMinimizer} with m = 10, scalar
 * scaling H₀ = γI ({@code useScalarScaling()}, the L-BFGS of Nocedal &amp; Wright; its default is
 * a diagonal scaling) and its default line search (MINPACK's Moré–Thuente), quiet. The objective
 * is an {@code AbstractCachingDiffFunction}, CoreNLP's own idiom, which computes value and
 * gradient together and caches them per point. Its own tests (average improvement, relative
 * gradient norm, numerically zero gradient) are switched off so that {@link GradientStop}
 * decides. Iterations: its iteration counter (a private field, read by reflection).
 */
public final class CoreNlpQn implements Solver {
    private static final Field ITERATIONS;

    static {
        try {
            ITERATIONS = QNMinimizer.class.getDeclaredField("its");
            ITERATIONS.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Outcome solve(TestProblem problem, double tolerance) {
        GradientStop stop = new GradientStop(problem.objective(), tolerance);
        int n = problem.dimension();
        AbstractCachingDiffFunction f = new AbstractCachingDiffFunction() {
            @Override
            public int domainDimension() {
                return n;
            }

            @Override
            protected void calculate(double[] x) {
                value = stop.valueAndGradient(x, derivative);
            }
        };
        QNMinimizer qn = new QNMinimizer(10);
        qn.useScalarScaling();
        qn.shutUp();
        qn.terminateOnAverageImprovement(false);
        qn.terminateOnRelativeNorm(false);
        qn.terminateOnNumericalZero(false);
        String end = "returned";
        try {
            qn.minimize(f, 0, problem.start(), -1);
        } catch (RuntimeException e) {
            if (e != GradientStop.CONVERGED) {
                end = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        int iterations;
        try {
            iterations = ITERATIONS.getInt(qn);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return stop.outcome(iterations, end);
    }
}
