package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.commons.math3.optim.PointValuePair;
import org.junit.jupiter.api.Test;

/**
 * No public type of this module shares a simple name with a Commons Math 3.6.1 class, so that
 * fitting code can import both without qualifying either (issue 18: {@code LeastSquaresProblem}
 * became {@link ResidualModel}, {@code SumOfSquares} {@link LeastSquaresObjective},
 * {@code Covariance} {@link CovarianceEstimator}).
 */
class NameClashTest {

    @Test
    void noPublicTypeSharesASimpleNameWithCommonsMath() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Set<String> commonsMath = new TreeSet<>();
        Path jar = Path.of(PointValuePair.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .forEach(n -> commonsMath.add(n.substring(n.lastIndexOf('/') + 1, n.length() - 6)));
        }
        assertTrue(commonsMath.contains("LeastSquaresProblem"), "read the Commons Math jar");

        Path classes = Path.of(ResidualModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> clashes = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String relative = classes.relativize(p).toString().replace('\\', '/');
                if (!relative.endsWith(".class") || relative.contains("$")
                        || relative.endsWith("package-info.class")
                        || relative.endsWith("module-info.class")) {
                    continue;
                }
                Class<?> type = Class.forName(relative.substring(0, relative.length() - 6).replace('/', '.'));
                if (Modifier.isPublic(type.getModifiers())) {
                    checked++;
                    if (commonsMath.contains(type.getSimpleName())) {
                        clashes.add(type.getName());
                    }
                }
            }
        }
        assertTrue(checked > 20, "checked " + checked + " public types");
        assertTrue(clashes.isEmpty(), "public types named like Commons Math classes: " + clashes);
    }
}
