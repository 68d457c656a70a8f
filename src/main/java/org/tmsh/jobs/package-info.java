/**
 * The application layer: one job a thing the translator asks for (align, QA, concordance), called
 * alike by the shell's commands and by tests. A job reads its inputs, calls the capabilities
 * ({@code align}, {@code memory}, {@code terms}, {@code qa}, {@code formats}) and returns a record; the
 * shell only parses options, calls one job and prints what it returns (records become JSON through
 * Jackson as they are). Start with {@link org.tmsh.jobs.AlignJob}.
 */
package org.tmsh.jobs;
