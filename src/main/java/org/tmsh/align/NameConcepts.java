package org.tmsh.align;

import java.util.List;

/**
 * The glossary concepts whose names occur in a segment (ids shared by all spellings of a name), so
 * that "Moskau" and "Moscow" anchor a link although their spellings share no key. Supplied by the
 * terminology layer ({@code TermLookup}); {@link #NONE} when no glossary is used.
 */
@FunctionalInterface
public interface NameConcepts {

    NameConcepts NONE = segment -> List.of();

    List<String> in(String segment);
}
