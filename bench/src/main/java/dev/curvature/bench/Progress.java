package dev.curvature.bench;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of {@code curvature compare}, drawn on the command's error stream (standard
 * error by default) so that standard output holds only the tables. The bar redraws one line with
 * a carriage return; it never queries the terminal (no JLine), so it works the same when standard
 * output or error is a file, a pipe or a test's writer. Width: {@code $COLUMNS} when set, else 80.
 */
final class Progress implements AutoCloseable {
    private static final Progress OFF = new Progress(null, null);

    private final ProgressBar bar;
    private final PrintWriter err;

    private Progress(ProgressBar bar, PrintWriter err) {
        this.bar = bar;
        this.err = err;
    }

    /** A bar of {@code total} steps on {@code err}, or one that draws nothing when disabled. */
    static Progress start(String task, long total, PrintWriter err, boolean enabled) {
        if (!enabled) {
            return OFF;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new DelegatingProgressBarConsumer(line -> {
                    err.print('\r');
                    err.print(line);
                    err.flush();
                }, width()))
                .build();
        return new Progress(bar, err);
    }

    /** Shows what is running now. */
    void message(String message) {
        if (bar != null) {
            bar.setExtraMessage(message);
        }
    }

    /** One more step done. */
    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /** Draws the final state and ends the line. */
    @Override
    public void close() {
        if (bar != null) {
            bar.setExtraMessage("done");
            bar.close();
            err.println();
            err.flush();
        }
    }

    private static int width() {
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
