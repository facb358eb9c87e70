import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * L-BFGS iterations of two (or more) builds of Curvature against each other and against a STREAM
 * triad, alternately in one JVM, on thread CPU time (ThreadMXBean). Each build is a shaded
 * command-line jar loaded in its own class loader; each round times iterations first … first +
 * count − 1 of {@code lbfgs} on extended Rosenbrock from {@code LbfgsBenchmark}'s perturbed start
 * (gradient tolerance 0), then prints the per-round ratios to the first jar and the medians.
 * Build the jars with {@code mvn -B -o -q -DskipTests package -pl bench -am} in each worktree and
 * copy {@code bench/target/curvature.jar} aside, then run from the repository root, e.g.
 * {@code java -Xms4g -Xmx4g tools/LbfgsAbHarness.java 1000000 9 13 60 before.jar after.jar}
 * (arguments: n, rounds, first, count, jars).
 */
public class LbfgsAbHarness {
    static final ThreadMXBean TM = ManagementFactory.getThreadMXBean();

    static final class Variant {
        final String name;
        final ClassLoader cl;
        final Object optimizer;
        final Object objective;
        final double[] x0;
        final Class<?> listenerType;
        final Method minimize;

        Variant(String jar, int n) throws Exception {
            name = Path.of(jar).getFileName().toString();
            cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(cl);
            Class<?> problems = cl.loadClass("dev.curvature.problems.TestProblems");
            Object problem = problems.getMethod("byName", String.class).invoke(null, "extended-rosenbrock");
            Class<?> tp = cl.loadClass("dev.curvature.problems.TestProblem");
            problem = tp.getMethod("withDimension", int.class).invoke(problem, n);
            objective = tp.getMethod("objective").invoke(problem);
            double[] x = (double[]) tp.getMethod("start").invoke(problem);
            SplittableRandom random = new SplittableRandom(1); // as LbfgsBenchmark.perturbedStart
            for (int i = 0; i < x.length; i++) {
                x[i] += random.nextDouble() - 0.5;
            }
            x0 = x;
            Class<?> opts = cl.loadClass("dev.curvature.api.Optimizers");
            Class<?> optType = cl.loadClass("dev.curvature.api.Optimizer");
            Class<?> critType = cl.loadClass("dev.curvature.api.ConvergenceCriteria");
            Object lbfgs = opts.getMethod("named", String.class).invoke(null, "lbfgs");
            Object crit = optType.getMethod("criteria").invoke(lbfgs);
            crit = critType.getMethod("withGradientTolerance", double.class).invoke(crit, 0.0);
            crit = critType.getMethod("withMaxIterations", int.class).invoke(crit, 1_000_000);
            crit = critType.getMethod("withMaxEvaluations", int.class).invoke(crit, 10_000_000);
            optimizer = optType.getMethod("withCriteria", critType).invoke(lbfgs, crit);
            listenerType = cl.loadClass("dev.curvature.api.IterationListener");
            minimize = optType.getMethod("minimize", cl.loadClass("dev.curvature.api.Objective"),
                    double[].class, listenerType);
        }

        /** {ms per iteration, evaluations per iteration} over iterations first … first + count − 1. */
        double[] run(int first, int count) throws Exception {
            long[] t = new long[2];
            int[] ev = new int[2];
            Class<?> info = cl.loadClass("dev.curvature.api.IterationInfo");
            Method iteration = info.getMethod("iteration");
            Method evals = info.getMethod("valueEvaluations");
            Method gevals = info.getMethod("gradientEvaluations");
            Object listener = Proxy.newProxyInstance(cl, new Class<?>[] {listenerType}, (p, m, a) -> {
                if (!m.getName().equals("onIteration")) {
                    return m.getName().equals("hashCode") ? 0 : m.getName().equals("equals") ? false : "l";
                }
                int k = (Integer) iteration.invoke(a[0]);
                if (k == first - 1 || k == first + count - 1) {
                    int i = k == first - 1 ? 0 : 1;
                    t[i] = TM.getCurrentThreadCpuTime();
                    ev[i] = Math.max((Integer) evals.invoke(a[0]), (Integer) gevals.invoke(a[0]));
                }
                return k < first + count - 1;
            });
            Thread.currentThread().setContextClassLoader(cl);
            minimize.invoke(optimizer, objective, x0.clone(), listener);
            return new double[] {(t[1] - t[0]) / 1e6 / count, (ev[1] - ev[0]) / (double) count};
        }
    }

