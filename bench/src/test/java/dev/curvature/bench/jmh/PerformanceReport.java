package dev.curvature.bench.jmh;

import dev.curvature.api.IterationListener;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Measures the L-BFGS and dense Newton sections of docs/performance.md and prints their tables.
 * The claims are ratios of <em>thread CPU time</em> ({@link ThreadMXBean}) against a baseline
 * measured in this same JVM, interleaved with it: each library's time to the goal against
 * Curvature's (rounds in which every solver runs once, in rotating order; medians), and
 * Curvature's steady-state iteration against the memory-bandwidth floor of {@link FloorBenchmark}.
 * CPU time leaves out the time a thread waits for a core, so the ratios hold on a shared machine.
 * Beside them, JMH (its GC profiler; a forked JVM per benchmark) gives the allocation per
 * iteration and wall-clock medians of {@link LbfgsBenchmark}, {@link FloorBenchmark}, the other
 * libraries' {@code PeerBenchmark} when the {@code peers} profile compiled it, and
 * {@link DenseNewtonBenchmark}. Run by {@code tools/performance-doc.sh}, or alone through the
 * bench module's {@code jmh} profile:
 * <pre>    mvn -B -q verify -pl bench -am -DskipTests -Pjmh,peers [-Dbench.args="--sizes 10000 --out FILE"]</pre>
 * Options: {@code --sizes n,…} (L-BFGS dimensions, default 10000,100000,1000000),
 * {@code --dense n,…} (dense Newton dimensions, default 100,500,1000), {@code --out FILE}
 * (also write the tables there).
 */
public final class PerformanceReport {
    private static final String PEERS = "dev.curvature.bench.jmh.peers.Peers";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Untimed rounds before the measured ones (JIT compilation). */
    private static final int WARM_UP_ROUNDS = 2;
    /** Measured rounds of {@link #cpuToGoal} and samples of {@link #floorCpuMillis}. */
    private static final int ROUNDS = 7;
    /** Keeps the floor kernel's result alive (no dead-code elimination). */
    private static volatile double sink;

    private PerformanceReport() {
    }

    /** The medians of one benchmark's measurement iterations. */
    private record Measured(double millis, double bytes) {
    }

