package dev.curvature.bench.jmh.peers;

import cc.mallet.optimize.BackTrackLineSearch;
import cc.mallet.optimize.LimitedMemoryBFGS;
import cc.mallet.optimize.Optimizable;
import dev.curvature.bench.jmh.GradientStop;
import dev.curvature.bench.jmh.Outcome;
import dev.curvature.bench.jmh.Solver;
import dev.curvature.problems.TestProblem;
import java.lang.reflect.Field;

/**
 * MALLET 2.0.8's {@code cc.mallet.optimize.LimitedMemoryBFGS}, which maximizes: it is handed −f.
 * Its memory is fixed at m = 4 ({@code final int m = 4}); its line search is
 * {@code BackTrackLineSearch} (Armijo backtracking on values, the gradient evaluated at the
 * accepted point). Stopping rules loosened so that {@link GradientStop} decides: the relative
 * value tolerance set to 0, the line search's absolute x tolerance to 0; its gradient test
 * ‖g‖₂ &lt; 10⁻³ cannot be changed. Its initial step is a {@code static} field shared by every
 * instance, set back to 1 before each run (by reflection) so that runs repeat. Values and
 * gradients are cached per parameter vector, as MALLET's own optimizables do. Iterations = the
 * optimizer's iteration count + 2 (its first step along the normalized gradient, and the step in
 * progress when the gradient test fired).
 */
public final class MalletLbfgs implements Solver {
    private static final Field STEP;

    static {
        try {
            STEP = LimitedMemoryBFGS.class.getDeclaredField("step");
            STEP.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public String name() {
        return "mallet";
    }

    /** −f as a MALLET optimizable, holding the parameters. */
    private static final class Negated implements Optimizable.ByGradientValue {
        private final GradientStop stop;
        private final double[] x;
        private final double[] g;
        private boolean valueStale = true;
        private boolean gradientStale = true;
        private double value;

        Negated(GradientStop stop, double[] x0) {
            this.stop = stop;
            this.x = x0;
            this.g = new double[x0.length];
        }

        @Override
        public int getNumParameters() {
            return x.length;
        }

        @Override
        public void getParameters(double[] buffer) {
            System.arraycopy(x, 0, buffer, 0, x.length);
        }

        @Override
        public double getParameter(int index) {
            return x[index];
        }

        @Override
        public void setParameters(double[] params) {
            System.arraycopy(params, 0, x, 0, x.length);
            valueStale = true;
            gradientStale = true;
        }

        @Override
        public void setParameter(int index, double value) {
            x[index] = value;
            valueStale = true;
            gradientStale = true;
        }

        @Override
        public double getValue() {
            if (valueStale) {
                value = -stop.value(x);
                valueStale = false;
            }
            return value;
        }

        @Override
        public void getValueGradient(double[] buffer) {
            if (gradientStale) {
                value = -stop.valueAndGradient(x, g);
                valueStale = false;
                gradientStale = false;
            }
            for (int i = 0; i < g.length; i++) {
                buffer[i] = -g[i];
            }
        }
    }

    @Override
    public Outcome solve(TestProblem problem, double tolerance) {
        GradientStop stop = new GradientStop(problem.objective(), tolerance);
        Negated f = new Negated(stop, problem.start());
        LimitedMemoryBFGS lbfgs = new LimitedMemoryBFGS(f);
        lbfgs.setTolerance(0);
        BackTrackLineSearch search = new BackTrackLineSearch(f);
        search.setAbsTolx(0);
        lbfgs.setLineOptimizer(search);
        String end = "returned";
        try {
            STEP.setDouble(null, 1.0);
            lbfgs.optimize(1_000_000);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            if (e != GradientStop.CONVERGED) {
                end = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return stop.outcome(lbfgs.getIteration() + 2, end);
    }
}
