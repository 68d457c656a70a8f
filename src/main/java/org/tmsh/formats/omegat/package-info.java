/**
 * OmegaT's own project files: {@link org.tmsh.formats.omegat.OmegatProjectFiles} writes the
 * {@code omegat.project} of a project folder and its project-specific segmentation, made from tmsh's
 * SRX rules. The folder itself is assembled by {@link org.tmsh.jobs.OmegatProjectJob}.
 */
package org.tmsh.formats.omegat;
