package org.tmsh.memory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tmsh.common.TmshException;

/**
 * Who a command's new units are for: {@code --client}, {@code --project}, {@code --domain} of
 * {@code tm import}, {@code align --tm} and {@code merge --tm}, written into each unit's {@code <tu>}
 * as the props {@code x-client}, {@code x-project}, {@code x-domain} (replacing any the file had).
 *
 * @param client  may be null
 * @param project may be null
 * @param domain  may be null
 */
public record UnitLabels(String client, String project, String domain) {

    public static final UnitLabels NONE = new UnitLabels(null, null, null);

    public UnitLabels {
        client = check("client", client);
        project = check("project", project);
        domain = check("domain", domain);
    }

    private static String check(String option, String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            throw new TmshException("--" + option + ": empty; give a name");
        }
        if (v.length() > 200 || v.chars().anyMatch(c -> c < 0x20)) {
            throw new TmshException("--" + option + " '" + value + "': at most 200 characters, no control characters");
        }
        return v;
    }

    /** The props to set, in order (none when nothing was given). */
    public Map<String, String> props() {
        Map<String, String> p = new LinkedHashMap<>();
        if (client != null) {
            p.put(UnitMeta.CLIENT, client);
        }
        if (project != null) {
            p.put(UnitMeta.PROJECT, project);
        }
        if (domain != null) {
            p.put(UnitMeta.DOMAIN, domain);
        }
        return p;
    }
}
