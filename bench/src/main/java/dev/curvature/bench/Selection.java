package dev.curvature.bench;

import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import dev.curvature.problems.Dimensions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** Turns command-line lists into problems and methods, with one-line errors naming the option. */
final class Selection {
    private Selection() {
    }

    /** The methods compared by default on bound-constrained problems: those that honour bounds. */
    static final String BOUNDED_DEFAULT = "lbfgsb,newton-trust-region";

    /**
     * Registered methods left out of the unconstrained default: {@code lbfgsb} is lbfgs's
     * composition under SciPy's name, whose iterates without bounds are lbfgs's bit for bit.
     */
    static final Set<String> UNCONSTRAINED_ALIASES = Set.of("lbfgsb");

    /** The sets {@code --problems} names. */
    private static final List<String> SETS = List.of("mgh", "cutest", "extended", "all", "bounded");

    /**
     * The methods {@code compare} runs without {@code --methods}: {@link #BOUNDED_DEFAULT} when
     * every problem of {@code spec} is bound-constrained, otherwise every registered method but
     * the {@link #UNCONSTRAINED_ALIASES}.
     */
    static String defaultMethods(String spec) {
        List<TestProblem> chosen = problems(spec, null, "--problems", List.of(), null);
        if (!chosen.isEmpty() && chosen.stream().allMatch(p -> p.bounds().isPresent())) {
            return BOUNDED_DEFAULT;
        }
        return Optimizers.names().stream().filter(m -> !UNCONSTRAINED_ALIASES.contains(m))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * "mgh", "cutest", "extended", "all" (all three: {@code TestProblems.all()} then
     * {@code extended()}), "bounded" ({@code TestProblems.bounded()}) or a comma-separated list
     * of problem names. With n, every scalable
     * problem is built at the allowed dimension nearest to n ({@link TestProblem#dimensions()}),
     * after checking that {@code methods} fit in memory at that size; a line on {@code notes} says
     * which problems were rounded and which have a fixed size.
     */
    static List<TestProblem> problems(String spec, Integer n, Collection<String> methods, PrintWriter notes) {
        return problems(spec, n, "--problems", methods, notes);
    }

    private static List<TestProblem> problems(String spec, Integer n, String option,
            Collection<String> methods, PrintWriter notes) {
        List<TestProblem> base;
        switch (spec) {
            case "mgh" -> base = TestProblems.mgh();
            case "cutest" -> base = TestProblems.cutest();
            case "extended" -> base = TestProblems.extended();
            case "bounded" -> base = TestProblems.bounded();
            case "all" -> {
                base = new ArrayList<>(TestProblems.all());
                base.addAll(TestProblems.extended());
            }
            default -> {
                base = new ArrayList<>();
                for (String name : spec.split(",", -1)) {
                    TestProblem p;
                    try {
                        p = TestProblems.byName(name.trim());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(option + ": unknown problem '" + name.trim()
                                + "' (see `curvature problems`)");
                    }
                    if (base.stream().anyMatch(q -> q.name().equals(p.name()))) {
                        throw new IllegalArgumentException(option + ": '" + name.trim() + "' is given twice");
                    }
                    base.add(p);
                }
            }
        }
        if (n == null) {
            return base;
        }
        if (n < 1) {
            throw new IllegalArgumentException("--n: must be positive, was " + n);
        }
        // Sizes first, memory next, and only then build anything at the new size.
        int[] sizes = new int[base.size()];
        int largest = 0;
        Map<String, List<String>> rounded = new LinkedHashMap<>();
        List<String> fixed = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            TestProblem p = base.get(i);
            Dimensions d = p.dimensions();
            sizes[i] = d.nearest(n);
            if (!p.scalable()) {
                fixed.add(p.name() + " (n = " + p.dimension() + ")");
            } else {
                largest = Math.max(largest, sizes[i]);
                if (sizes[i] != n) {
                    rounded.computeIfAbsent("n = " + sizes[i] + " (" + d + ") for ", k -> new ArrayList<>())
                            .add(p.name());
                }
            }
        }
        if (largest > 0) {
            MemoryCheck.require(methods, largest, Optimizers.names(), "--n " + n);
        }
        List<TestProblem> scaled = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            TestProblem p = base.get(i);
            scaled.add(p.scalable() ? p.withDimension(sizes[i]) : p);
        }
        if (!rounded.isEmpty()) {
            List<String> parts = new ArrayList<>();
            rounded.forEach((k, v) -> parts.add(k + String.join(", ", v)));
            notes.println("curvature: --n " + n + " rounded to the nearest valid size: "
                    + String.join("; ", parts));
        }
        if (!fixed.isEmpty()) {
            notes.println("curvature: --n " + n + " ignored for fixed-size problem" + (fixed.size() == 1 ? "" : "s")
                    + ": " + String.join(", ", fixed));
        }
        notes.flush();
        return scaled;
    }

    /** One problem by name, built at the valid size nearest to n when given and the problem scales. */
    static TestProblem problem(String name, Integer n, String method, PrintWriter notes) {
        if (name.contains(",") || SETS.contains(name)) {
            throw new IllegalArgumentException("--problem: give one problem name, got '" + name + "'");
        }
        return problems(name, n, "--problem", List.of(method), notes).get(0);
    }

    /** A comma-separated list of method names. */
    static List<Optimizer> methods(String spec) {
        List<Optimizer> methods = new ArrayList<>();
        for (String name : spec.split(",", -1)) {
            Optimizer o = method(name.trim(), "--methods");
            if (methods.stream().anyMatch(m -> m.name().equals(o.name()))) {
                throw new IllegalArgumentException("--methods: '" + name.trim() + "' is given twice");
            }
            methods.add(o);
        }
        return methods;
    }

    static Optimizer method(String name, String option) {
        try {
            return Optimizers.named(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": unknown method '" + name + "'; known: "
                    + String.join(", ", Optimizers.names()));
        }
    }
}
