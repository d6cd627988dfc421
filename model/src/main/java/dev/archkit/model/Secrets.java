package dev.archkit.model;

import java.util.regex.Pattern;

/** What looks like a secret: for the rule that flags plain-text secrets and for generators that must never write one. */
public final class Secrets {
    private Secrets() { }

    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY).*");
    static final Pattern SECRET_VALUE = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----.*|gh[pousr]_[A-Za-z0-9]{20,}|xox[abp]-[A-Za-z0-9-]{10,}");

    /** A variable name that says it holds a secret (password, token, key...). */
    public static boolean secretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    /** A value shaped like a credential (AWS access key, private key, GitHub or Slack token). */
    public static boolean secretValue(String value) {
        return SECRET_VALUE.matcher(value).find();
    }

    /** An environment variable that must not be written in plain text. */
    public static boolean looksSecret(String name, String value) {
        return !value.isEmpty() && (secretName(name) || secretValue(value));
    }
}
