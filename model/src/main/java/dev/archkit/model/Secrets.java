package dev.archkit.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What looks like a secret: for the rule that flags plain-text secrets and for generators that
 * must never write one. Name and value are judged together: a secret-looking name with a value
 * that cannot be a credential (a number, a duration, a URL without credentials, an ARN, a path, a
 * placeholder substituted at deploy time) is not a secret; a value shaped like a credential is
 * one whatever its name.
 */
public final class Secrets {
    private Secrets() { }

    /** Why a value is taken for a secret; {@link #reason} words it without quoting the value. */
    public enum Why {
        AWS_ACCESS_KEY("it has the shape of an AWS access key id"),
        PRIVATE_KEY("it holds a private key block"),
        TOKEN_FORMAT("it has the shape of a known token format (GitHub, Slack, Stripe, Google, JWT...)"),
        URL_CREDENTIALS("it is a URL with a user name and password in it"),
        HIGH_ENTROPY("it is a long random-looking string"),
        SECRET_NAME("its name says it holds a secret and its value is a literal");

        private final String reason;

        Why(String reason) { this.reason = reason; }

        public String reason() { return reason; }
    }

    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY).*");
    /** Name endings that describe a secret without holding it: where it is, how long it lives, how long it must be. */
    private static final Pattern DESCRIBES_SECRET = Pattern.compile(
            "(?i).*[_.-](ARN|NAME|ID|PATH|FILE|DIR|TTL|TIMEOUT|EXPIRY|EXPIRES|EXPIRATION|LIFETIME|LENGTH|LEN|SIZE|MIN|MAX"
                    + "|ENABLED|DISABLED|REQUIRED|HEADER|URL|URI|ENDPOINT|HOST|PORT|REGION|KEY_?ID|ROTATION(_DAYS)?|DAYS|SECONDS|MINUTES|TYPE|ALGORITHM|ISSUER|AUDIENCE)");
    private static final Pattern AWS_KEY = Pattern.compile("\\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\\b");
    private static final Pattern PRIVATE = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final Pattern TOKEN = Pattern.compile(
            "gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|[sr]k_(live|test)_[A-Za-z0-9]{8,}"
                    + "|AIza[0-9A-Za-z_-]{35}|glpat-[0-9A-Za-z_-]{20}|eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    private static final Pattern URL_USERINFO = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/@\\s:]+:[^/@\\s]+@");
    private static final Pattern NOT_A_CREDENTIAL = Pattern.compile(
            "(?i)-?\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w|sec|secs|seconds|min|mins|minutes|hours|days|%|[kmg]i?b?)?|true|false|yes|no|on|off|none|null"
                    + "|arn:[a-z-]+:[a-z0-9-]+:.*|/[^\\s]*|\\$\\{[^}]+}|\\$\\([^)]+\\)|\\{\\{[^}]+}}|[a-z][a-z0-9+.-]*://[^@\\s]*");
    private static final int ENTROPY_MIN_LENGTH = 32;
    /** A name that says its value is public (a VAPID or JWT verification key): a long random value under it is not a secret. */
    private static final Pattern PUBLIC = Pattern.compile("(?i).*(PUBLIC|PUB_?KEY|CERTIFICATE|FINGERPRINT|CHECKSUM|DIGEST|HASH|SHA).*");

    /** A variable name that says it holds a secret (password, token, key...), not one that only describes a secret. */
    public static boolean secretName(String name) {
        return SECRET_NAME.matcher(name).matches() && !DESCRIBES_SECRET.matcher(name).matches() && !name.equals("PWD");
    }

    /** A value shaped like a credential (AWS access key, private key, token formats, URL credentials, long random string). */
    public static boolean secretValue(String value) {
        return valueReason(value).isPresent();
    }

    /** Why the value alone looks like a credential, if it does. */
    public static Optional<Why> valueReason(String value) {
        if (value == null || value.isEmpty()) return Optional.empty();
        if (PRIVATE.matcher(value).find()) return Optional.of(Why.PRIVATE_KEY);
        if (AWS_KEY.matcher(value).find()) return Optional.of(Why.AWS_ACCESS_KEY);
        if (TOKEN.matcher(value).find()) return Optional.of(Why.TOKEN_FORMAT);
        if (URL_USERINFO.matcher(value).find() && !passwordPlaceholder(value)) return Optional.of(Why.URL_CREDENTIALS);
        if (highEntropy(value)) return Optional.of(Why.HIGH_ENTROPY);
        return Optional.empty();
    }

    /**
     * Why the variable must not be written in plain text, if it must not: a credential-shaped
     * value, or a secret-saying name with a literal value that could be a credential.
     */
    public static Optional<Why> judge(String name, String value) {
        if (value == null || value.isEmpty()) return Optional.empty();
        Optional<Why> byValue = valueReason(value);
        if (byValue.isPresent() && !(byValue.get() == Why.HIGH_ENTROPY && PUBLIC.matcher(name).matches())) return byValue;
        if (secretName(name) && !NOT_A_CREDENTIAL.matcher(value.trim()).matches()) return Optional.of(Why.SECRET_NAME);
        return Optional.empty();
    }

    /** An environment variable that must not be written in plain text. */
    public static boolean looksSecret(String name, String value) {
        return judge(name, value).isPresent();
    }

    /** user:${PASSWORD}@host: the password is substituted at deploy time, nothing secret is written. */
    private static boolean passwordPlaceholder(String value) {
        java.util.regex.Matcher m = URL_USERINFO.matcher(value);
        if (!m.find()) return false;
        String userinfo = m.group();
        String pass = userinfo.substring(userinfo.indexOf("://") + 3);
        pass = pass.substring(pass.indexOf(':') + 1, pass.length() - 1);
        return pass.matches("\\$\\{[^}]+}|\\$\\([^)]+\\)|\\{\\{[^}]+}}|\\*+");
    }

    /**
     * At least 32 characters of the base64 alphabet (no spaces), mixing letters and digits, with
     * more than 4 bits of Shannon entropy per character: a generated key rather than a word, a
     * path or a host name. Hex alone is not enough (commit ids and checksums are hex); under a
     * secret-saying name a hex value is reported by its name.
     */
    static boolean highEntropy(String value) {
        String v = value.trim();
        if (v.length() < ENTROPY_MIN_LENGTH || !v.matches("[A-Za-z0-9+/=_-]+")) return false;
        if (v.matches("[a-z0-9-]+") || v.matches("[0-9a-fA-F-]+")) return false;   // a slug, a host name, a UUID
        boolean mixed = v.chars().anyMatch(Character::isDigit) && v.chars().anyMatch(Character::isLetter);
        if (!mixed) return false;
        return entropy(v) > 4.0;
    }

    private static double entropy(String v) {
        int[] counts = new int[128];
        for (char c : v.toCharArray()) counts[c & 127]++;
        double h = 0;
        for (int c : counts) {
            if (c == 0) continue;
            double p = (double) c / v.length();
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }
}
