package dev.curvature.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, configured in code so that start-up parses no XML: Logback's
 * {@code ContextInitializer} asks the {@link Configurator}s registered in
 * {@code META-INF/services} before it would load Joran and read {@code logback.xml} (Logback
 * manual, ch. 3 "Configuration", section "Configuration at initialization": a custom
 * {@code Configurator} returning {@code DO_NOT_INVOKE_NEXT_IF_ANY}). The configuration:
 * <ul>
 *   <li>logger {@value #TRACE_LOGGER} (the iteration trace of {@code curvature run --trace}) at
 *       INFO, not additive, bare messages ({@code %msg%n}) on standard output;
 *   <li>the root logger at WARN, {@code %-5level %logger{36} - %msg%n} on standard error.
 * </ul>
 * An explicit {@code -Dlogback.configurationFile} or a {@code logback-test.xml} on the class
 * path (the tests') takes precedence: then this configurator steps aside and Logback's own
 * chain runs.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {
    /** The logger that carries the iteration trace to standard output. */
    public static final String TRACE_LOGGER = "dev.curvature.trace";

    /** Called by Logback's {@code ServiceLoader} look-up. */
    public CliLogging() {
    }

    /**
     * Configures {@code context} as described in the class comment, unless an explicit or a test
     * configuration file is present.
     *
     * @return {@code DO_NOT_INVOKE_NEXT_IF_ANY} when it configured the context,
     *         {@code INVOKE_NEXT_IF_ANY} when it left the context to Logback's file configuration
     */
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null
                || CliLogging.class.getClassLoader()
                        .getResource(ContextInitializer.TEST_AUTOCONFIG_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Installs the command line's loggers and appenders in {@code context} (also used by tests). */
    static void apply(LoggerContext context) {
        Logger trace = context.getLogger(TRACE_LOGGER);
        trace.setLevel(Level.INFO);
        trace.setAdditive(false);
        trace.addAppender(console(context, "TRACE", "System.out", "%msg%n"));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console(context, "STDERR", "System.err", "%-5level %logger{36} - %msg%n"));
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String name,
            String target, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget(target);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
