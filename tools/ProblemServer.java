import dev.curvature.api.Bounds;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ejml.data.DMatrixRMaj;

/**
 * Tools-only evaluator of Curvature's test problems for {@code tools/scipy_compare.py}; not part
 * of the product and not built by Maven. It is run as a Java single-file program against the
 * shaded command-line jar, which already holds {@code test-problems} and EJML:
 *
 * <pre>
 *   java -cp bench/target/curvature.jar tools/ProblemServer.java
 * </pre>
 *
 * <p>Line protocol: one request per line on standard input, one reply per line on standard
 * output; numbers are separated by single spaces and written with {@link Double#toString}, which
 * round-trips every double exactly (so Python's {@code float()} recovers the bits the Java side
 * computed). {@code NaN}, {@code Infinity} and {@code -Infinity} are spelled the Java way on
 * both sides.
 * <ul>
 *   <li>{@code list [mgh|cutest|extended|all|bounded]} → one line {@code name n fstar} per problem
 *       of the set (default {@code all}, which does not include the bound-constrained set;
 *       {@code fstar} is {@code NaN} when unknown), then {@code end};
 *   <li>{@code use NAME} → {@code ok n} and makes NAME the current problem;
 *   <li>{@code x0} → the current problem's literature start point (n numbers);
 *   <li>{@code bounds} → the current problem's box: l₁ … lₙ u₁ … uₙ (2n numbers, ±{@code Infinity}
 *       for a missing bound; all infinite for an unconstrained problem);
 *   <li>{@code f x1 … xn} → f(x);
 *   <li>{@code g x1 … xn} → ∇f(x) (n numbers);
 *   <li>{@code h x1 … xn} → ∇²f(x) row-major (n² numbers);
 *   <li>{@code hv x1 … xn v1 … vn} → ∇²f(x)·v (n numbers);
 *   <li>{@code quit} → exits.
 * </ul>
 * A malformed request or an exception thrown by the objective is answered by one line starting
 * with {@code error }. Anything the library might print is sent to standard error, so that
 * standard output carries the protocol only.
 */
public final class ProblemServer {
    private ProblemServer() {
    }

    /** Serves requests until {@code quit} or end of input. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
                StandardCharsets.US_ASCII);
        System.setOut(System.err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        TestProblem problem = null;
        TwiceDifferentiable objective = null;
        double[] x = new double[0];
        double[] v = new double[0];
        double[] work = new double[0];
        DMatrixRMaj hessian = new DMatrixRMaj(0, 0);
        StringBuilder reply = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            reply.setLength(0);
            String[] tok = line.trim().split(" ");
            String cmd = tok[0];
            try {
                switch (cmd) {
                    case "quit" -> {
                        out.flush();
                        return;
                    }
                    case "list" -> {
                        String set = tok.length > 1 ? tok[1] : "all";
                        var problems = switch (set) {
                            case "mgh" -> TestProblems.mgh();
                            case "cutest" -> TestProblems.cutest();
                            case "extended" -> TestProblems.extended();
                            case "bounded" -> TestProblems.bounded();
                            case "all" -> {
                                var every = new java.util.ArrayList<>(TestProblems.all());
                                every.addAll(TestProblems.extended());
                                yield every;
                            }
                            default -> throw new IllegalArgumentException("unknown set '" + set + "'");
                        };
                        for (TestProblem p : problems) {
                            reply.append(p.name()).append(' ').append(p.dimension()).append(' ')
                                    .append(p.knownMinimum().orElse(Double.NaN)).append('\n');
                        }
                        reply.append("end");
                    }
                    case "use" -> {
                        problem = TestProblems.byName(tok[1]);
                        objective = problem.objective();
                        int n = problem.dimension();
                        x = new double[n];
                        v = new double[n];
                        work = new double[n];
                        hessian = new DMatrixRMaj(n, n);
                        reply.append("ok ").append(n);
                    }
                    case "x0" -> append(reply, requireProblem(problem).start());
                    case "bounds" -> {
                        int n = requireProblem(problem).dimension();
                        Bounds box = problem.bounds().orElse(Bounds.unbounded(n));
                        append(reply, box.lower());
                        reply.append(' ');
                        append(reply, box.upper());
                    }
                    case "f" -> {
                        parse(tok, 1, x, x.length, problem);
                        reply.append(objective.value(x));
                    }
                    case "g" -> {
                        parse(tok, 1, x, x.length, problem);
                        objective.gradient(x, work);
                        append(reply, work);
                    }
                    case "h" -> {
                        parse(tok, 1, x, x.length, problem);
                        objective.hessian(x, hessian);
                        append(reply, hessian.data);
                    }
                    case "hv" -> {
                        parse(tok, 1, x, 2 * x.length, problem);
                        parse(tok, 1 + x.length, v, 2 * x.length, problem);
                        objective.hessianVector(x, v, work);
                        append(reply, work);
                    }
                    default -> throw new IllegalArgumentException("unknown request '" + cmd + "'");
                }
            } catch (RuntimeException e) {
                reply.setLength(0);
                reply.append("error ").append(e.getClass().getSimpleName()).append(": ")
                        .append(String.valueOf(e.getMessage()).replace('\n', ' '));
            }
            out.append(reply).append('\n');
            out.flush();
        }
        out.flush();
    }

    private static TestProblem requireProblem(TestProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("no problem selected (send 'use NAME' first)");
        }
        return problem;
    }

    /**
     * Reads {@code into.length} numbers from {@code tok} starting at {@code from}, after checking
     * that the request holds exactly {@code expected} numbers.
     */
    private static void parse(String[] tok, int from, double[] into, int expected, TestProblem problem) {
        requireProblem(problem);
        if (tok.length - 1 != expected) {
            throw new IllegalArgumentException("'" + tok[0] + "' expects " + expected + " numbers, got "
                    + (tok.length - 1));
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = Double.parseDouble(tok[from + i]);
        }
    }

    private static void append(StringBuilder sb, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(values[i]);
        }
    }
}
