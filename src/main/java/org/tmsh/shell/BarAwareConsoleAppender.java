package org.tmsh.shell;

import ch.qos.logback.core.ConsoleAppender;

/**
 * logback's console appender (logback.xml) that first clears a progress bar drawn on the terminal, so that a
 * notice logged while a command works (qa: "spelling of 'fr' not checked ...") gets a line of its own instead
 * of sharing the bar's; the bar draws itself again at its next step.
 */
public final class BarAwareConsoleAppender<E> extends ConsoleAppender<E> {

    @Override
    protected void append(E event) {
        ProgressBar.clearDrawn();
        super.append(event);
    }
}
