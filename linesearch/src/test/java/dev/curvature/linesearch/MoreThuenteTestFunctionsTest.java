package dev.curvature.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.LineSearch;
import dev.curvature.api.spi.LineSearchStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The experiments of Moré &amp; Thuente (1994) §5: each search, on each of the six test functions,
 * from α₀ ∈ {10⁻³, 10⁻¹, 10¹, 10³}, with the paper's (μ, η) pair, must return an α satisfying
 * sufficient decrease and the (strong, for MoreThuente and StrongWolfe; plain, for HagerZhang's
 * Wolfe test T1) curvature condition, with the accepted α the last point evaluated with its slope.
 * The evaluation counts are written to {@code target/line-search-evaluations.md} beside the
 * paper's.
 */
class MoreThuenteTestFunctionsTest {

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (WolfeSearches search : WolfeSearches.values()) {
            for (MoreThuenteFunctions function : MoreThuenteFunctions.values()) {
                for (double alpha0 : MoreThuenteFunctions.INITIAL_STEPS) {
                    all.add(Arguments.of(search, function, alpha0));
                }
            }
        }
        return all.stream();
    }

    /** One search from α₀; returns the number of evaluations, asserting the outcome. */
    static Outcome run(WolfeSearches kind, MoreThuenteFunctions function, double alpha0) {
        LineSearch search = kind.configure(function.mu, function.eta);
        LineSearch.State session = search.start();
        ScalarLineFunction phi = new ScalarLineFunction(function);
        double phi0 = function.value(0);
        double slope0 = function.derivative(0);
        LineSearchStatus status = session.search(phi, phi0, slope0, alpha0);
        return new Outcome(status, session.step(), session.value(), phi.evaluations(),
                phi.valuesPlusSlopes(),
                status == LineSearchStatus.SUCCESS && phi.lastEvaluatedWithSlopeAt(session.step()));
    }

    /**
     * @param evaluations trials (evaluations of φ)
     * @param valuesPlusSlopes evaluations of φ plus those of φ'
     */
    record Outcome(LineSearchStatus status, double step, double value, int evaluations,
            int valuesPlusSlopes, boolean endedAtAccepted) {
    }

    @ParameterizedTest(name = "{0} on {1} from {2}")
    @MethodSource("cases")
    void returnsAStepSatisfyingTheWolfeConditions(WolfeSearches kind,
            MoreThuenteFunctions function, double alpha0) {
        Outcome outcome = run(kind, function, alpha0);
        assertEquals(LineSearchStatus.SUCCESS, outcome.status(), "status");
        double alpha = outcome.step();
        double phi0 = function.value(0);
        double slope0 = function.derivative(0);
        double phiA = function.value(alpha);
        double slopeA = function.derivative(alpha);
        assertEquals(phiA, outcome.value(), 0.0, "value() must be φ(step())");
        assertTrue(phiA <= phi0 + function.mu * alpha * slope0,
                "sufficient decrease fails at α = " + alpha + ": φ = " + phiA);
        if (kind.strong) {
            assertTrue(Math.abs(slopeA) <= function.eta * Math.abs(slope0),
                    "strong curvature fails at α = " + alpha + ": φ' = " + slopeA);
        } else {
            assertTrue(slopeA >= function.eta * slope0,
                    "curvature fails at α = " + alpha + ": φ' = " + slopeA);
        }
        assertTrue(outcome.endedAtAccepted(),
                "the last evaluation must be valueAndSlope at the accepted α");
    }

    @Test
    void moreThuenteNeedsAtMostTwoEvaluationsMoreThanThePaper() {
        for (MoreThuenteFunctions function : MoreThuenteFunctions.values()) {
            for (int i = 0; i < MoreThuenteFunctions.INITIAL_STEPS.length; i++) {
                Outcome outcome = run(WolfeSearches.MORE_THUENTE, function,
                        MoreThuenteFunctions.INITIAL_STEPS[i]);
                assertTrue(outcome.evaluations() <= function.paperEvaluations(i) + 2,
                        function + " from " + MoreThuenteFunctions.INITIAL_STEPS[i] + ": "
                                + outcome.evaluations() + " evaluations, paper "
                                + function.paperEvaluations(i));
            }
        }
    }

    @Test
    void writesTheEvaluationTable() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("| function | (μ, η) | α₀ | paper (Moré–Thuente) |");
        for (WolfeSearches kind : WolfeSearches.values()) {
            table.append(' ').append(kind).append(" |");
        }
        table.append('\n').append("|---|---|---|---|")
                .append("---|".repeat(WolfeSearches.values().length)).append('\n');
        int[] totals = new int[1 + 2 * WolfeSearches.values().length];
        for (MoreThuenteFunctions function : MoreThuenteFunctions.values()) {
            for (int i = 0; i < MoreThuenteFunctions.INITIAL_STEPS.length; i++) {
                double alpha0 = MoreThuenteFunctions.INITIAL_STEPS[i];
                table.append(String.format(Locale.ROOT, "| φ%d | (%s, %s) | %.0e | %d |",
                        function.ordinal() + 1, function.mu, function.eta, alpha0,
                        function.paperEvaluations(i)));
                totals[0] += function.paperEvaluations(i);
                int column = 1;
                for (WolfeSearches kind : WolfeSearches.values()) {
                    Outcome outcome = run(kind, function, alpha0);
                    table.append(String.format(Locale.ROOT, " %d, φ+φ' %d (α = %.4g)%s |",
                            outcome.evaluations(), outcome.valuesPlusSlopes(), outcome.step(),
                            outcome.status() == LineSearchStatus.SUCCESS ? "" : " " + outcome.status()));
                    totals[column++] += outcome.evaluations();
                    totals[column++] += outcome.valuesPlusSlopes();
                }
                table.append('\n');
            }
        }
        table.append(String.format(Locale.ROOT, "| total | | | %d |", totals[0]));
        for (int column = 1; column < totals.length; column += 2) {
            table.append(String.format(Locale.ROOT, " %d, φ+φ' %d |", totals[column],
                    totals[column + 1]));
        }
        table.append('\n');
        Path out = Path.of("target", "line-search-evaluations.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString(), StandardCharsets.UTF_8);
        System.out.println(table);
        assertTrue(totals[1] > 0);
    }
}
