package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CurvatureCliTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cl = CurvatureCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void anUnknownMethodExitsNonZeroWithAOneLineMessageNamingTheOption() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "compare", "--methods", "nope", "--out", "target/cli-test"));
        assertTrue(err.toString().startsWith("curvature: --methods: unknown method 'nope'"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void anUnknownProblemExitsNonZero() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "run", "--method", "newton", "--problem", "nope"));
        assertTrue(err.toString().contains("--problem"), err.toString());
    }

    @Test
    void aNegativeDimensionExitsNonZero() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "compare", "--n", "-4", "--out", "target/cli-test"));
        assertTrue(err.toString().contains("--n"), err.toString());
    }

    @Test
    void anUnwritableOutputDirectoryExitsNonZero(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "compare", "--problems", "rosenbrock", "--out", file.resolve("sub").toString()));
        assertTrue(err.toString().contains("--out"), err.toString());
    }

    @Test
    void compareWritesOneCsvRowPerMethodProblemAndStart(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        int code = run(err, "compare", "--problems", "rosenbrock,beale", "--methods",
                "newton,damped-newton", "--starts", "1,10", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 2 * 2 * 2, lines.size());
        assertTrue(lines.get(0).startsWith("method,problem,n,start,status,solved"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("damped-newton,rosenbrock,2,1,solved,true")),
                String.join("\n", lines));
    }
}