    public static void main(String[] args) throws RunnerException, IOException,
            ReflectiveOperationException {
        String[] sizes = {"10000", "100000", "1000000"};
        String[] dense = {"100", "500", "1000"};
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = args[++i].split(",");
                case "--dense" -> dense = args[++i].split(",");
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --sizes n,… --dense n,… --out FILE");
            }
        }
        List<Solver> solvers = new ArrayList<>();
        solvers.add(new CurvatureSolver());
        boolean peers = addPeers(solvers);

        // counts: one run of each solver (deterministic)
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, Window> windows = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String n : sizes) {
            TestProblem problem = problem(Integer.parseInt(n));
            for (Solver s : solvers) {
                outcomes.put(s.name() + "/" + n, s.solve(problem, LbfgsBenchmark.TOLERANCE));
            }
            cpuToGoal(problem, solvers).forEach((name, ms) -> cpu.put(name + "/" + n, ms));
            cpu.put("floor/" + n, floorCpuMillis(Integer.parseInt(n)));
            windows.put(n, steadyStateWindow(problem));
        }

        String include = "dev\\.curvature\\.bench\\.jmh\\.(LbfgsBenchmark|FloorBenchmark"
                + (peers ? "|peers\\.PeerBenchmark" : "") + ")\\.";
        Map<String, Measured> results = new LinkedHashMap<>();
        collect(run(new OptionsBuilder().include(include).param("n", sizes)), results);
        collect(run(new OptionsBuilder().include("DenseNewtonBenchmark").param("n", dense)), results);

        String report = tables(sizes, dense, solvers, outcomes, windows, cpu, results);
        System.out.println();
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report);
        }
    }

    private static TestProblem problem(int n) {
        return TestProblems.byName("extended-rosenbrock").withDimension(n);
    }

    /**
     * Adds the other libraries' solvers ({@code Peers.all()}) when the {@code peers} profile
     * compiled them; returns whether it did.
     */
    public static boolean addPeers(List<Solver> solvers) throws ReflectiveOperationException {
        Class<?> peers;
        try {
            peers = Class.forName(PEERS);
        } catch (ClassNotFoundException absent) {
            return false; // not compiled: the peers profile is off
        }
        List<?> all;
        try {
            all = (List<?>) peers.getMethod("all").invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof LinkageError) {
                return false; // left over from an earlier peers build, without the libraries now
            }
            throw e;
        }
        for (Object s : all) {
            solvers.add((Solver) s);
        }
        return true;
    }

    /**
     * Median thread CPU milliseconds of one whole run to ‖∇f‖∞ ≤ {@link LbfgsBenchmark#TOLERANCE}
     * per solver: {@value #WARM_UP_ROUNDS} untimed rounds, then {@value #ROUNDS} rounds in which
     * every solver runs once, the first solver of round r being solver r mod k, so that each
     * library and its baseline (Curvature's) are measured side by side under the same load.
     */
    private static Map<String, Double> cpuToGoal(TestProblem problem, List<Solver> solvers) {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            for (int j = 0; j < solvers.size(); j++) {
                Solver s = solvers.get((round + j) % solvers.size());
                long start = THREADS.getCurrentThreadCpuTime();
                s.solve(problem, LbfgsBenchmark.TOLERANCE);
                double ms = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
                if (round >= WARM_UP_ROUNDS) {
                    samples.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(ms);
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((name, ms) -> medians.put(name, median(ms)));
        return medians;
    }

    /**
     * Median thread CPU milliseconds of one call of {@link FloorBenchmark#iterationFloor} at
     * dimension n, in this JVM: samples of max(1, 2·10⁷/n) calls (a few hundred milliseconds),
     * {@value #WARM_UP_ROUNDS} untimed, {@value #ROUNDS} measured.
     */
    private static double floorCpuMillis(int n) {
        FloorBenchmark floor = new FloorBenchmark();
        floor.n = n;
        floor.setUp();
        int calls = Math.max(1, 20_000_000 / n);
        List<Double> ms = new ArrayList<>();
        for (int sample = 0; sample < WARM_UP_ROUNDS + ROUNDS; sample++) {
            double sum = 0;
            long start = THREADS.getCurrentThreadCpuTime();
            for (int c = 0; c < calls; c++) {
                sum += floor.iterationFloor();
            }
            long spent = THREADS.getCurrentThreadCpuTime() - start;
            sink = sum;
            if (sample >= WARM_UP_ROUNDS) {
                ms.add(spent / 1e6 / calls);
            }
        }
        return median(ms);
    }

    /** The iterations {@link LbfgsBenchmark#iteration} measures: evaluations and CPU time. */
    private record Window(double evaluationsPerIteration, double millisPerIteration) {
    }

    /**
     * Evaluations per iteration in the iterations that {@link LbfgsBenchmark#iteration} measures,
     * and their thread CPU time per iteration, read in the run's own thread by the listener
     * (median of three runs after one warm-up run).
     */
    private static Window steadyStateWindow(TestProblem problem) {
        int from = LbfgsBenchmark.FIRST + 2 * LbfgsBenchmark.BATCH; // after the warm-up batches
        int to = LbfgsBenchmark.FIRST + LbfgsBenchmark.MEASURED;
        Optimizer lbfgs = Optimizers.named("lbfgs");
        Optimizer endless = lbfgs.withCriteria(lbfgs.criteria().withGradientTolerance(0)
                .withMaxIterations(1_000_000).withMaxEvaluations(10_000_000));
        int[] evaluations = new int[2];
        long[] nanos = new long[2];
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            evaluations[1] = 0;
            IterationListener window = info -> {
                if (info.iteration() == from) {
                    nanos[0] = THREADS.getCurrentThreadCpuTime();
                    evaluations[0] = info.valueEvaluations();
                }
                if (info.iteration() == to) {
                    nanos[1] = THREADS.getCurrentThreadCpuTime();
                    evaluations[1] = info.valueEvaluations();
                    return false;
                }
                return true;
            };
            endless.minimize(problem.objective(), LbfgsBenchmark.perturbedStart(problem), window);
            if (evaluations[1] == 0) {
                throw new IllegalStateException("the steady-state run ended before iteration " + to);
            }
            if (run > 0) {
                millis.add((nanos[1] - nanos[0]) / 1e6 / (to - from));
            }
        }
        return new Window((evaluations[1] - evaluations[0]) / (double) (to - from), median(millis));
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.addProfiler(GCProfiler.class).shouldFailOnError(true).build()).run();
    }

    /** Key: the benchmark method's simple name with its parameters, e.g. {@code solve/smile/10000}. */
    private static void collect(Collection<RunResult> runs, Map<String, Measured> into) {
        for (RunResult r : runs) {
            BenchmarkParams p = r.getParams();
            String method = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.') + 1);
            String klass = p.getBenchmark().substring(0, p.getBenchmark().lastIndexOf('.'));
            String owner = klass.substring(klass.lastIndexOf('.') + 1);
            String peer = p.getParam("peer");
            String key = owner + "." + method + "/" + (peer == null ? "" : peer + "/")
                    + p.getParam("n");
            List<Double> millis = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult it : b.getIterationResults()) {
                    millis.add(it.getPrimaryResult().getScore());
                    for (Map.Entry<String, Result> e : it.getSecondaryResults().entrySet()) {
                        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                            bytes.add(e.getValue().getScore());
                        }
                    }
                }
            }
            into.put(key, new Measured(median(millis), bytes.isEmpty() ? Double.NaN : median(bytes)));
        }
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int h = v.length / 2;
        return v.length % 2 == 1 ? v[h] : 0.5 * (v[h - 1] + v[h]);
    }

    private static String tables(String[] sizes, String[] dense, List<Solver> solvers,
            Map<String, Outcome> outcomes, Map<String, Window> windows, Map<String, Double> cpu,
            Map<String, Measured> results) {
        StringBuilder t = new StringBuilder();
        t.append("#### L-BFGS to ‖∇f‖∞ ≤ 10⁻⁶ against the other Java libraries\n\n");
        t.append("Extended Rosenbrock from its standard start; m = 10 (MALLET: 4). **CPU ÷ Curvature**: "
                + "median thread CPU time of a whole run over " + ROUNDS + " interleaved rounds (after "
                + WARM_UP_ROUNDS + " untimed), divided by Curvature's in the same JVM. Wall ÷ Curvature: "
                + "JMH single-shot medians, each library in its own forked JVM. Bytes: JMH's "
                + "`gc.alloc.rate.norm` of a whole run divided by its iterations (set-up included).\n\n");
        t.append("| n | library | iterations | f / ∇f evaluations | final ‖∇f‖∞ | stop |"
                + " **CPU time to goal ÷ Curvature** | CPU per iteration ÷ Curvature |"
                + " CPU ms per iteration | wall time to goal ÷ Curvature (JMH) |"
                + " bytes allocated per run ÷ iterations |\n");
        t.append("|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (String n : sizes) {
            Measured ours = results.get("LbfgsBenchmark.solve/" + n);
            double ourCpu = cpu.get("curvature/" + n);
            double ourCpuPerIteration = ourCpu / outcomes.get("curvature/" + n).iterations();
            for (Solver s : solvers) {
                Outcome o = outcomes.get(s.name() + "/" + n);
                Measured m = s instanceof CurvatureSolver ? ours
                        : results.get("PeerBenchmark.solve/" + s.name() + "/" + n);
                double cpuPerIteration = cpu.get(s.name() + "/" + n) / o.iterations();
                t.append(String.format(Locale.ROOT,
                        "| %s | %s | %d | %d / %d | %.1e | %s | %s | %.2f | %.3f | %s | %s |%n",
                        power(n), s.name(), o.iterations(), o.valueEvaluations(),
                        o.gradientEvaluations(), o.gradientNorm(), o.stop(),
                        o.reached() ? String.format(Locale.ROOT, "**%.2f**",
                                cpu.get(s.name() + "/" + n) / ourCpu) : "not reached",
                        cpuPerIteration / ourCpuPerIteration, cpuPerIteration,
                        o.reached() ? String.format(Locale.ROOT, "%.2f", m.millis() / ours.millis())
                                : "–",
                        bytes(m.bytes() / o.iterations())));
            }
        }
        t.append("\n#### Steady-state L-BFGS iteration against the memory-bandwidth floor\n\n");
        t.append("Curvature's `lbfgs` iterations " + (LbfgsBenchmark.FIRST + 2 * LbfgsBenchmark.BATCH)
                + "–" + (LbfgsBenchmark.FIRST + LbfgsBenchmark.MEASURED) + " from the perturbed start"
                + " against `FloorBenchmark` (69 reads + 24 writes of n-vectors, the gradient included)."
                + " **CPU ÷ floor**: thread CPU time per iteration, read by the listener in the run's"
                + " own thread (median of 3 runs), divided by the floor kernel's thread CPU time per"
                + " call in the same JVM (median of " + ROUNDS + " samples). Wall ÷ floor: JMH's"
                + " `LbfgsBenchmark.iteration` (one iteration handed over between threads) and"
                + " `FloorBenchmark`, each in its own forked JVM. Bytes: `gc.alloc.rate.norm` of"
                + " `iteration` minus that of `idle` (JMH's own), per iteration.\n\n");
        t.append("| n | floor kernel CPU ms | iteration CPU ms | **iteration ÷ floor (CPU)** |"
                + " iteration ÷ floor (JMH wall) | evaluations per iteration |"
                + " bytes allocated per iteration |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String n : sizes) {
            Measured floor = results.get("FloorBenchmark.iterationFloor/" + n);
            Measured iteration = results.get("LbfgsBenchmark.iteration/" + n);
            Measured idle = results.get("LbfgsBenchmark.idle/" + n);
            double wallMs = iteration.millis() / LbfgsBenchmark.BATCH; // a single-shot op is a batch
            double b = (iteration.bytes() - idle.bytes()) / LbfgsBenchmark.BATCH;
            Window w = windows.get(n);
            double floorCpu = cpu.get("floor/" + n);
            t.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.2f** | %.2f | %.2f | %s |%n",
                    power(n), floorCpu, w.millisPerIteration(), w.millisPerIteration() / floorCpu,
                    wallMs / floor.millis(), w.evaluationsPerIteration(), bytes(b)));
        }
        t.append("\n#### Dense Newton step\n\n");
        t.append("One step of `damped-newton`'s curvature model (Hessian evaluation, Cholesky through"
                + " `DenseLinearAlgebra` — EJML here: the bench tests do not have native-lapack —"
                + " and the two triangular solves) on MGH 25 (variably dimensioned), whose Hessian is"
                + " dense; JMH means over one-second iterations in a forked JVM. The Hessian's share is"
                + " the ratio of the two benchmarks.\n\n");
        t.append("| n | Newton step (ms) | Hessian evaluation (ms) | **Hessian ÷ step** |"
                + " bytes allocated per step |\n");
        t.append("|---|---:|---:|---:|---:|\n");
        for (String n : dense) {
            Measured step = results.get("DenseNewtonBenchmark.newtonStep/" + n);
            Measured hessian = results.get("DenseNewtonBenchmark.hessian/" + n);
            t.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %s |%n", n,
                    step.millis(), hessian.millis(), hessian.millis() / step.millis(),
                    bytes(step.bytes())));
        }
        return t.toString();
    }

    private static String power(String n) {
        return switch (n) {
            case "10000" -> "10⁴";
            case "100000" -> "10⁵";
            case "1000000" -> "10⁶";
            default -> n;
        };
    }

    private static String bytes(double b) {
        return Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.0f", b);
    }
}
