package dev.curvature.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.Solved;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MGH's convention: every problem from x0, 10·x0 and 100·x0, for every method. Every result must
 * keep the contract (finite point, f ≤ f(x0)); the solved counts and the failures with their
 * reasons are written to {@code target/far-starts.md} for the record.
 */
class FarStartsTest {
    private static final Logger LOG = LoggerFactory.getLogger(FarStartsTest.class);

    @Test
    void everyMethodKeepsItsContractFromFarStartsAndTheTallyIsRecorded() throws IOException {
        StringBuilder table = new StringBuilder("| method | x0 | 10·x0 | 100·x0 | failures |\n|---|---|---|---|---|\n");
        for (String method : Optimizers.names()) {
            int[] solved = new int[3];
            StringBuilder failures = new StringBuilder();
            int total = TestProblems.mgh().size();
            double[] scales = {1, 10, 100};
            for (TestProblem p : TestProblems.mgh()) {
                for (int s = 0; s < 3; s++) {
                    double[] x0 = p.start();
                    for (int i = 0; i < x0.length; i++) {
                        x0[i] *= scales[s];
                    }
                    double f0 = p.objective().value(x0);
                    OptimizationResult r = Optimizers.named(method).minimize(p.objective(), x0);
                    String what = method + " on " + p.name() + " ×" + (int) scales[s];
                    FaultInjectionTest.assertTrustworthy(what, r, f0);
                    if (Solved.by(p, r)) {
                        solved[s]++;
                    } else {
                        failures.append(String.format(Locale.ROOT, "%s×%d: %s (f−f*=%.2e); ", p.name(),
                                (int) scales[s], r.termination(), r.value() - p.knownMinimum().orElse(Double.NaN)));
                    }
                }
            }
            table.append(String.format(Locale.ROOT, "| %s | %d/%d | %d/%d | %d/%d | %s |%n", method,
                    solved[0], total, solved[1], total, solved[2], total, failures));
        }
        Path out = Path.of("target", "far-starts.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        LOG.info("far starts:\n{}", table);
        assertTrue(Files.size(out) > 0);
    }
}
