package dev.curvature.lapack;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a native library at most once per instance and remembers the outcome. A failure — no
 * native jar for this platform, an unwritable JavaCPP cache, a missing system dependency — is
 * logged once, at WARN through SLF4J with its cause, and never thrown: callers fall back to EJML.
 */
final class NativeLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibrary.class);

    /**
     * OpenBLAS with LAPACK(E), loaded through the JavaCPP presets, its thread count then set by
     * {@link OpenBlasThreads} (one thread unless asked otherwise).
     */
    static final NativeLibrary OPENBLAS = new NativeLibrary("OpenBLAS", () -> {
        Loader.load(openblas.class);
        OpenBlasThreads.configure(System.getProperty(OpenBlasThreads.PROPERTY), System::getenv);
    });

    private final String name;
    private final Runnable loader;
    private volatile Boolean loaded;

    /**
     * @param name the library's name, for the log
     * @param loader loads the library; throws (an {@link UnsatisfiedLinkError}, for example) when it
     *     cannot
     */
    NativeLibrary(String name, Runnable loader) {
        this.name = name;
        this.loader = loader;
    }

    /** True when the library is loaded; the first call loads it. Thread-safe, never throws. */
    boolean loaded() {
        Boolean result = loaded;
        if (result == null) {
            synchronized (this) {
                result = loaded;
                if (result == null) {
                    result = tryLoad();
                    loaded = result;
                }
            }
        }
        return result;
    }

    private boolean tryLoad() {
        try {
            loader.run();
            LOG.debug("{} native library loaded", name);
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{} native library could not be loaded; dense linear algebra falls back to EJML", name, e);
            return false;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
