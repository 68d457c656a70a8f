/**
 * The shell: thin commands over the services. {@link org.tmsh.shell.TmshCommand} checks options;
 * {@link org.tmsh.shell.TmshRunner} runs the interactive shell, scripts and one-shot calls;
 * {@link org.tmsh.shell.TmshCommandParser} splits command lines.
 */
package org.tmsh.shell;
