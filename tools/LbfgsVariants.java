import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.linesearch.FirstIterationStep;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.MoreThuente;
import dev.curvature.problems.Solved;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import dev.curvature.quasinewton.Lbfgs;
import dev.curvature.quasinewton.QuasiNewtonDefaults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tools-only measurement for docs/time-to-goal.md (issue 21 item 2): Curvature's {@code lbfgs}
 * against variants of its step control that would reproduce what makes Smile's L-BFGS take 23
 * iterations on extended Rosenbrock (its first step α₀ = 1 along −g₀, backtracked; the
 * sufficient-decrease constant c₁ = 10⁻⁴), judged on the MGH problems from x0, 10·x0, 100·x0,
 * the CUTEst-style problems at x0 (‖∇f‖∞ ≤ 10⁻⁸, solved = f − f* ≤ 10⁻⁶·max(1, |f*|)) and on the
 * time-to-goal suite's problems at n = 10⁴ (goal ‖∇f‖∞ ≤ 10⁻⁶·max(1, ‖∇f₀‖∞)). Not built by Maven:
 *
 * <pre>  java -cp bench/target/curvature.jar tools/LbfgsVariants.java [SUITE_N]</pre>
 */
public final class LbfgsVariants {
    public static void main(String[] args) {
        int suiteN = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Map<String, Optimizer> variants = new LinkedHashMap<>();
        var search = (MoreThuente) QuasiNewtonDefaults.lineSearch();
        variants.put("default (α₀ = 1/‖g₀‖₂, c₁ = 1e-3)", lbfgs(new LineSearchGlobalization(search,
                FirstIterationStep.inverseSlopeRoot())));
        variants.put("α₀ = 1/‖g₀‖∞", lbfgs(new LineSearchGlobalization(search,
                FirstIterationStep.inverseMaxNorm())));
        variants.put("α₀ = 1 (Smile)", lbfgs(new LineSearchGlobalization(search, InitialStep.UNIT)));
        variants.put("c₁ = 1e-4 (Smile)", lbfgs(new LineSearchGlobalization(
                search.withSufficientDecrease(1e-4), FirstIterationStep.inverseSlopeRoot())));
        variants.put("α₀ = 1 and c₁ = 1e-4", lbfgs(new LineSearchGlobalization(
                search.withSufficientDecrease(1e-4), InitialStep.UNIT)));

        List<Instance> mgh = new ArrayList<>();
        for (TestProblem p : TestProblems.mgh()) {
            for (double s : new double[] {1, 10, 100}) {
                mgh.add(new Instance(p, s));
            }
        }
        List<Instance> cutest = new ArrayList<>();
        for (TestProblem p : TestProblems.cutest()) {
            cutest.add(new Instance(p, 1));
        }
        report("MGH ×1, ×10, ×100", mgh, variants, null);
        report("CUTEst-style ×1", cutest, variants, null);
        List<Instance> suite = new ArrayList<>();
        for (String name : List.of("bdqrtic", "cragglvy", "dixmaana", "dixmaanb", "dixmaanc",
                "dixmaand", "dqdrtic", "edensch", "engval1", "liarwhd", "nondquar", "powellsg",
                "srosenbr", "woods")) {
            TestProblem p = TestProblems.byName(name);
            suite.add(new Instance(p.withDimension(p.dimensions().nearest(suiteN)), 1));
        }
        report("time-to-goal suite, n ≈ " + suiteN, suite, variants, 1e-6);
    }

    record Instance(TestProblem problem, double scale) {
        double[] start() {
            double[] x = problem.start();
            for (int i = 0; i < x.length; i++) {
                x[i] *= scale;
            }
            return x;
        }
    }

    private static Optimizer lbfgs(LineSearchGlobalization globalization) {
        return new IterativeOptimizer("lbfgs", Lbfgs.defaults(), globalization,
                QuasiNewtonDefaults.criteria());
    }

