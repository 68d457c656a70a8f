/**
 * Glossary files: TBX-Basic v3 and TBX 2008 (MARTIF) reading and writing, OmegaT tab-separated
 * and CSV glossaries. The model they read into is {@link org.tmsh.terms.Glossary}.
 */
package org.tmsh.formats.glossary;
