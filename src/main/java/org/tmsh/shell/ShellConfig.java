package org.tmsh.shell;

import org.jline.reader.History;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.shell.jline.PromptProvider;

import org.tmsh.common.TmshException;
import org.tmsh.common.TmshHome;
import org.tmsh.memory.TmLibrary;

/** Wires tmsh's services and its shell: parser, prompt, history under {@code $TMSH_HOME}. */
@Configuration
public class ShellConfig {

    @Bean
    public CommandParser commandParser(CommandRegistry registry) {
        return new TmshCommandParser(registry);
    }

    @Bean
    public org.springframework.shell.jline.CommandCompleter commandCompleter(CommandRegistry registry) {
        return new TmshCompleter(registry);
    }

    /** The history's folder: {@code $TMSH_HOME}, created if it can be; if not, the shell still starts. */
    @Bean
    public UserConfigPathProvider userConfigPathProvider() {
        return () -> {
            try {
                return TmshHome.ensure();
            } catch (TmshException e) {
                return TmshHome.path();
            }
        };
    }

    /** A pasted line is inserted in chunks, not redrawn per character ({@link TypeaheadInsert}). */
    @Bean
    public static BeanPostProcessor typeaheadInsert() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof LineReaderImpl reader) {
                    TypeaheadInsert.install(reader);
                }
                return bean;
            }
        };
    }

    @Bean
    public History history() {
        return new TmshHistory(System.err);
    }

    @Bean
    public PromptProvider promptProvider() {
        return () -> new AttributedString("tmsh> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    @Bean(destroyMethod = "close")
    public TmLibrary tmLibrary() {
        return TmLibrary.interactive(TmshHome.path().resolve("tm"));
    }

    /**
     * tmsh's commands ({@link Commands}, the same wiring a one-shot run uses) into Spring Shell's registry,
     * in place of Spring Shell's own ({@code quit}; its help, history, script, clear and version are off in
     * application.properties): tmsh has its own of each, so the shell offers what a one-shot run offers.
     */
    @Bean
    public SmartInitializingSingleton tmshCommands(CommandRegistry registry, TmLibrary library) {
        return () -> {
            registry.getCommands().stream().filter(c -> !(c instanceof TmshCommand)).forEach(registry::unregisterCommand);
            Commands.all(library, () -> registry).forEach(registry::registerCommand);
        };
    }
}
