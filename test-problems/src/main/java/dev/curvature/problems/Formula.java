package dev.curvature.problems;

import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * An {@link AdElementSum} given by lambdas: the element count, each element's variables and its
 * formula. The problems of the extended set are built from it by static factories whose Javadoc
 * states the formula, start point, known minimum and source of each problem
 * ({@link SmallCutest}, {@link ScalableCutest}).
 */
final class Formula extends AdElementSum {

    /** Writes element e's variable indices into idx and returns their number. */
    @FunctionalInterface
    interface Vars {
        int of(int e, int[] idx);
    }

    /** Element e at its variables u. */
    @FunctionalInterface
    interface Phi {
        Dual of(int e, Dual[] u);
    }

    private final int count;
    private final int size;
    private final Vars vars;
    private final Phi phi;
    private final double constant;

    Formula(String name, double[] start, OptionalDouble fStar, String source,
            IntFunction<TestProblem> resize, int count, int size, Vars vars, Phi phi,
            double constant) {
        super(name, start, fStar, source, resize);
        this.count = count;
        this.size = size;
        this.vars = vars;
        this.phi = phi;
        this.constant = constant;
    }

    Formula(String name, double[] start, OptionalDouble fStar, String source,
            IntFunction<TestProblem> resize, int count, int size, Vars vars, Phi phi) {
        this(name, start, fStar, source, resize, count, size, vars, phi, 0);
    }

    /** A fixed-dimension problem with one element over all variables. */
    static Formula whole(String name, double[] start, OptionalDouble fStar, String source,
            Function<Dual[], Dual> f) {
        int n = start.length;
        return new Formula(name, start, fStar, source, null, 1, n,
                (e, idx) -> allVariables(idx, n), (e, u) -> f.apply(u));
    }

    /** A fixed-dimension problem with {@code m} elements, each over all variables. */
    static Formula terms(String name, double[] start, OptionalDouble fStar, String source, int m,
            Phi f) {
        int n = start.length;
        return new Formula(name, start, fStar, source, null, m, n,
                (e, idx) -> allVariables(idx, n), f);
    }

    @Override
    int elementCount() {
        return count;
    }

    @Override
    int maxElementSize() {
        return size;
    }

    @Override
    int variables(int e, int[] idx) {
        return vars.of(e, idx);
    }

    @Override
    Dual phi(int e, Dual[] u) {
        return phi.of(e, u);
    }

    @Override
    double constantTerm() {
        return constant;
    }
}
