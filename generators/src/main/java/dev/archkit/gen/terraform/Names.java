package dev.archkit.gen.terraform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names derived from the model, stable across runs. Terraform labels are the element names made
 * into identifiers; AWS names are the prefix plus the element name, shortened with a hash where
 * AWS limits their length (load balancers and target groups: 32 characters).
 */
final class Names {
    private Names() { }

    /** A Terraform resource label: letters, digits, underscores and dashes, starting with a letter or underscore. */
    static String label(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_-]", "_");
        if (!Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') s = "_" + s;
        return s;
    }

    /** A name within AWS's length limit: cut, with a short hash of the whole so that different names stay different. */
    static String limit(String name, int max) {
        if (name.length() <= max) return name;
        String hash = sha(name).substring(0, 6);
        String head = name.substring(0, max - 7);
        while (head.endsWith("-")) head = head.substring(0, head.length() - 1);
        return head + "-" + hash;
    }

    /** Only the characters AWS accepts in a security group rule description. */
    static String description(String s) {
        String t = s.replace("->", "to").replaceAll("[^a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]", "_");
        return t.length() > 255 ? t.substring(0, 255) : t;
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
