package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class CurvatureCliTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = CurvatureCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static int run(StringWriter err, String... args) {
        return run(new StringWriter(), err, args);
    }

    private static void assertPng(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " exists");
        assertTrue(Files.size(file) > 5_000, file + " has a drawing in it: " + Files.size(file) + " bytes");
        try (InputStream in = Files.newInputStream(file)) {
            assertArrayEquals(PNG_MAGIC, in.readNBytes(8), file + " starts with the PNG signature");
        }
    }

    private static void assertSvg(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " exists");
        String svg = Files.readString(file);
        assertTrue(svg.length() > 5_000, file + " has a drawing in it");
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), file + " is a complete SVG document");
    }

    /** Every bad value exits 2 with one line on stderr that starts by naming the option. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "compare --methods nope                               | --methods: unknown method 'nope'",
        "compare --methods newton,newton                      | --methods",
        "compare --problems nope                              | --problems: unknown problem 'nope'",
        "compare --problems rosenbrock,rosenbrock             | --problems",
        "compare --n -4                                       | --n",
        "compare --starts 1,0                                 | --starts",
        "compare --starts NaN                                 | --starts",
        "compare --starts 1,ten                               | --starts",
        "compare --starts 1,1                                 | --starts",
        "compare --time-limit -1                              | --time-limit",
        "compare --time-limit 0                               | --time-limit",
        "compare --time-limit NaN                             | --time-limit",
        "compare --max-iterations -1                          | --max-iterations",
        "run --method nope --problem rosenbrock               | --method: unknown method 'nope'",
        "run --method newton --problem nope                   | --problem: unknown problem 'nope'",
        "run --method newton --problem mgh                    | --problem: give one problem name",
        "run --method newton --problem rosenbrock --start 0   | --start",
        "run --method newton --problem rosenbrock --max-iterations -2 | --max-iterations",
        "run --method newton --problem rosenbrock --plot conv.jpg     | --plot",
        "run --method newton --problem rosenbrock --plot TMP/x.png    | --plot: TMP/x.png is a directory",
        "compare --report TMP                                         | --report: TMP is a directory",
        "compare --report TMP/a-file/report.md                        | --report: cannot create directory",
        "run --method newton --problem beale --plot TMP/plots-here    | --plot: TMP/plots-here/convergence-newton-beale-n2-x1.png is a directory",
        "compare --problems rosenbrock --methods bfgs --n 46000       | --n 46000: bfgs needs about 33.9 GB",
        "compare --problems rosenbrock --n 100000                     | --n 100000: newton keeps dense n×n matrices",
        "run --method bfgs --problem rosenbrock --n 46000             | --n 46000: bfgs needs about 33.9 GB",
        "run --method newton --problem rosenbrock --n 100000          | --n 100000: newton keeps dense n×n matrices, and n = 100000 is beyond",
        "run --method lbfgs --problem rosenbrock --n 2000000000       | --n 2000000000: lbfgs needs about 480 GB",
    })
    void aBadArgumentExitsWithStatus2AndOneLineNamingTheOption(String args, String expected) throws IOException {
        Files.createDirectories(dir.resolve("x.png"));
        Files.writeString(dir.resolve("a-file"), "x");
        Files.createDirectories(dir.resolve("plots-here/convergence-newton-beale-n2-x1.png"));
        expected = expected.replace("TMP", dir.toString());
        List<String> argv = new ArrayList<>(Arrays.asList(args.replace("TMP", dir.toString()).trim().split("\\s+")));
        if (argv.get(0).equals("compare")) {
            argv.addAll(List.of("--out", dir.resolve("out").toString()));
        } else if (argv.contains("--plot") && !args.contains("TMP")) {
            int i = argv.indexOf("--plot");
            argv.set(i + 1, dir.resolve(argv.get(i + 1)).toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, run(out, err, argv.toArray(String[]::new)), err.toString());
        assertTrue(err.toString().startsWith("curvature: " + expected), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertEquals("", out.toString(), "nothing runs before the arguments are checked");
        assertFalse(Files.exists(dir.resolve("out")), "no output directory for a rejected command");
    }

    @Test
    void anOutputPathUnderAFileExitsWithStatus2NamingOut() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "compare", "--problems", "rosenbrock", "--out", file.resolve("sub").toString()));
        assertTrue(err.toString().startsWith("curvature: --out: "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void anOutputPathThatIsAFileExitsWithStatus2NamingOut() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "compare", "--problems", "rosenbrock", "--out", file.toString()));
        assertTrue(err.toString().startsWith("curvature: --out: "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void compareWritesTheCsvTheTablesAndThePerformanceProfiles() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path results = dir.resolve("results");
        Path report = dir.resolve("docs/report.md");
        int code = run(out, err, "compare", "--problems", "rosenbrock,beale", "--methods",
                "newton,damped-newton", "--starts", "1,10", "--out", results.toString(),
                "--report", report.toString(), "--progress");
        assertEquals(0, code, err.toString());

        List<String> lines = Files.readAllLines(results.resolve("results.csv"));
        assertEquals(1 + 2 * 2 * 2, lines.size());
        assertTrue(lines.get(0).startsWith("method,problem,n,start,status,solved"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("damped-newton,rosenbrock,2,1,solved,true")),
                String.join("\n", lines));
        for (String measure : List.of("evaluations", "time", "fg-evaluations")) {
            assertPng(results.resolve("performance-profile-" + measure + ".png"));
            assertSvg(results.resolve("performance-profile-" + measure + ".svg"));
        }

        String stdout = out.toString();
        assertTrue(stdout.lines().anyMatch(l -> l.matches("damped-newton +rosenbrock .*")), stdout);
        assertTrue(stdout.lines().anyMatch(l -> l.startsWith("termination") && l.contains("GRADIENT_TOLERANCE")),
                stdout);
        assertTrue(stdout.contains("wrote " + results.resolve("performance-profile-evaluations.png")), stdout);
        assertFalse(stdout.contains("100%"), "the progress bar stays off standard output");
        assertTrue(err.toString().contains("100%") && err.toString().contains("8/8"),
                "the progress bar ran to the end on standard error: " + err);
        List<String> frames = Arrays.stream(err.toString().split("\r")).filter(f -> !f.isEmpty()).toList();
        String last = frames.get(frames.size() - 1);
        assertTrue(last.endsWith(System.lineSeparator()), "the bar ends its line: " + last);
        assertEquals(1, frames.stream().filter(f -> f.contains("done")).count(), "one final 'done': " + frames);
        int width = frames.get(0).length();
        for (String f : frames) {
            assertEquals(width, f.strip().isEmpty() ? width : f.replace(System.lineSeparator(), "").length(),
                    "every frame has the same width: '" + f + "'");
        }
        String summary = Files.readString(results.resolve("summary.txt"));
        assertTrue(summary.lines().anyMatch(l -> l.matches("damped-newton +\\d+ +4 .*")), summary);
        assertTrue(summary.lines().anyMatch(l -> l.startsWith("termination")), summary);
        assertTrue(stdout.contains("wrote " + results.resolve("summary.txt")), stdout);

        String md = Files.readString(report);
        assertTrue(md.contains("```bash\nbin/curvature compare --problems rosenbrock,beale --methods"
                + " newton,damped-newton --starts 1,10 --out " + results), md);
        long solved = lines.stream().filter(l -> l.startsWith("damped-newton,") && l.contains(",solved,true,"))
                .count();
        assertTrue(md.lines().anyMatch(l -> l.matches("damped-newton +" + solved + " +4 .*")),
                "the summary table as printed, agreeing with the CSV (" + solved + " solved): " + md);
        Matcher image = Pattern.compile("!\\[[^]]*]\\(([^)]+\\.png)\\)").matcher(md);
        int images = 0;
        while (image.find()) {
            assertPng(report.getParent().resolve(image.group(1)));
            images++;
        }
        assertEquals(3, images, md);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"methods,--help", "methods,-h", "problems,--help", "problems,-h", "run,--help", "run,-h",
        "compare,--help", "compare,-h"})
    void everySubcommandPrintsItsHelp(String command, String option) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, command, option), err.toString());
        assertTrue(out.toString().startsWith("Usage: curvature " + command), out.toString());
        assertTrue(out.toString().contains("-h, --help"), out.toString());
    }

    @Test
    void problemsListsTheValidSizesOfEachProblem() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "problems"));
        String list = out.toString();
        assertTrue(list.lines().anyMatch(l -> l.matches("dixmaana +90 +multiple of 3 .*")), list);
        assertTrue(list.lines().anyMatch(l -> l.matches("powellsg +100 +multiple of 4 .*")), list);
        assertTrue(list.lines().anyMatch(l -> l.matches("watson +6 +2 ≤ n ≤ 31 .*")), list);
        assertTrue(list.lines().anyMatch(l -> l.matches("beale +2 +fixed .*")), list);
        assertTrue(list.contains("70 problems: 35 MGH (Moré, Garbow & Hillstrom 1981), 35 CUTEst-style"), list);
    }

    @Test
    void nIsRoundedToTheNearestValidSizeAndTheCommandSaysSo() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "compare", "--problems", "dixmaana,broydn7d,powellsg,beale,arwhead",
                "--methods", "lbfgs", "--n", "1001", "--no-progress", "--out", dir.toString()), err.toString());
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("lbfgs,dixmaana,1002,")), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("lbfgs,broydn7d,1002,")), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("lbfgs,powellsg,1000,")), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("lbfgs,arwhead,1001,")), csv.toString());
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("lbfgs,beale,2,")), csv.toString());
        assertEquals("curvature: --n 1001 rounded to the nearest valid size: n = 1002 (multiple of 3) for dixmaana;"
                + " n = 1002 (even) for broydn7d; n = 1000 (multiple of 4) for powellsg" + System.lineSeparator()
                + "curvature: --n 1001 ignored for fixed-size problem: beale (n = 2)" + System.lineSeparator(),
                err.toString());

        StringWriter runErr = new StringWriter();
        StringWriter runOut = new StringWriter();
        assertEquals(0, run(runOut, runErr, "run", "--method", "lbfgs", "--problem", "powellsg", "--n", "1001"));
        assertTrue(runOut.toString().startsWith("lbfgs on powellsg (n = 1000,"), runOut.toString());
        assertTrue(runErr.toString().startsWith("curvature: --n 1001 rounded to the nearest valid size:"
                + " n = 1000 (multiple of 4) for powellsg"), runErr.toString());
    }

    @Test
    void theProgressBarIsDrawnOnlyOnATerminalUnlessAsked() {
        String before = System.getProperty("curvature.stderr.tty");
        try {
            System.setProperty("curvature.stderr.tty", "false");
            StringWriter err = new StringWriter();
            assertEquals(0, run(err, "compare", "--problems", "rosenbrock", "--methods", "lbfgs",
                    "--out", dir.toString()));
            assertEquals("", err.toString(), "no terminal, no bar");
            System.setProperty("curvature.stderr.tty", "true");
            StringWriter tty = new StringWriter();
            assertEquals(0, run(tty, "compare", "--problems", "rosenbrock", "--methods", "lbfgs",
                    "--out", dir.toString()));
            assertTrue(tty.toString().contains("1/1") && tty.toString().contains("done"), tty.toString());
        } finally {
            if (before == null) {
                System.clearProperty("curvature.stderr.tty");
            } else {
                System.setProperty("curvature.stderr.tty", before);
            }
        }
    }

    @Test
    void noProgressKeepsStandardErrorEmpty() {
        StringWriter err = new StringWriter();
        int code = run(err, "compare", "--problems", "rosenbrock", "--methods", "damped-newton",
                "--no-progress", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        assertEquals("", err.toString());
    }

    @Test
    void runWithPlotWritesAConvergencePngToTheFileOrIntoTheDirectory() throws Exception {
        StringWriter err = new StringWriter();
        Path file = dir.resolve("plots/rosenbrock.png");
        assertEquals(0, run(err, "run", "--method", "damped-newton", "--problem", "rosenbrock",
                "--plot", file.toString()), err.toString());
        assertPng(file);

        Path plots = dir.resolve("by-name");
        assertEquals(0, run(err, "run", "--method", "newton", "--problem", "beale", "--start", "10",
                "--plot", plots.toString()), err.toString());
        assertPng(plots.resolve("convergence-newton-beale-n2-x10.png"));

        Path svg = dir.resolve("wood.svg");
        assertEquals(0, run(err, "run", "--method", "damped-newton", "--problem", "wood",
                "--plot", svg.toString()), err.toString());
        assertSvg(svg);
    }
}
