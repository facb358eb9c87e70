package dev.curvature.bench;

import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.ArrayList;
import java.util.List;

/** Turns command-line lists into problems and methods, with one-line errors naming the option. */
final class Selection {
    private Selection() {
    }

    /**
     * "mgh", "cutest", "extended", "all" (all three: {@code TestProblems.all()} then
     * {@code extended()}) or a comma-separated list of problem names; n &gt; 0 rescales.
     */
    static List<TestProblem> problems(String spec, Integer n) {
        return problems(spec, n, "--problems");
    }

    private static List<TestProblem> problems(String spec, Integer n, String option) {
        List<TestProblem> base;
        switch (spec) {
            case "mgh" -> base = TestProblems.mgh();
            case "cutest" -> base = TestProblems.cutest();
            case "extended" -> base = TestProblems.extended();
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
        List<TestProblem> scaled = new ArrayList<>();
        for (TestProblem p : base) {
            if (p.scalable()) {
                try {
                    scaled.add(p.withDimension(n));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--n: " + e.getMessage());
                }
            } else {
                scaled.add(p);
            }
        }
        return scaled;
    }

    /** One problem by name, rescaled to n when given and the problem scales. */
    static TestProblem problem(String name, Integer n) {
        if (name.contains(",") || List.of("mgh", "cutest", "extended", "all").contains(name)) {
            throw new IllegalArgumentException("--problem: give one problem name, got '" + name + "'");
        }
        return problems(name, n, "--problem").get(0);
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
