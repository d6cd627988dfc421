package dev.archkit.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an ARN must look like: its partition for a region, and what is wrong with one written in a model. */
public final class Arns {
    private Arns() { }

    private static final Pattern ARN = Pattern.compile("arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    /** The partition a region belongs to: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b. */
    public static String partition(String region) {
        if (region == null) return "aws";
        if (region.startsWith("cn-")) return "aws-cn";
        if (region.startsWith("us-gov-")) return "aws-us-gov";
        if (region.startsWith("us-isob-")) return "aws-iso-b";
        if (region.startsWith("us-iso-")) return "aws-iso";
        return "aws";
    }

    /**
     * What is wrong with an ARN written for an architecture in {@code region} (null: not known), if
     * anything: not arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, another partition than the
     * region's, an account that is not 12 digits (a placeholder such as 'account'), a region that is
     * not one. Wildcards ('*') in region or account are accepted; global services (iam, s3, route53,
     * cloudfront) have an empty region, S3 an empty account.
     */
    public static Optional<String> problem(String arn, String region) {
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) return Optional.of("it is not of the form arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE");
        String partition = m.group(1), service = m.group(2), r = m.group(3), account = m.group(4);
        String expected = partition(region);
        if (!partition.equals(expected) && !partition.equals("*")) {
            return Optional.of("its partition '" + partition + "' is not that of " + (region == null ? "any region" : region) + " ('" + expected + "')");
        }
        if (service.isEmpty()) return Optional.of("it names no service");
        if (!r.isEmpty() && !r.contains("*") && !r.contains("$") && !REGION.matcher(r).matches()) return Optional.of("'" + r + "' is not a region");
        if (!account.isEmpty() && !account.contains("*") && !account.contains("$") && !ACCOUNT.matcher(account).matches() && !account.equals("aws")) {
            return Optional.of("its account '" + account + "' is not a 12-digit account id");
        }
        return Optional.empty();
    }
}
