package dev.curvature.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a non-local master's executors need to run the benchmark's code, for
 * {@code spark.jars}: Curvature's modules and their libraries (EJML, Commons Math), and the
 * test classes. Class directories on the class path (a reactor build's target/classes and
 * target/test-classes) are packed into temporary jars. Spark, Scala and their dependencies are left
 * out: the cluster has them.
 */
final class ClusterJars {
    private ClusterJars() {
    }

    /** Comma-separated, for {@code spark.jars}. */
    static String forClasspath(String classpath) {
        List<String> jars = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry);
            String unix = entry.replace('\\', '/');
            if (Files.isDirectory(path)) {
                jars.add(packed(path).toString());
            } else if (unix.contains("/dev/curvature/") || unix.contains("/org/ejml/")
                    || unix.contains("/commons-math3/") || unix.matches(".*/(optimizer-api|linesearch|trust-region"
                            + "|newton|quasi-newton|model-fitting|spark)/target/[^/]+\\.jar")) {
                jars.add(path.toAbsolutePath().toString());
            }
        }
        return String.join(",", jars);
    }

    private static Path packed(Path dir) {
        try {
            Path jar = Files.createTempFile("curvature-" + dir.getParent().getParent().getFileName() + "-"
                    + dir.getFileName() + "-", ".jar");
            jar.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                    Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    zip.putNextEntry(new JarEntry(dir.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + dir + " for spark.jars", e);
        }
    }
}
