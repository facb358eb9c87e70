package dev.curvature.bench;

import dev.curvature.api.Optimizer;
import dev.curvature.api.TerminationReason;
import dev.curvature.problems.Solved;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The text table, the per-method summary and the CSV of a comparison. */
final class Tables {
    private Tables() {
    }

    /**
     * One line per run. When any problem is bound-constrained two columns follow ‖g‖∞: the
     * projected gradient ‖P(x − ∇f) − x‖∞ and the number of active bounds at the returned point.
     */
    static void printRuns(List<Row> rows, PrintWriter out) {
        boolean bounded = rows.stream().anyMatch(Row::bounded);
        String header = String.format(Locale.ROOT, "%-22s %-28s %5s %6s %-22s %6s %7s %7s %6s %11s %10s",
                "method", "problem", "n", "start", "status", "iter", "#f", "#∇f", "#∇²f", "f − f*",
                "‖g‖∞") + (bounded ? String.format(Locale.ROOT, " %10s %5s", "‖Pg‖∞", "#act") : "")
                + String.format(Locale.ROOT, " %9s", "time ms");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Row r : rows) {
            if (r.result() == null) {
                out.printf(Locale.ROOT, "%-22s %-28s %5d %6s %-22s %s%n", r.method(), r.problem(),
                        r.n(), scale(r.startScale()), "refused", r.error());
                continue;
            }
            var res = r.result();
            out.printf(Locale.ROOT, "%-22s %-28s %5d %6s %-22s %6d %7d %7d %6d %11s %10.3e",
                    r.method(), r.problem(), r.n(), scale(r.startScale()), r.status(),
                    res.iterations(), res.valueEvaluations(), res.gradientEvaluations(),
                    res.hessianEvaluations(), Double.isNaN(r.fStar()) ? "—" : String.format(Locale.ROOT, "%.3e", r.gap()),
                    res.gradientNorm());
            if (bounded) {
                out.printf(Locale.ROOT, " %10.3e %5d", r.projectedGradientNorm(), r.activeBounds());
            }
            out.printf(Locale.ROOT, " %9.2f%n", r.seconds() * 1e3);
        }
    }

    static void printSummary(List<Row> rows, List<Optimizer> methods, PrintWriter out) {
        String header = String.format(Locale.ROOT, "%-22s %8s %8s %10s %10s %10s %10s",
                "method", "solved", "runs", "#f", "#∇f", "#∇²f", "time s");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Optimizer m : methods) {
            int solved = 0;
            int runs = 0;
            long f = 0;
            long g = 0;
            long h = 0;
            double seconds = 0;
            for (Row r : rows) {
                if (!r.method().equals(m.name())) {
                    continue;
                }
                runs++;
                if (r.solved()) {
                    solved++;
                }
                if (r.result() != null) {
                    f += r.result().valueEvaluations();
                    g += r.result().gradientEvaluations();
                    h += r.result().hessianEvaluations();
                    seconds += r.seconds();
                }
            }
            out.printf(Locale.ROOT, "%-22s %8d %8d %10d %10d %10d %10.3f%n", m.name(), solved, runs,
                    f, g, h, seconds);
        }
        out.println("(solved: f − f* ≤ " + tolerance() + "·max(1, |f*|), or converged where f* is"
                + " unknown; evaluation totals over all runs)");
        if (rows.stream().anyMatch(Row::bounded)) {
            out.println("(bounded problems: |f − f*| ≤ " + tolerance() + "·max(1, |f*|) and converged or"
                    + " ‖P(x − ∇f) − x‖∞ ≤ the gradient tolerance; refused: the method cannot honour bounds)");
        }
    }

    /**
     * Runs per method and termination reason: one column per reason that occurred (in the enum's
     * order, then "refused"), so the table stays as narrow as the results allow.
     */
    static void printTerminations(List<Row> rows, List<Optimizer> methods, PrintWriter out) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Set<String> reasons = new TreeSet<>(Comparator.comparingInt(Tables::reasonOrder)
                .thenComparing(Comparator.naturalOrder()));
        for (Row r : rows) {
            String reason = r.result() == null ? "refused" : r.result().termination().name();
            reasons.add(reason);
            counts.computeIfAbsent(r.method(), k -> new LinkedHashMap<>()).merge(reason, 1, Integer::sum);
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", "termination"));
        for (String reason : reasons) {
            header.append(String.format(Locale.ROOT, " %" + Math.max(5, reason.length()) + "s", reason));
        }
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Optimizer m : methods) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", m.name()));
            Map<String, Integer> byReason = counts.getOrDefault(m.name(), Map.of());
            for (String reason : reasons) {
                line.append(String.format(Locale.ROOT, " %" + Math.max(5, reason.length()) + "d",
                        byReason.getOrDefault(reason, 0)));
            }
            out.println(line);
        }
        out.println("(runs per termination reason; a converged run need not be solved: it may stop at a"
                + " saddle or another local minimum)");
    }

    /** {@link Solved#TOLERANCE} as written by hand: 1e-6, not 1.0E-6. */
    static String tolerance() {
        return String.format(Locale.ROOT, "%.0e", Solved.TOLERANCE).replaceFirst("e([+-])0*(\\d)", "e$1$2")
                .replace("e+", "e");
    }

    private static int reasonOrder(String reason) {
        try {
            return TerminationReason.valueOf(reason).ordinal();
        } catch (IllegalArgumentException notAReason) {
            return Integer.MAX_VALUE;
        }
    }

    static void writeCsv(List<Row> rows, PrintWriter w) {
        w.println("method,problem,n,start,status,solved,termination,iterations,f_evals,g_evals,"
                + "h_evals,f,f_star,f_minus_f_star,grad_inf_norm,projected_grad_inf_norm,active_bounds,"
                + "seconds,message");
        for (Row r : rows) {
            var res = r.result();
            if (res == null) {
                w.printf(Locale.ROOT, "%s,%s,%d,%s,refused,false,,,,,,,%s,,,,,,%s%n", r.method(),
                        r.problem(), r.n(), scale(r.startScale()), num(r.fStar()), quote(r.error()));
                continue;
            }
            w.printf(Locale.ROOT, "%s,%s,%d,%s,%s,%s,%s,%d,%d,%d,%d,%s,%s,%s,%s,%s,%d,%s,%s%n",
                    r.method(), r.problem(), r.n(), scale(r.startScale()), r.status(), r.solved(),
                    res.termination(), res.iterations(), res.valueEvaluations(),
                    res.gradientEvaluations(), res.hessianEvaluations(), num(res.value()),
                    num(r.fStar()), num(r.gap()), num(res.gradientNorm()),
                    num(r.projectedGradientNorm()), r.activeBounds(), num(r.seconds()),
                    quote(res.message()));
        }
    }

    /** A start multiple as written on the command line: 10, not 10.0. */
    static String scale(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.17g", v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
