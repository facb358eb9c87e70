package dev.curvature.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of README.md and docs/*.md runs verbatim from a fresh clone.
 *
 * <p>A command is a line of a {@code ```bash} block, or an indented line (outside fenced blocks)
 * that starts with {@code bin/}, {@code mvn }, {@code python3 } or {@code java } (with its
 * {@code \} continuation lines). Each document's commands run in order as one bash script
 * ({@code set -euo pipefail}, so {@code export}s carry over) in a {@code git clone} of this
 * repository's HEAD.
 *
 * <ul>
 *   <li>Default build: {@link #everyProfileAndModuleTheDocumentsNameExists()} only (fast).
 *   <li>{@code -Pdoc-commands} (see README): {@link #everyDocumentedCommandRunsVerbatimInAFreshClone()}
 *       runs them, except {@code mvn -B verify} itself (it is the command that runs this test) and,
 *       unless {@code -Ddoc.commands.long=true}, the benchmark commands that run for an hour or
 *       more (JMH, tools/performance-doc.sh, the 10⁶-row Spark benchmark, the SciPy comparisons,
 *       the extended problem set).
 * </ul>
 */
class DocumentedCommandsTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Pattern COMMAND_START = Pattern.compile("^\\s+(bin/|mvn |python3 |java )");
    private static final List<String> LONG = List.of("-Pjmh", "-Pbench", "tools/scipy_compare.py ",
            "tools/performance-doc.sh",
            "--problems extended", "-Pspark-run -DskipTests\n", "-Pspark-run -DskipTests -Dspark.main=");

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** The commands of one Markdown document, in order. */
    static List<String> commands(String markdown) {
        List<String> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean inBash = false;
        boolean inOtherFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                if (inBash || inOtherFence) {
                    inBash = false;
                    inOtherFence = false;
                } else if (trimmed.equals("```bash")) {
                    inBash = true;
                } else {
                    inOtherFence = true;
                }
                continue;
            }
            if (inBash) {
                StringBuilder command = new StringBuilder(line);
                while (command.toString().endsWith("\\") && i + 1 < lines.length) {
                    command.append('\n').append(lines[++i]);
                }
                out.add(command.toString());
            } else if (!inOtherFence && COMMAND_START.matcher(line).find()) {
                StringBuilder command = new StringBuilder(trimmed);
                while (command.toString().endsWith("\\") && i + 1 < lines.length) {
                    command.append('\n').append(lines[++i].strip());
                }
                out.add(command.toString());
            }
        }
        return out;
    }

    /** One document's commands as a script; the verify command itself and (unless asked) long ones left out. */
    static String script(List<String> commands, boolean runLong) {
        StringBuilder s = new StringBuilder("set -euo pipefail\n");
        for (String c : commands) {
            String command = c.replaceAll("\\s+#.*$", "").strip();
            if (command.equals("mvn -B verify")) {
                s.append("# (the test command itself: not run from inside its own test)\n");
            } else if (!runLong && LONG.stream().anyMatch(l -> (command + "\n").contains(l))) {
                s.append("# long, run with -Ddoc.commands.long=true: ").append(command.replace("\n", " ")).append('\n');
            } else {
                s.append("echo \"\\$ ").append(command.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replace("$", "\\$").replace("`", "\\`").replace("\n", " ")).append("\"\n");
                s.append(c).append('\n');
            }
        }
        return s.toString();
    }

    @Test
    void theExtractorFindsTheReadmeCommands() throws IOException {
        List<String> readme = commands(Files.readString(ROOT.resolve("README.md")));
        assertTrue(readme.stream().anyMatch(c -> c.startsWith("bin/curvature compare --problems cutest")), readme.toString());
        assertTrue(readme.stream().anyMatch(c -> c.startsWith("mvn -B install -DskipTests")), readme.toString());
        String script = script(List.of("mvn -B verify     # the tests", "mvn -B -q verify -pl bench -am -DskipTests -Pjmh",
                "bin/curvature methods"), false);
        assertFalse(script.contains("\nmvn -B verify"), script);
        assertTrue(script.contains("# long, run with"), script);
        assertTrue(script.contains("\nbin/curvature methods\n"), script);
        List<String> continued = commands("```bash\njava -cp x \\\n    Main --host h\necho ok\n```\n");
        assertEquals(List.of("java -cp x \\\n    Main --host h", "echo ok"), continued);
    }

    /** Every -P profile and every -pl module a document names exists: a renamed one fails here first. */
    @Test
    void everyProfileAndModuleTheDocumentsNameExists() throws IOException {
        StringBuilder poms = new StringBuilder();
        try (Stream<Path> s = Files.walk(ROOT, 3)) {
            for (Path pom : (Iterable<Path>) s.filter(p -> p.getFileName().toString().equals("pom.xml")
                    && !p.toString().contains(File.separator + "target" + File.separator))::iterator) {
                poms.append(Files.readString(pom));
            }
        }
        int checked = 0;
        for (Path doc : documents()) {
            for (String command : commands(Files.readString(doc))) {
                Matcher profiles = Pattern.compile("-P([\\w,-]+)").matcher(command);
                while (profiles.find()) {
                    for (String profile : profiles.group(1).split(",")) {
                        assertTrue(poms.toString().contains("<id>" + profile + "</id>"),
                                doc.getFileName() + ": profile " + profile + " in: " + command);
                        checked++;
                    }
                }
                Matcher modules = Pattern.compile("-pl ([\\w/,-]+)").matcher(command);
                while (modules.find()) {
                    for (String module : modules.group(1).split(",")) {
                        assertTrue(Files.isRegularFile(ROOT.resolve(module).resolve("pom.xml")),
                                doc.getFileName() + ": module " + module + " in: " + command);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 10, "found " + checked + " profiles and modules");
    }

    static Stream<String> documentNames() throws IOException {
        return documents().stream().map(d -> ROOT.relativize(d).toString());
    }

    private static Path clone;

    /** One fresh clone of HEAD per test run. */
    private static synchronized Path freshClone(Path work) throws Exception {
        if (clone == null) {
            Path c = work.resolve("clone");
            if (Files.exists(c)) {
                assertEquals(0, run(List.of("rm", "-rf", c.toString()), work, work.resolve("rm.log"), 5));
            }
            assertEquals(0, run(List.of("git", "clone", "-q", ROOT.toString(), c.toString()), work,
                    work.resolve("clone.log"), 5), "git clone");
            clone = c;
        }
        return clone;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentNames")
    void everyDocumentedCommandRunsVerbatimInAFreshClone(String document) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("doc.commands"), "runs with -Pdoc-commands");
        Assumptions.assumeTrue(Files.exists(ROOT.resolve(".git")), "a git checkout (or worktree)");
        boolean runLong = Boolean.getBoolean("doc.commands.long");
        Path work = ROOT.resolve("integration-tests/target/doc-commands");
        Files.createDirectories(work);
        Path clone = freshClone(work);
        Map<String, String> expectations = new LinkedHashMap<>();
        // What the commands leave behind, checked after each document's script.
        expectations.put("README.md", "curvature-out/summary.txt curvature-out/results.csv rosenbrock.png"
                + " out-cutest/results.csv out-cutest/summary.txt");
        expectations.put("spark-cluster.md", "target/spark-cluster/fit.txt target/spark-cluster/benchmark.txt");
        String name = Path.of(document).getFileName().toString();
        String script = script(commands(Files.readString(clone.resolve(document))), runLong);
        Path file = work.resolve(name + ".sh");
        Files.writeString(file, script);
        Path log = work.resolve(name + ".log");
        int code;
        try {
            code = run(List.of("bash", file.toString()), clone, log, 90);
        } finally {
            stopStartedDaemons(clone.resolve("target/spark-cluster"));
        }
        assertEquals(0, code, name + ": see " + log + "\n" + tail(log));
        for (String expected : expectations.getOrDefault(name, "").split(" ")) {
            if (!expected.isEmpty()) {
                Path f = clone.resolve(expected);
                assertTrue(Files.isRegularFile(f) && Files.size(f) > 0, name + " wrote " + expected);
            }
        }
        if (name.equals("README.md")) {
            // bin/curvature's first use in a fresh clone: one line per module, no escape codes
            // (the log's later `mvn -B install` output is Maven's own).
            String log0 = Files.readString(log);
            int end = log0.indexOf("$ bin/curvature methods");
            String firstUse = log0.substring(0, end < 0 ? log0.length() : end);
            Matcher modules = Pattern.compile("curvature: \\[1/(\\d+)\\] Curvature\n").matcher(firstUse);
            assertTrue(modules.find() && firstUse.contains("curvature: [" + modules.group(1) + "/"
                    + modules.group(1) + "] Curvature bench and command line\n"), firstUse);
            assertFalse(firstUse.contains("\u001b"), "an escape code in bin/curvature's output");
        }
        if (name.equals("spark-cluster.md")) {
            String fit = Files.readString(clone.resolve("target/spark-cluster/fit.txt"));
            Matcher d = Pattern.compile("max \\|curvature − MLlib\\| = (\\S+)").matcher(fit);
            assertTrue(d.find(), fit);
            assertTrue(Double.parseDouble(d.group(1)) < 1e-4, fit);
            assertTrue(fit.contains("2 executors"), fit);
        }
    }

    /** Ends the processes a failed script left running (docs/spark-cluster.md's pid files). */
    private static void stopStartedDaemons(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> pids = Files.list(dir)) {
            for (Path pid : (Iterable<Path>) pids.filter(p -> p.toString().endsWith(".pid"))::iterator) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int run(List<String> command, Path dir, Path log, int minutes) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            return -1;
        }
        return p.exitValue();
    }
}
