package org.tmsh.memory;

import java.util.List;

/**
 * What {@code tm check} found in a TM's storage: the units it holds, the units in damaged parts,
 * and one line for each damaged part (which part, which file, what is wrong). Whole when
 * {@link #problems} is empty.
 */
public record TmHealth(String name, String location, long units, long unitsInDamagedParts, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
