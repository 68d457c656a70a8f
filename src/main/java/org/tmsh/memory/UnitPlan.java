package org.tmsh.memory;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a maintenance command changes ({@code tm edit}, {@code tm delete --id/--filter},
 * {@code tm replace}, {@code tm dedup}), decided from the TM's units as they are while the TM is
 * locked for writing ({@link TranslationMemory#change}): a unit changed by someone else between a
 * dry run and the real run is seen as it is now.
 */
@FunctionalInterface
public interface UnitPlan {

    /** The units of a TM as a plan reads them. */
    interface Units {
        /** The unit of this id, or null. */
        UnitRecord get(String id) throws IOException;

        /** The unit whose texts have this duplicate key ({@link UnitKeys#dupKey}), or null. */
        UnitRecord byKey(String dupKey) throws IOException;

        /** Every unit, in the order of import. */
        void forEach(Consumer<UnitRecord> action) throws IOException;
    }

    /** The changes to make, in any order; each unit at most once. */
    List<UnitChange> plan(Units units) throws IOException;
}
