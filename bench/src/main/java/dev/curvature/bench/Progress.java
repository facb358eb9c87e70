package dev.curvature.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress bar of {@code curvature compare}, drawn on the command's error stream so that
 * standard output holds only the tables. Every redraw is one carriage return and the terminal
 * width less one in characters (the message is cut or padded), so the line never changes width
 * and leaves no remnants; the final state ("done") is drawn once, then the line is ended. By default
 * the bar is drawn only when standard error is a terminal ({@link #stderrIsTerminal}).
 */
final class Progress implements AutoCloseable {
    private static final Progress OFF = new Progress(null, null, 0, 0);
    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final String task;
    private final PrintWriter err;
    private final long total;
    private final int width;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw = Long.MIN_VALUE;
    private String message = "";
    private boolean closed;

    private Progress(String task, PrintWriter err, long total, int width) {
        this.task = task;
        this.err = err;
        this.total = total;
        this.width = width;
    }

    /** A bar of {@code total} steps on {@code err}, or one that draws nothing when disabled. */
    static Progress start(String task, long total, PrintWriter err, boolean enabled) {
        return enabled ? new Progress(task, err, Math.max(1, total), widthFromEnvironment()) : OFF;
    }

    /**
     * Whether standard error is a terminal: the launcher {@code bin/curvature} tells with
     * {@code -Dcurvature.stderr.tty=true|false} (a shell's {@code [ -t 2 ]}); without it, whether
     * the JVM has a console at all.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("curvature.stderr.tty");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Shows what is running now. */
    void message(String message) {
        if (err != null) {
            this.message = message;
            draw(false);
        }
    }

    /** One more step done. */
    void step() {
        if (err != null) {
            done = Math.min(total, done + 1);
            draw(false);
        }
    }

    /** Draws the final state once and ends the line. */
    @Override
    public void close() {
        if (err != null && !closed) {
            closed = true;
            message = "done";
            draw(true);
            err.println();
            err.flush();
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print('\r');
        err.print(line(now));
        err.flush();
    }

    /** The bar as drawn: always the same number of characters. */
    String line(long now) {
        int percent = (int) (100 * done / total);
        int filled = (int) (BAR * done / total);
        long seconds = (now - started) / 1_000_000_000L;
        int digits = Long.toString(total).length();
        String prefix = String.format(Locale.ROOT, "%s %3d%% [%s%s] %" + digits + "d/%d %d:%02d ", task,
                percent, "=".repeat(filled), " ".repeat(BAR - filled), done, total, seconds / 60, seconds % 60);
        StringBuilder s = new StringBuilder(prefix).append(message);
        if (s.length() > width) {
            s.setLength(width - 1);
            s.append('…');
        }
        while (s.length() < width) {
            s.append(' ');
        }
        return s.toString();
    }

    /** {@code $COLUMNS − 1} when set (at least 40), else 79: the last column is left free. */
    private static int widthFromEnvironment() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                int c = Integer.parseInt(columns.trim());
                if (c >= 40) {
                    return c - 1;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        return 79;
    }
}
