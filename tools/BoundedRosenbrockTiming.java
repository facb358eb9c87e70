// Run: java -Xmx3g -cp bench/target/curvature.jar tools/BoundedRosenbrockTiming.java [n] [rounds]
import dev.curvature.api.*;
import dev.curvature.problems.*;
import java.lang.management.*;
import java.util.Arrays;

/**
 * Issue 19's timing: n = 10⁶ extended Rosenbrock: lbfgs unbounded vs lbfgsb with x_i ≤ 0.5 on odd coordinates; thread CPU time, alternating, one JVM. */
public class BoundedRosenbrockTiming {
    public static void main(String[] a) {
        int n = Integer.parseInt(a.length > 0 ? a[0] : "1000000");
        int rounds = Integer.parseInt(a.length > 1 ? a[1] : "3");
        TestProblem p = TestProblems.byName("extended-rosenbrock").withDimension(n);
        double[] lo = new double[n], up = new double[n];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) up[i] = i % 2 == 0 ? 0.5 : Double.POSITIVE_INFINITY;
        Bounds box = Bounds.of(lo, up);
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        Optimizer lbfgs = Optimizers.named("lbfgs"), lbfgsb = Optimizers.named("lbfgsb");
        for (int r = 0; r < rounds; r++) {
            for (int which = 0; which < 2; which++) {
                long c0 = t.getCurrentThreadCpuTime();
                OptimizationResult res = which == 0 ? lbfgs.minimize(p.objective(), p.start())
                        : lbfgsb.minimize(p.objective(), p.start(), box);
                long c1 = t.getCurrentThreadCpuTime();
                System.out.printf("round %d %-7s cpu %.3f s, %d it, %d f, %d g, f = %.10g, pg = %.2e, active %d, %s%n", r,
                        which == 0 ? "lbfgs" : "lbfgsb", (c1 - c0) / 1e9, res.iterations(), res.valueEvaluations(),
                        res.gradientEvaluations(), res.value(), res.projectedGradientNorm(), res.activeSet().length, res.termination());
            }
        }
    }
}
