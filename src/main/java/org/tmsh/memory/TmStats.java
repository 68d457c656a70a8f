package org.tmsh.memory;

import java.util.Map;

/** Size and make-up of a TM. */
public record TmStats(String name, long units, Map<String, Long> languages, String sourceLang, long bytesOnDisk,
                      int segments, String created, String updated) {
}
