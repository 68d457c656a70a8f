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
        boolean interactive = args.length == 0;
        SpringApplication app = new SpringApplication(TmshApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.shell.interactive.enabled", String.valueOf(interactive)));
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
