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

    public static final String VERSION = "0.1.0";

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
