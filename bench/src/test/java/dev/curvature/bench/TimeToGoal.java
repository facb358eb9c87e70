package dev.curvature.bench;

import dev.curvature.bench.jmh.CurvatureSolver;
import dev.curvature.bench.jmh.Outcome;
import dev.curvature.bench.jmh.PerformanceReport;
import dev.curvature.bench.jmh.Solver;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The time-to-goal suite of docs/time-to-goal.md: CUTEst-style scalable problems at large n, each
 * solver run from the problem's standard start until ‖∇f‖∞ ≤ 10⁻⁶·max(1, ‖∇f(x₀)‖∞), timed in
 * thread CPU time ({@link ThreadMXBean}), in rounds whose solver order is shuffled (the machine is
 * shared). Solvers: Curvature's {@code lbfgs} (the reference of every ratio) and
 * {@code newton-cg}; the other Java libraries' L-BFGS when the bench module's {@code peers}
 * profile compiled them (Smile, MALLET, CoreNLP, lbfgs4j); liblbfgs in C and SciPy's L-BFGS-B as
 * external processes (tools/time-to-goal), which time their own solve in their own thread's CPU
 * time and print it. Every JVM solver first runs each problem 3 times at min(n/10, 10⁴) (JIT
 * warm-up). Problems are built one at a time, so at most one problem's vectors are alive.
 *
 * <p>Output (directory {@code --out}): {@code results.csv} (one line per run),
 * {@code profile-nN.png} (Dolan–Moré time profile per size, Dolan &amp; Moré 2002) and
 * {@code time-to-goal.md}, the report with the geometric mean of each solver's time ÷ Curvature
 * {@code lbfgs}'s over the problems both solved; {@code --doc FILE} writes the report there too,
 * with its plots beside it. Run by {@code tools/time-to-goal/run.sh} (docs/time-to-goal.md).
 *
 * <p>Options: {@code --sizes n,…} (default 100000,1000000), {@code --rounds k} or {@code k,…} per size (5),
 * {@code --problems a,b,…} (the 14 of {@link #PROBLEMS}), {@code --liblbfgs EXE} and
 * {@code --scipy SCRIPT} (the external peers; left out when not given), {@code --out DIR},
 * {@code --doc FILE}, {@code --command TEXT} (the command line quoted in the report).
 */
public final class TimeToGoal {
    /** The suite: scalable problems of {@link TestProblems#cutest()} with C and NumPy twins. */
    static final List<String> PROBLEMS = List.of("bdqrtic", "cragglvy", "dixmaana", "dixmaanb",
            "dixmaanc", "dixmaand", "dqdrtic", "edensch", "engval1", "liarwhd", "nondquar",
            "powellsg", "srosenbr", "woods");
    /** The goal: ‖∇f‖∞ ≤ RELATIVE·max(1, ‖∇f(x₀)‖∞). */
    static final double RELATIVE = 1e-6;
    /** Tolerance of the external peers' f(x₀) and ‖∇f(x₀)‖∞ against Java's (relative). */
    private static final double TWIN_TOLERANCE = 1e-10;
    private static final String REFERENCE = "curvature-lbfgs";
    /** Untimed runs of each JVM solver at min(n/10, WARM_UP_N) before a problem's rounds. */
    private static final int WARM_UP_RUNS = 3;
    private static final int WARM_UP_N = 10_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private TimeToGoal() {
    }

    /**
     * One timed run: thread CPU time, the process's CPU time (JVM solvers only, else NaN), and the
     * CPU time of one evaluation of f and ∇f at x₀ in the solver's language (median of 5).
     */
    record Run(Outcome outcome, double threadMillis, double processMillis, double evaluationMillis) {
    }

    /** A solver of the suite. */
    interface Contender {
        String name();

        /** One run; {@code f0}, {@code g0} are Java's f(x₀), ‖∇f(x₀)‖∞ (to check twins). */
        Run run(TestProblem problem, double tolerance, double f0, double g0);

        /** Whether it runs in this JVM (and so needs warming up). */
        boolean inJvm();
    }

    /** A JVM solver, timed around {@link Solver#solve} on this thread, after a GC. */
    record InJvm(Solver solver) implements Contender {
        @Override
        public String name() {
            return solver.name();
        }

        @Override
        public Run run(TestProblem problem, double tolerance, double f0, double g0) {
            System.gc();
            long process = OS.getProcessCpuTime();
            long thread = THREADS.getCurrentThreadCpuTime();
            Outcome o = solver.solve(problem, tolerance);
            double threadMillis = (THREADS.getCurrentThreadCpuTime() - thread) / 1e6;
            double processMillis = (OS.getProcessCpuTime() - process) / 1e6;
            double[] x0 = problem.start();
            double[] g = new double[x0.length];
            double[] evaluation = new double[5];
            for (int i = 0; i < evaluation.length; i++) {
                long t = THREADS.getCurrentThreadCpuTime();
                problem.objective().valueAndGradient(x0, g);
                evaluation[i] = (THREADS.getCurrentThreadCpuTime() - t) / 1e6;
            }
            Arrays.sort(evaluation);
            return new Run(o, threadMillis, processMillis, evaluation[2]);
        }

        @Override
        public boolean inJvm() {
            return true;
        }
    }

    /**
     * An external peer: {@code command PROBLEM N TOLERANCE} prints one line
     * {@code f0 g0 iterations f-evals ∇f-evals ‖∇f‖∞ reached cpu-seconds evaluation-seconds
     * status…}.
     */
    record External(String name, List<String> command) implements Contender {
        @Override
        public Run run(TestProblem problem, double tolerance, double f0, double g0) {
            List<String> cmd = new ArrayList<>(command);
            cmd.addAll(List.of(problem.name(), Integer.toString(problem.dimension()),
                    Double.toString(tolerance)));
            String line;
            try {
                Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    line = r.readLine();
                }
                if (p.waitFor() != 0 || line == null) {
                    throw new IllegalStateException(name + " failed on " + problem.name() + ": " + cmd);
                }
            } catch (IOException e) {
                throw new IllegalStateException(name + ": cannot run " + cmd + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + " interrupted", e);
            }
            String[] t = line.trim().split("\\s+", 10);
            checkTwin(name + " " + problem.name() + " f(x0)", Double.parseDouble(t[0]), f0);
            checkTwin(name + " " + problem.name() + " ‖∇f(x0)‖∞", Double.parseDouble(t[1]), g0);
            Outcome o = new Outcome(Integer.parseInt(t[2]), Integer.parseInt(t[3]),
                    Integer.parseInt(t[4]), Double.parseDouble(t[5]), Boolean.parseBoolean(t[6]),
                    t.length > 9 ? t[9] : "");
            return new Run(o, Double.parseDouble(t[7]) * 1e3, Double.NaN, Double.parseDouble(t[8]) * 1e3);
        }

        @Override
        public boolean inJvm() {
            return false;
        }
    }

    static void checkTwin(String what, double theirs, double ours) {
        if (!(Math.abs(theirs - ours) <= TWIN_TOLERANCE * Math.max(1, Math.abs(ours)))) {
            throw new IllegalStateException(what + ": the external twin gives " + theirs
                    + ", Java " + ours + ": the problem's C/NumPy version differs");
        }
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        int[] sizes = {100_000, 1_000_000};
        int[] rounds = {5};
        List<String> problems = PROBLEMS;
        Path out = Path.of("target", "time-to-goal");
        Path doc = null;
        String command = "tools/time-to-goal/run.sh";
        List<Contender> contenders = new ArrayList<>();
        List<Solver> jvm = new ArrayList<>(List.of(new CurvatureSolver("lbfgs", REFERENCE),
                new CurvatureSolver("newton-cg", "curvature-newton-cg")));
        PerformanceReport.addPeers(jvm);
        for (Solver s : jvm) {
            contenders.add(new InJvm(s));
        }
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--problems" -> problems = List.of(args[++i].split(","));
                case "--out" -> out = Path.of(args[++i]);
                case "--doc" -> doc = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                case "--liblbfgs" -> contenders.add(new External("liblbfgs", List.of(args[++i])));
                case "--scipy" -> contenders.add(new External("scipy-lbfgsb", List.of("python3", args[++i])));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --sizes"
                        + " n,… --rounds k --problems a,… --liblbfgs EXE --scipy SCRIPT --out DIR --doc FILE --command TEXT");
            }
        }
        if (Arrays.stream(rounds).anyMatch(k -> k < 1) || rounds.length != 1 && rounds.length != sizes.length) {
            throw new IllegalArgumentException("--rounds: one count ≥ 1, or one per size; was "
                    + Arrays.toString(rounds));
        }
        int[] roundsPerSize = new int[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            roundsPerSize[k] = rounds.length == 1 ? rounds[0] : rounds[k];
        }
        Files.createDirectories(out);
        Results results = new Results(contenders);
        try (var csv = Files.newBufferedWriter(out.resolve("results.csv"))) {
            csv.write("n,problem,solver,round,position,iterations,f_evaluations,g_evaluations,"
                    + "gradient_norm,tolerance,reached,thread_cpu_ms,process_cpu_ms,stop\n");
            for (int k = 0; k < sizes.length; k++) {
                int n = sizes[k];
                for (String name : problems) {
                    TestProblem base = TestProblems.byName(name);
                    TestProblem problem = base.withDimension(base.dimensions().nearest(n));
                    warmUp(contenders, base.withDimension(base.dimensions().nearest(Math.min(n / 10, WARM_UP_N))));
                    double[] x0 = problem.start();
                    double[] g = new double[x0.length];
                    double f0 = problem.objective().valueAndGradient(x0, g);
                    double g0 = Arrays.stream(g).map(Math::abs).max().orElse(0);
                    double tolerance = RELATIVE * Math.max(1, g0);
                    for (int round = 0; round < roundsPerSize[k]; round++) {
                        List<Contender> order = new ArrayList<>(contenders);
                        Collections.shuffle(order, new Random(31L * n + 7L * round + name.hashCode()));
                        for (int position = 0; position < order.size(); position++) {
                            Contender c = order.get(position);
                            Run r = c.run(problem, tolerance, f0, g0);
                            results.add(n, name, c.name(), r);
                            Outcome o = r.outcome();
                            csv.write(String.format(Locale.ROOT, "%d,%s,%s,%d,%d,%d,%d,%d,%.3e,%.3e,%b,%.3f,%.3f,\"%s\"%n",
                                    problem.dimension(), name, c.name(), round, position, o.iterations(),
                                    o.valueEvaluations(), o.gradientEvaluations(), o.gradientNorm(), tolerance,
                                    o.reached(), r.threadMillis(), r.processMillis(), o.stop().replace('"', '\'')));
                            csv.flush();
                            System.err.printf(Locale.ROOT, "n=%d %-9s round %d %-20s %5d it %9.1f ms%s%n", n, name,
                                    round, c.name(), o.iterations(), r.threadMillis(), o.reached() ? "" : "  NOT REACHED " + o.stop());
                        }
                    }
                }
                // the report so far, rewritten after each size (a long run stopped early keeps it)
                String report = results.report(Arrays.copyOf(sizes, k + 1), problems, roundsPerSize,
                        command, out, doc);
                Files.writeString(out.resolve("time-to-goal.md"), report);
                if (doc != null) {
                    Files.writeString(doc, report);
                }
                if (k == sizes.length - 1) {
                    System.out.println(report);
                }
            }
        }
    }

    private static void warmUp(List<Contender> contenders, TestProblem small) {
        double[] g = new double[small.dimension()];
        small.objective().valueAndGradient(small.start(), g);
        double tolerance = RELATIVE * Math.max(1, Arrays.stream(g).map(Math::abs).max().orElse(0));
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            for (Contender c : contenders) {
                if (c.inJvm()) {
                    c.run(small, tolerance, Double.NaN, Double.NaN);
                }
            }
        }
    }

    /** The runs, by size, problem and solver, and the report drawn from them. */
    static final class Results {
        private final List<String> solvers = new ArrayList<>();
        private final List<String> external = new ArrayList<>();
        private final Map<String, List<Run>> runs = new LinkedHashMap<>();

        Results(List<Contender> contenders) {
            for (Contender c : contenders) {
                solvers.add(c.name());
                if (!c.inJvm()) {
                    external.add(c.name());
                }
            }
        }

        void add(int n, String problem, String solver, Run run) {
            runs.computeIfAbsent(n + "/" + problem + "/" + solver, k -> new ArrayList<>()).add(run);
        }

        /** The median thread CPU time in ms, or +∞ when a run missed the goal. */
        double time(int n, String problem, String solver) {
            return median(n, problem, solver, true);
        }

        private double median(int n, String problem, String solver, boolean thread) {
            List<Run> list = runs.get(n + "/" + problem + "/" + solver);
            if (list.stream().anyMatch(r -> !r.outcome().reached())) {
                return Double.POSITIVE_INFINITY;
            }
            return median(list.stream().mapToDouble(r -> thread ? r.threadMillis() : r.processMillis()));
        }

        /** The median CPU time of one evaluation of f and ∇f at x₀ in the solver's language. */
        double evaluation(int n, String problem, String solver) {
            return median(runs.get(n + "/" + problem + "/" + solver).stream()
                    .mapToDouble(Run::evaluationMillis));
        }

        private static double median(java.util.stream.DoubleStream values) {
            double[] v = values.sorted().toArray();
            int h = v.length / 2;
            return v.length % 2 == 1 ? v[h] : 0.5 * (v[h - 1] + v[h]);
        }

        Outcome outcome(int n, String problem, String solver) {
            return runs.get(n + "/" + problem + "/" + solver).get(0).outcome();
        }

        /**
         * The geometric mean of solver ÷ reference over the problems both reached, and how many
         * those were; {@code thread} false uses process CPU time.
         */
        double[] geometricMeanRatio(int n, List<String> problems, String solver, boolean thread) {
            double logSum = 0;
            int count = 0;
            for (String p : problems) {
                double ours = median(n, p, REFERENCE, thread);
                double theirs = median(n, p, solver, thread);
                if (Double.isFinite(ours) && Double.isFinite(theirs) && ours > 0 && theirs > 0) {
                    logSum += Math.log(theirs / ours);
                    count++;
                }
            }
            return new double[] {count == 0 ? Double.NaN : Math.exp(logSum / count), count};
        }

        String report(int[] sizes, List<String> problems, int[] rounds, String command, Path out,
                Path doc) {
            StringBuilder t = new StringBuilder();
            t.append("# Time to goal at large n\n\n");
            t.append("Generated by `").append(command).append("` (").append(LocalDate.now())
                    .append("; ").append(System.getProperty("java.vm.name")).append(' ')
                    .append(System.getProperty("java.version")).append(", ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores, shared)."
                            + " Do not edit by hand: rerun the command.\n\n");
            StringBuilder roundsInWords = new StringBuilder();
            for (int k = 0; k < sizes.length; k++) {
                roundsInWords.append(k == 0 ? "" : ", ").append(rounds[k]).append(" at n ≈ ").append(power(sizes[k]));
            }
            t.append(String.format(Locale.ROOT, "%d CUTEst-style problems of `TestProblems.cutest()`"
                    + " from their standard start, each solver until ‖∇f‖∞ ≤ 10⁻⁶·max(1, ‖∇f(x₀)‖∞);"
                    + " rounds: %s, the solvers in a shuffled order in each round; the time of a"
                    + " solver on a problem is the median over the rounds of its thread's CPU time"
                    + " (JVM solvers: `ThreadMXBean` around the solve, after 3 warm-up runs per"
                    + " problem at min(n/10, 10⁴) and a GC; liblbfgs and SciPy: their own thread's CPU time"
                    + " inside the solve, printed by tools/time-to-goal). Every L-BFGS uses m = 10"
                    + " (MALLET: its fixed m = 4). How each peer is configured:"
                    + " bench/src/test/java/dev/curvature/bench/jmh/peers and tools/time-to-goal.\n\n",
                    problems.size(), roundsInWords));
            t.append("## Geometric mean of time to goal ÷ Curvature `lbfgs`\n\n");
            t.append("Over the problems that both the solver and Curvature's `lbfgs` solved (a ratio"
                    + " above 1: the solver is slower than Curvature). Process CPU time (all of"
                    + " the JVM's threads, so garbage collection and JIT included) is given for the"
                    + " JVM solvers as a cross-check.\n\n");
            t.append("| solver |");
            for (int n : sizes) {
                t.append(" n = ").append(power(n)).append(": thread CPU | process CPU | solved (of ")
                        .append(problems.size()).append(") |");
            }
            t.append("\n|---|");
            t.append("---:|---:|---:|".repeat(sizes.length));
            t.append('\n');
            for (String s : solvers) {
                t.append("| ").append(s).append(" |");
                for (int n : sizes) {
                    double[] thread = geometricMeanRatio(n, problems, s, true);
                    double[] process = geometricMeanRatio(n, problems, s, false);
                    long solved = problems.stream().filter(p -> Double.isFinite(time(n, p, s))).count();
                    t.append(String.format(Locale.ROOT, " %s (%d) | %s | %d |", ratio(thread[0]),
                            (int) thread[1], ratio(process[0]), solved));
                }
                t.append('\n');
            }
            t.append("\n(In parentheses: the number of problems the ratio is over.)\n\n");
            t.append("The JVM solvers all call the same Java objective; liblbfgs and SciPy call C and"
                    + " NumPy versions of it (tools/time-to-goal), whose cost differs. Geometric mean"
                    + " over the problems of the CPU time of one evaluation of f and ∇f at x₀ ÷ the"
                    + " Java objective's:\n\n| objective |");
            for (int n : sizes) {
                t.append(" n = ").append(power(n)).append(" |");
            }
            t.append("\n|---|").append("---:|".repeat(sizes.length)).append('\n');
            for (String s : external) {
                t.append("| ").append(s).append("'s |");
                for (int n : sizes) {
                    double logSum = 0;
                    for (String p : problems) {
                        logSum += Math.log(evaluation(n, p, s) / evaluation(n, p, REFERENCE));
                    }
                    t.append(' ').append(ratio(Math.exp(logSum / problems.size()))).append(" |");
                }
                t.append('\n');
            }
            t.append('\n');
            for (int n : sizes) {
                String png = "profile-n" + n + ".png";
                double[][] costs = new double[problems.size()][solvers.size()];
                for (int p = 0; p < problems.size(); p++) {
                    for (int s = 0; s < solvers.size(); s++) {
                        costs[p][s] = time(n, problems.get(p), solvers.get(s));
                    }
                }
                PerformanceProfile profile = PerformanceProfile.of(solvers, costs);
                var chart = Charts.performanceProfile(profile, "thread CPU time to ‖∇f‖∞ ≤ 1e-6·max(1, ‖∇f₀‖∞)",
                        problems.size() + " CUTEst-style problems, n ≈ " + power(n));
                Charts.write(chart, out.resolve(png));
                String link = png;
                if (doc != null) {
                    Path dir = doc.toAbsolutePath().getParent().resolve("time-to-goal");
                    try {
                        Files.createDirectories(dir);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    Charts.write(chart, dir.resolve(png));
                    link = "time-to-goal/" + png;
                }
                t.append("## n ≈ ").append(power(n)).append("\n\n");
                t.append("![time performance profile, n ≈ ").append(power(n)).append("](").append(link)
                        .append(")\n\n");
                t.append("Median thread CPU time in ms, with iterations and f/∇f evaluations;"
                        + " \"–\" where the goal was not reached (the stop in words below).\n\n| problem | n |");
                for (String s : solvers) {
                    t.append(' ').append(s).append(" |");
                }
                t.append("\n|---|---:|").append("---:|".repeat(solvers.size())).append('\n');
                StringBuilder misses = new StringBuilder();
                for (String p : problems) {
                    t.append("| ").append(p).append(" | ").append(dimension(p, n)).append(" |");
                    for (String s : solvers) {
                        Outcome o = outcome(n, p, s);
                        double ms = time(n, p, s);
                        t.append(Double.isFinite(ms)
                                ? String.format(Locale.ROOT, " %.0f (%d it, %d/%d) |", ms, o.iterations(),
                                        o.valueEvaluations(), o.gradientEvaluations())
                                : " – |");
                        if (!Double.isFinite(ms)) {
                            misses.append(String.format(Locale.ROOT, "- %s on %s: %s after %d iterations,"
                                    + " ‖∇f‖∞ = %.2e%n", s, p, o.stop(), o.iterations(), o.gradientNorm()));
                        }
                    }
                    t.append('\n');
                }
                if (misses.length() > 0) {
                    t.append("\nGoal not reached:\n\n").append(misses);
                }
                t.append('\n');
            }
            return t.toString();
        }
    }

    private static int dimension(String problem, int n) {
        return TestProblems.byName(problem).dimensions().nearest(n);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String power(int n) {
        return switch (n) {
            case 10_000 -> "10⁴";
            case 100_000 -> "10⁵";
            case 1_000_000 -> "10⁶";
            default -> Integer.toString(n);
        };
    }
}
