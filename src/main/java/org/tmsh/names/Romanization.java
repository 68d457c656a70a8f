package org.tmsh.names;

import java.util.List;

/**
 * One way of writing names of one script in Latin letters (Duden for Russian, McCune-Reischauer
 * for Korean, UNGEGN for Greek). The {@link Romanizer} keeps a registry of them, read from
 * {@code tmsh/names/romanization/index.txt}: a new script is a data file and a line there.
 */
public interface Romanization {

    /** The ISO 15924 code of the script it romanizes ("Cyrl", "Hang", "Grek"). */
    String script();

    /** The spellings it gives for a name in its script; empty when it does not apply to this name. */
    List<Romanizer.Variant> variants(String name);

    /**
     * Whether its spellings write the vowels. Arabic and Hebrew script mostly do not, so their
     * romanizations ("mhmd bn slman") are compared on consonants only.
     */
    default boolean writesVowels() {
        return true;
    }
}
