package dev.curvature.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites the generated sections of a Markdown document and leaves the rest as it is. A section
 * NAME is the text between the line {@code <!-- generated: NAME -->} and the line
 * {@code <!-- end generated: NAME -->}; the markers stay, the text between them is replaced. So a
 * new measurement adds its own pair of markers to the document and its own {@code NAME=FILE}
 * argument (tools/performance-doc.sh), and no other section changes.
 *
 * <p>Usage: {@code java -cp bench/target/test-classes dev.curvature.bench.jmh.DocSections
 * DOC.md NAME=FILE...}.
 */
public final class DocSections {
    private DocSections() {
    }

    /**
     * {@code document} with the text of section {@code name} replaced by {@code content} (a final
     * line break added where it lacks one).
     *
     * @throws IllegalArgumentException naming {@code name} when the document lacks either marker
     *     or has them out of order
     */
    public static String replace(String document, String name, String content) {
        String begin = "<!-- generated: " + name + " -->\n";
        String end = "<!-- end generated: " + name + " -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from + begin.length()) {
            throw new IllegalArgumentException("name: the document has no section '" + name
                    + "' (expected the lines " + begin.strip() + " and " + end + ")");
        }
        String body = content.isEmpty() || content.endsWith("\n") ? content : content + "\n";
        return document.substring(0, from + begin.length()) + body + document.substring(to);
    }

    /**
     * @param args the document, then one {@code NAME=FILE} per section to replace
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("args: expected DOC.md NAME=FILE...");
        }
        Path doc = Path.of(args[0]);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("args: expected NAME=FILE, got " + args[i]);
            }
            text = replace(text, args[i].substring(0, eq),
                    Files.readString(Path.of(args[i].substring(eq + 1)), StandardCharsets.UTF_8));
        }
        Files.writeString(doc, text, StandardCharsets.UTF_8);
    }
}
