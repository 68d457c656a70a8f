package org.tmsh.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name tmsh gives a file of its own that stands for a longer key (a dictionary's cache, a saved
 * review): 32 hex digits, the first 16 bytes of the key's SHA-256.
 */
public final class FileKeys {

    private FileKeys() {
    }

    public static String of(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
