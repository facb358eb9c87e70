package dev.curvature.bench.jmh;

import dev.curvature.api.IterationListener;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.IOException;
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
 * Runs the benchmarks of docs/performance.md in one go — {@link LbfgsBenchmark},
 * {@link FloorBenchmark}, the other libraries' {@code PeerBenchmark} when the {@code peers}
 * profile compiled it, and {@link DenseNewtonBenchmark} — with JMH's GC profiler, and prints the
 * tables of docs/performance.md (times as medians over JMH's measurement iterations, allocation
 * from {@code gc.alloc.rate.norm}), with the iteration and evaluation counts from one run of each
 * solver. Run through the bench module's {@code jmh} profile:
 * <pre>    mvn -B -q verify -pl bench -am -DskipTests -Pjmh,peers [-Dbench.args="--sizes 10000 --out FILE"]</pre>
 * Options: {@code --sizes n,…} (L-BFGS dimensions, default 10000,100000,1000000),
 * {@code --dense n,…} (dense Newton dimensions, default 100,500,1000), {@code --out FILE}
 * (also write the tables there).
 */
public final class PerformanceReport {
    private static final String PEERS = "dev.curvature.bench.jmh.peers.Peers";

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
        for (String n : sizes) {
            TestProblem problem = problem(Integer.parseInt(n));
            for (Solver s : solvers) {
                outcomes.put(s.name() + "/" + n, s.solve(problem, LbfgsBenchmark.TOLERANCE));
            }
            windows.put(n, steadyStateWindow(problem));
        }

        String include = "dev\\.curvature\\.bench\\.jmh\\.(LbfgsBenchmark|FloorBenchmark"
                + (peers ? "|peers\\.PeerBenchmark" : "") + ")\\.";
        Map<String, Measured> results = new LinkedHashMap<>();
        collect(run(new OptionsBuilder().include(include).param("n", sizes)), results);
        collect(run(new OptionsBuilder().include("DenseNewtonBenchmark").param("n", dense)), results);

        String report = tables(sizes, dense, solvers, outcomes, windows, results);
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

    /** The iterations {@link LbfgsBenchmark#iteration} measures: evaluations and in-thread time. */
    private record Window(double evaluationsPerIteration, double millisPerIteration) {
    }

    /**
     * Evaluations per iteration in the iterations that {@link LbfgsBenchmark#iteration} measures,
     * and, as a cross-check without the hand-over between threads, their time per iteration
     * measured in the run's own thread by the listener (System.nanoTime; median of three runs
     * after one warm-up run).
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
                    nanos[0] = System.nanoTime();
                    evaluations[0] = info.valueEvaluations();
                }
                if (info.iteration() == to) {
                    nanos[1] = System.nanoTime();
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
            Map<String, Outcome> outcomes, Map<String, Window> windows,
            Map<String, Measured> results) {
        StringBuilder t = new StringBuilder();
        t.append("L-BFGS (m = 10; MALLET m = 4) on extended Rosenbrock from the standard start"
                + " to ‖∇f‖∞ ≤ 1e-6 (medians of ")
                .append("JMH single-shot runs; ratios to Curvature's run in the same session)\n\n");
        t.append("| n | library | iterations | f / ∇f evaluations | final ‖∇f‖∞ | stop |"
                + " time to goal ÷ Curvature | ms per iteration | per iteration ÷ Curvature |"
                + " bytes allocated per run ÷ iterations (set-up included) |\n");
        t.append("|---|---|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (String n : sizes) {
            Measured ours = results.get("LbfgsBenchmark.solve/" + n);
            Outcome ourOutcome = outcomes.get("curvature/" + n);
            double ourPerIteration = ours.millis() / ourOutcome.iterations();
            for (Solver s : solvers) {
                Outcome o = outcomes.get(s.name() + "/" + n);
                Measured m = s instanceof CurvatureSolver ? ours
                        : results.get("PeerBenchmark.solve/" + s.name() + "/" + n);
                double perIteration = m.millis() / o.iterations();
                t.append(String.format(Locale.ROOT,
                        "| %s | %s | %d | %d / %d | %.1e | %s | %s | %.3f | %.2f | %s |%n",
                        power(n), s.name(), o.iterations(), o.valueEvaluations(),
                        o.gradientEvaluations(), o.gradientNorm(), o.stop(),
                        o.reached() ? String.format(Locale.ROOT, "%.2f", m.millis() / ours.millis())
                                : "not reached",
                        perIteration, perIteration / ourPerIteration,
                        bytes(m.bytes() / o.iterations())));
            }
        }
        t.append("\nCurvature's steady-state iteration against the memory-bandwidth floor"
                + " (FloorBenchmark: 69 reads + 24 writes of n-vectors, the gradient included)\n\n");
        t.append("| n | floor kernel (ms) | steady-state iteration (ms) | iteration ÷ floor |"
                + " in-thread cross-check ÷ floor | evaluations per iteration | bytes allocated per"
                + " iteration (gc.alloc.rate.norm − JMH's own) |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String n : sizes) {
            Measured floor = results.get("FloorBenchmark.iterationFloor/" + n);
            Measured iteration = results.get("LbfgsBenchmark.iteration/" + n);
            Measured idle = results.get("LbfgsBenchmark.idle/" + n);
            double ms = iteration.millis() / LbfgsBenchmark.BATCH; // a single-shot op is a batch
            double b = (iteration.bytes() - idle.bytes()) / LbfgsBenchmark.BATCH;
            Window w = windows.get(n);
            t.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.2f | %.2f | %s |%n",
                    power(n), floor.millis(), ms, ms / floor.millis(),
                    w.millisPerIteration() / floor.millis(), w.evaluationsPerIteration(),
                    bytes(b)));
        }
        t.append("\nDense Newton step (damped-newton's model: Hessian, EJML Cholesky, solve) on"
                + " variably-dimensioned\n\n");
        t.append("| n | Newton step (ms) | of which Hessian evaluation (ms) | factorization and"
                + " solve (ms) | bytes allocated per step |\n");
        t.append("|---|---:|---:|---:|---:|\n");
        for (String n : dense) {
            Measured step = results.get("DenseNewtonBenchmark.newtonStep/" + n);
            Measured hessian = results.get("DenseNewtonBenchmark.hessian/" + n);
            t.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %s |%n", n,
                    step.millis(), hessian.millis(), step.millis() - hessian.millis(),
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
