package dev.curvature.bench.jmh.peers;

import com.github.lbfgs4j.liblbfgs.Lbfgs;
import com.github.lbfgs4j.liblbfgs.LbfgsConstant;
import com.github.lbfgs4j.liblbfgs.MutableDouble;
import dev.curvature.bench.jmh.GradientStop;
import dev.curvature.bench.jmh.Outcome;
import dev.curvature.bench.jmh.Solver;
import dev.curvature.problems.TestProblem;

/**
 * lbfgs4j 0.2.1 ({@code com.github.lbfgs4j.liblbfgs.Lbfgs.lbfgs}), a line-by-line Java port of
 * Naoaki Okazaki's liblbfgs 1.10, with its default parameters (m = 6 changed to m = 10 as for
 * every peer; Moré–Thuente line search, c₁ = 10⁻⁴, c₂ = 0.9, α₀ = 1/‖g₀‖₂ on the first
 * iteration). Its own tests (‖g‖₂/max(1, ‖x‖₂) &lt; ε, ε = 10⁻⁵ by default) are switched off
 * (ε = 0) so that {@link GradientStop} decides. Iterations: the count its progress callback
 * reports.
 */
public final class Lbfgs4j implements Solver {

    @Override
    public String name() {
        return "lbfgs4j";
    }

    @Override
    public Outcome solve(TestProblem problem, double tolerance) {
        GradientStop stop = new GradientStop(problem.objective(), tolerance);
        LbfgsConstant.LBFGS_Param param = new LbfgsConstant.LBFGS_Param(Lbfgs.defaultParams());
        param.m = 10;
        param.epsilon = 0;
        param.max_iterations = 100_000;
        int[] iterations = new int[1];
        LbfgsConstant.LBFGS_Evaluate evaluate = (instance, x, g, n, step) -> stop.valueAndGradient(x, g);
        LbfgsConstant.LBFGS_Progress progress = (instance, x, g, fx, xnorm, gnorm, step, n, k, ls) -> {
            iterations[0] = k;
            return LbfgsConstant.ReturnValue.LBFGS_SUCCESS;
        };
        double[] x = problem.start();
        String end;
        try {
            end = Lbfgs.lbfgs(x.length, x, new MutableDouble(), evaluate, progress, null, param).toString();
        } catch (RuntimeException e) {
            end = e == GradientStop.CONVERGED ? "converged" : e.toString();
        }
        return stop.outcome(iterations[0] + (stop.reached() ? 1 : 0), end);
    }
}