    /**
     * One line per variant: solved count, and f + ∇f evaluations summed over the instances every
     * variant solves; with {@code relativeGoal}, "solved" is reaching ‖∇f‖∞ ≤ goal·max(1, ‖∇f₀‖∞)
     * and iterations are listed per problem.
     */
    private static void report(String title, List<Instance> instances, Map<String, Optimizer> variants,
            Double relativeGoal) {
        Map<String, OptimizationResult[]> results = new LinkedHashMap<>();
        Map<String, boolean[]> solved = new LinkedHashMap<>();
        for (var v : variants.entrySet()) {
            OptimizationResult[] r = new OptimizationResult[instances.size()];
            boolean[] ok = new boolean[instances.size()];
            for (int i = 0; i < instances.size(); i++) {
                Instance in = instances.get(i);
                double[] x0 = in.start();
                Optimizer o = v.getValue();
                double tolerance = Double.NaN;
                if (relativeGoal != null) {
                    double[] g = new double[x0.length];
                    in.problem().objective().valueAndGradient(x0, g);
                    double g0 = 0;
                    for (double q : g) {
                        g0 = Math.max(g0, Math.abs(q));
                    }
                    tolerance = relativeGoal * Math.max(1, g0);
                    ConvergenceCriteria c = o.criteria().withGradientTolerance(tolerance)
                            .withMaxIterations(10_000).withMaxEvaluations(20_000);
                    o = o.withCriteria(c);
                }
                r[i] = o.minimize(in.problem().objective(), x0);
                ok[i] = relativeGoal != null ? r[i].gradientNorm() <= tolerance : Solved.by(in.problem(), r[i]);
            }
            results.put(v.getKey(), r);
            solved.put(v.getKey(), ok);
        }
        boolean[] all = new boolean[instances.size()];
        java.util.Arrays.fill(all, true);
        for (boolean[] ok : solved.values()) {
            for (int i = 0; i < all.length; i++) {
                all[i] &= ok[i];
            }
        }
        int common = 0;
        for (boolean b : all) {
            common += b ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%n%s (%d instances; evaluations over the %d all variants solve)%n%n",
                title, instances.size(), common);
        System.out.println("| variant | solved | f + ∇f | iterations |");
        System.out.println("|---|---:|---:|---:|");
        for (var v : results.keySet()) {
            int count = 0;
            long evaluations = 0;
            long iterations = 0;
            for (int i = 0; i < all.length; i++) {
                count += solved.get(v)[i] ? 1 : 0;
                if (all[i]) {
                    OptimizationResult r = results.get(v)[i];
                    evaluations += r.valueEvaluations() + r.gradientEvaluations();
                    iterations += r.iterations();
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d |%n", v, count, evaluations, iterations);
        }
        if (relativeGoal != null) {
            System.out.print("\n| problem |");
            for (String v : results.keySet()) {
                System.out.print(" " + v + " |");
            }
            System.out.println();
            System.out.println("|---|" + "---:|".repeat(results.size()));
            for (int i = 0; i < instances.size(); i++) {
                System.out.print("| " + instances.get(i).problem().name() + " |");
                for (String v : results.keySet()) {
                    OptimizationResult r = results.get(v)[i];
                    System.out.printf(Locale.ROOT, " %d it, %d%s |", r.iterations(), r.valueEvaluations(),
                            solved.get(v)[i] ? "" : " (not reached)");
                }
                System.out.println();
            }
        }
        for (var v : results.keySet()) {
            List<String> lost = new ArrayList<>();
            List<String> gained = new ArrayList<>();
            boolean[] base = solved.values().iterator().next();
            for (int i = 0; i < all.length; i++) {
                String name = instances.get(i).problem().name() + " ×" + (int) instances.get(i).scale();
                if (base[i] && !solved.get(v)[i]) {
                    lost.add(name);
                } else if (!base[i] && solved.get(v)[i]) {
                    gained.add(name);
                }
            }
            if (!lost.isEmpty() || !gained.isEmpty()) {
                System.out.println("  " + v + ": lost " + lost + ", gained " + gained);
            }
        }
    }
}
