package dev.archkit.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What AWS accepts in the values archkit writes to it: tag keys and values, ARNs, listener rule
 * priorities. Each check gives the reason a value would be refused at apply, or nothing. Read by
 * the rule that reports such values in the model (located) and by the Terraform generator, which
 * never writes one silently.
 */
public final class AwsValues {
    private AwsValues() { }

    /** AWS's limits on tags. */
    public static final int TAG_KEY = 128, TAG_VALUE = 256;
    /** The range of an ALB listener rule priority. */
    public static final long PRIORITY_MIN = 1, PRIORITY_MAX = 50_000;

    private static final Pattern TAG_CHARS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    private static final Pattern ARN = Pattern.compile("arn:(aws|aws-cn|aws-us-gov):([a-z0-9-]+):([^:]*):([^:]*):(.+)");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    public static Optional<String> tagKeyProblem(String key) {
        if (key.isEmpty() || key.length() > TAG_KEY) return Optional.of("a tag key has 1 to " + TAG_KEY + " characters");
        if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) return Optional.of("the 'aws:' prefix is reserved for AWS");
        return chars(key);
    }

    public static Optional<String> tagValueProblem(String value) {
        if (value.length() > TAG_VALUE) return Optional.of("a tag value has at most " + TAG_VALUE + " characters");
        return chars(value);
    }

    /** A value archkit derives (a route path in a tag), made acceptable: other characters as '_', cut to the limit. */
    public static String tagValueSafe(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            sb.append(TAG_CHARS.matcher(one).matches() ? one : "_");
        });
        return sb.length() > TAG_VALUE ? sb.substring(0, TAG_VALUE) : sb.toString();
    }

    private static Optional<String> chars(String s) {
        if (TAG_CHARS.matcher(s).matches()) return Optional.empty();
        StringBuilder bad = new StringBuilder();
        s.codePoints().filter(c -> !TAG_CHARS.matcher(new String(Character.toChars(c))).matches()).distinct()
                .forEach(c -> bad.append(bad.length() == 0 ? "" : " ").append('\'').appendCodePoint(c).append('\''));
        return Optional.of("tags take only letters, digits, spaces and _ . : / = + - @ (not " + bad + ")");
    }

    /**
     * Why an ARN of a regional resource in an account (a secret, a parameter, a certificate) is
     * malformed: its partition, region or 12-digit account; a placeholder such as "account" or
     * "*" in place of the account is the common case.
     */
    public static Optional<String> accountArnProblem(String arn) {
        if (arn.contains("${")) return Optional.empty();   // a template, resolved by Terraform
        var m = ARN.matcher(arn);
        if (!m.matches()) return Optional.of("an ARN reads arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE");
        if (!REGION.matcher(m.group(3)).matches()) return Optional.of("'" + m.group(3) + "' is not a region");
        if (!ACCOUNT.matcher(m.group(4)).matches()) return Optional.of("'" + m.group(4) + "' is not a 12-digit account id");
        return Optional.empty();
    }

    public static Optional<String> priorityProblem(long priority) {
        if (priority < PRIORITY_MIN || priority > PRIORITY_MAX) return Optional.of("a listener rule priority is between " + PRIORITY_MIN + " and " + PRIORITY_MAX);
        return Optional.empty();
    }
}
