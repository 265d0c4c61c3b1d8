package org.greenlane.server.launcher;

import org.greenlane.server.GreenlaneApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/** Starts the application with checked settings and turns start failures into one clear line. */
final class ServerRun {

    private ServerRun() {
    }

    /** Runs the web server until it is stopped (Ctrl-C, SIGTERM); returns the exit code. */
    static int serve(LaunchSettings settings, Map<String, Object> extra, PrintStream err,
                     Consumer<ConfigurableApplicationContext> started) {
        try {
            Preflight.check(settings);
        } catch (ConfigurationProblem problem) {
            err.println("greenlane: " + problem.getMessage());
            return Greenlane.CONFIGURATION_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext context;
        try {
            Launch application = application(settings, extra, WebApplicationType.SERVLET);
            application.addListeners(event -> {
                if (event instanceof ContextClosedEvent) {
                    stopped.countDown();
                }
            });
            context = application.run();
        } catch (RuntimeException failure) {
            err.println("greenlane: " + explain(failure, settings));
            return failure instanceof PortInUseException || rootCause(failure) instanceof ConfigurationProblem
                    ? Greenlane.CONFIGURATION_ERROR : 1;
        }
        started.accept(context);
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * A web server on a free port that returns once started, for benchmarks that measure the running
     * application.
     */
    static ConfigurableApplicationContext webOnFreePort(LaunchSettings settings, Map<String, Object> extra) {
        return withFreePort(settings, extra).run();
    }

    /** A context without web server, for command-line tools that use the database. */
    static ConfigurableApplicationContext tool(LaunchSettings settings, Map<String, Object> extra) {
        return application(settings, extra, WebApplicationType.NONE).run();
    }

    private static Launch withFreePort(LaunchSettings settings, Map<String, Object> extra) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(extra);
        properties.put("server.port", 0);
        return application(settings, properties, WebApplicationType.SERVLET);
    }

    /**
     * The checked settings go in as command-line properties, the highest precedence, so that
     * application.yml's defaults (server.port: 8443, ...) never override what the operator set.
     */
    private static Launch application(LaunchSettings settings, Map<String, Object> extra, WebApplicationType type) {
        SpringApplication application = new SpringApplication(GreenlaneApplication.class);
        application.setWebApplicationType(type);
        Map<String, Object> properties = new java.util.LinkedHashMap<>(settings.properties());
        properties.putAll(extra);
        String[] args = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new Launch(application, args);
    }

    private record Launch(SpringApplication application, String[] args) {
        void addListeners(org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent> listener) {
            application.addListeners(listener);
        }

        ConfigurableApplicationContext run() {
            return application.run(args);
        }
    }

    static String explain(Throwable failure, LaunchSettings settings) {
        Throwable cause = rootCause(failure);
        if (failure instanceof PortInUseException || cause instanceof java.net.BindException) {
            return LaunchSettings.PORT + ": port " + settings.port() + " is already in use";
        }
        return "failed to start: " + cause.getMessage();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
