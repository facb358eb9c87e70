package dev.curvature.api.linalg;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.Collections;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the dense backend for a problem size. Backends other than EJML are found with
 * {@link ServiceLoader} (the optional {@code native-lapack} module); one is used for n at or above
 * its measured {@link DenseBackend#crossover()} when it is {@link DenseBackend#available()}.
 * The system property {@value #PROPERTY} forces a choice: {@code ejml}, a backend's
 * {@link DenseBackend#name()}, or {@code auto} (the default). Measurements:
 * docs/defaults.md#openblas-crossover.
 */
public final class DenseLinearAlgebra {
    /** The system property that forces a backend. */
    public static final String PROPERTY = "curvature.linalg";

    private static final Logger LOG = LoggerFactory.getLogger(DenseLinearAlgebra.class);
    /** Forced values already warned about: each is logged once, not once per run. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private DenseLinearAlgebra() {
    }

    private static final class Registry {
        static final List<DenseBackend> OTHERS = load();

        private static List<DenseBackend> load() {
            List<DenseBackend> found = new ArrayList<>();
            Iterator<DenseBackend> providers = ServiceLoader.load(DenseBackend.class,
                    DenseLinearAlgebra.class.getClassLoader()).iterator();
            while (true) {
                DenseBackend b;
                try {
                    if (!providers.hasNext()) {
                        break;
                    }
                    b = providers.next();
                } catch (ServiceConfigurationError | LinkageError e) {
                    // A provider that cannot even be instantiated is skipped, never fatal.
                    LOG.warn("a dense backend could not be instantiated ({}); skipping it", e.toString());
                    continue;
                }
                try {
                    if (b.available()) {
                        found.add(b);
                    } else {
                        // The backend has logged why, once (see DenseBackend#available).
                        LOG.debug("dense backend {} is on the class path but cannot be used; using EJML", b.name());
                    }
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("dense backend {} failed to load ({}); using EJML", b.getClass().getName(), e.toString());
                }
            }
            return Collections.unmodifiableList(found);
        }
    }

    /** The backends available besides EJML. */
    public static List<DenseBackend> installed() {
        return Registry.OTHERS;
    }

    /** The backend to use for n×n matrices. */
    public static DenseBackend forDimension(int n) {
        String forced = System.getProperty(PROPERTY, "auto");
        if (forced.equals("ejml")) {
            return EjmlBackend.INSTANCE;
        }
        for (DenseBackend b : Registry.OTHERS) {
            if (forced.equals(b.name()) || (forced.equals("auto") && n >= b.crossover())) {
                return b;
            }
        }
        if (!forced.equals("auto") && WARNED.add(forced)) {
            LOG.warn("{}={} names no installed backend; using EJML", PROPERTY, forced);
        }
        return EjmlBackend.INSTANCE;
    }
}