    static double[] ta;
    static double[] tb;
    static double[] tc;

    /** ms per STREAM triad a = b + q·c (median of reps). */
    static double triad(int n, int reps) {
        double[] ms = new double[reps];
        double q = 3e-9;
        for (int r = 0; r < reps; r++) {
            long t0 = TM.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                ta[i] = tb[i] + q * tc[i];
            }
            ms[r] = (TM.getCurrentThreadCpuTime() - t0) / 1e6;
            double[] s = tb; // keep values bounded and the loop live
            tb = ta;
            ta = s;
        }
        Arrays.sort(ms);
        return ms[reps / 2];
    }

    static double[][] big;

    /** ms per triad over 22 n-vectors cycled (data from memory, not cache): median of reps of 10 triads. */
    static double triadBig(int n, int reps) {
        double[] ms = new double[reps];
        double q = 3e-12;
        for (int r = 0; r < reps; r++) {
            long t0 = TM.getCurrentThreadCpuTime();
            for (int k = 0; k < 10; k++) {
                double[] o = big[2 * k + 1], u = big[2 * k], w = big[2 * k + 2];
                for (int i = 0; i < n; i++) {
                    o[i] = u[i] + q * w[i];
                }
            }
            ms[r] = (TM.getCurrentThreadCpuTime() - t0) / 1e6 / 10;
        }
        Arrays.sort(ms);
        return ms[reps / 2];
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int first = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        Variant[] v = new Variant[args.length - 4];
        for (int i = 4; i < args.length; i++) {
            v[i - 4] = new Variant(args[i], n);
        }
        ta = new double[n];
        tb = new double[n];
        tc = new double[n];
        Arrays.fill(tb, 1);
        Arrays.fill(tc, 2);
        triad(n, 20);
        big = new double[22][n];
        for (double[] row : big) {
            Arrays.fill(row, 1);
        }
        triadBig(n, 3);
        for (Variant x : v) { // JIT warm-up
            x.run(first, count);
        }
        double[][] ms = new double[v.length][rounds];
        double[] tr = new double[rounds];
        double[] tb = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            tr[r] = triad(n, 31);
            tb[r] = triadBig(n, 5);
            StringBuilder line = new StringBuilder(String.format("round %d: triad %.3f ms, triad from memory %.3f ms", r, tr[r], tb[r]));
            for (int j = 0; j < v.length; j++) {
                int i = (r % 2 == 0) ? j : v.length - 1 - j; // alternate the order
                double[] res = v[i].run(first, count);
                ms[i][r] = res[0];
                line.append(String.format("; %s %.3f ms/it (%.3f evals/it, %.2f triads)", v[i].name,
                        res[0], res[1], res[0] / tr[r]));
            }
            System.out.println(line);
        }
        System.out.printf("median triad %.3f ms (%.2f GB/s counting 24n bytes)%n", median(tr),
                24.0 * n / median(tr) / 1e6);
        for (int i = 1; i < v.length; i++) {
            double[] rr = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                rr[r] = ms[i][r] / ms[0][r];
            }
            System.out.printf("%s ÷ %s per round: %s, median %.3f%n", v[i].name, v[0].name, Arrays.toString(rr), median(rr));
        }
        System.out.printf("median triad from memory %.3f ms (%.2f GB/s)%n", median(tb),
                24.0 * n / median(tb) / 1e6);
        for (int i = 0; i < v.length; i++) {
            double[] ratio = new double[rounds];
            double[] ratioBig = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = ms[i][r] / tr[r];
                ratioBig[r] = ms[i][r] / tb[r];
            }
            System.out.printf("%s: median %.3f ms/it, median iteration/triad %.2f, iteration/triad-from-memory %.2f%n", v[i].name,
                    median(ms[i]), median(ratio), median(ratioBig));
        }
    }

    static double median(double[] a) {
        double[] c = a.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
