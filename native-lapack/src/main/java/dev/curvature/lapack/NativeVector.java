package dev.curvature.lapack;

import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/** A length-n vector in native memory, allocated once: a right-hand side LAPACK overwrites. */
final class NativeVector {
    final int n;
    final DoublePointer pointer;
    private final DoubleBuffer buffer;

    NativeVector(int n) {
        this.n = n;
        this.pointer = new DoublePointer(n);
        this.buffer = pointer.asBuffer();
    }

    /** Copies v[0..n) into native memory. */
    void load(double[] v) {
        buffer.put(0, v, 0, n);
    }

    /** Copies the native vector into out[0..n). */
    void store(double[] out) {
        buffer.get(0, out, 0, n);
    }

    /** Entry i. */
    double get(int i) {
        return buffer.get(i);
    }
}
