/**
 * The shell: thin commands over the jobs of {@link org.tmsh.jobs}: parse options, call one job, print its
 * result (records become JSON through Jackson). {@link org.tmsh.shell.TmshCommand} checks options;
 * {@link org.tmsh.shell.TmshRunner} runs the interactive shell, scripts and one-shot calls;
 * {@link org.tmsh.shell.TmshCommandParser} splits command lines.
 */
package org.tmsh.shell;
