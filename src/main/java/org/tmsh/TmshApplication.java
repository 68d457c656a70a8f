package org.tmsh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.tmsh.shell.TmshRunner;

/**
 * tmsh: translation memory and terminology for news translators. With no arguments it starts the
 * interactive shell; with arguments it runs one command (or {@code @script}) and exits with its status.
 */
@SpringBootApplication
public class TmshApplication {

    /** The version the build recorded ({@code tmsh.version} in application.properties, from the pom). */
    public static final String VERSION = buildVersion();

    private static String buildVersion() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = TmshApplication.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            // no version recorded: say so rather than fail
        }
        String v = p.getProperty("tmsh.version", "");
        return v.isEmpty() || v.startsWith("@") ? "unknown" : v;
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            int code;
            try {
                code = org.tmsh.shell.OneShot.run(args);
            } catch (RuntimeException e) {
                System.err.println("tmsh: internal error: " + e + " (set TMSH_DEBUG=1 for the stack trace)");
                if (System.getenv("TMSH_DEBUG") != null) {
                    e.printStackTrace();
                }
                code = 3;
            }
            System.exit(code);
        }
        // the interactive shell: Spring Shell's line reader, history and completion (one-shot runs start no context)
        SpringApplication app = new SpringApplication(TmshApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.shell.interactive.enabled", "true"));
        int code;
        try (ConfigurableApplicationContext ctx = app.run(args)) {
            code = ctx.getBean(TmshRunner.class).exitCode();
        } catch (RuntimeException e) {
            System.err.println("tmsh: cannot start: " + e.getMessage());
            code = 3;
        }
        System.exit(code);
    }
}
