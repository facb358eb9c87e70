package dev.curvature.bench.jmh.peers;

import dev.curvature.bench.jmh.Solver;
import java.util.List;

/**
 * The other libraries' L-BFGS, compiled only in the bench module's {@code peers} profile (which
 * brings the libraries in as benchmark-only dependencies). Looked up by name by
 * {@link PeerBenchmark} and by {@code PerformanceReport}.
 */
public final class Peers {
    private Peers() {
    }

    /** Smile, MALLET, CoreNLP and lbfgs4j, in the table's order. */
    public static List<Solver> all() {
        return List.of(new SmileLbfgs(), new MalletLbfgs(), new CoreNlpQn(), new Lbfgs4j());
    }

    /** The peer called {@code name}. */
    public static Solver named(String name) {
        for (Solver s : all()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("peer: unknown " + name + ", known: smile, mallet, corenlp, lbfgs4j");
    }
}
