package dev.curvature.api;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.OptimizerProvider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Default-configured optimizers by name, collected through {@link ServiceLoader} from every
 * {@link OptimizerProvider} on the class path (the {@code newton} and {@code quasi-newton} modules
 * register theirs). Optimizers are immutable, so the same instance is returned every time.
 */
public final class Optimizers {
    private Optimizers() {
    }

    private static final class Registry {
        static final Map<String, Optimizer> BY_NAME = load();

        private static Map<String, Optimizer> load() {
            Map<String, Optimizer> map = new LinkedHashMap<>();
            for (OptimizerProvider provider
                    : ServiceLoader.load(OptimizerProvider.class, Optimizers.class.getClassLoader())) {
                for (Optimizer o : provider.optimizers()) {
                    Optimizer previous = map.putIfAbsent(o.name(), o);
                    if (previous != null) {
                        throw new IllegalStateException("two optimizers named " + o.name() + ": "
                                + previous + " and " + o);
                    }
                }
            }
            return Collections.unmodifiableMap(map);
        }
    }

    /**
     * The default-configured optimizer called {@code name}.
     *
     * @throws IllegalArgumentException naming the known methods when there is none of that name
     */
    public static Optimizer named(String name) {
        Checks.notNull(name, "name");
        Optimizer o = Registry.BY_NAME.get(name);
        if (o == null) {
            throw new IllegalArgumentException("name: no optimizer called '" + name
                    + "'; known: " + String.join(", ", Registry.BY_NAME.keySet()));
        }
        return o;
    }

    /** The registered names, in class-path order. */
    public static Set<String> names() {
        return Registry.BY_NAME.keySet();
    }
}
