package dev.archkit.live.drift;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.useragent.BusinessMetricFeatureId;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

import java.util.function.Supplier;

/**
 * Where the region and credentials come from: the SDK's default chains (environment, system
 * properties, the shared config and credentials files with their profiles, assume-role, web
 * identity, IAM Identity Center, container and instance roles), each resolved once and named, so
 * the user is told which source was used.
 */
final class AwsSetup {
    private AwsSetup() { }

    record Resolved<T>(T value, String source) { }

    /** The region: as given (its source named by the caller), else the SDK's default region chain for the profile. */
    static Resolved<Region> region(String given, String givenSource, String profile) throws LiveReader.CannotRead {
        if (given != null && !given.isBlank()) return new Resolved<>(Region.of(given), givenSource);
        String env = System.getenv("AWS_REGION");
        if (env != null && !env.isBlank()) return new Resolved<>(Region.of(env), "AWS_REGION");
        String sys = System.getProperty("aws.region");
        if (sys != null && !sys.isBlank()) return new Resolved<>(Region.of(sys), "the system property aws.region");
        String name = profile != null ? profile : System.getenv().getOrDefault("AWS_PROFILE", "default");
        try {
            Supplier<ProfileFile> files = ProfileFile::defaultProfileFile;
            Region r = new AwsProfileRegionProvider(files, name).getRegion();
            if (r != null) return new Resolved<>(r, "the AWS config of profile '" + name + "'");
        } catch (SdkException | IllegalStateException e) {
            // not in the profile: the rest of the default chain
        }
        try {
            Region r = DefaultAwsRegionProviderChain.builder().profileName(name).build().getRegion();
            return new Resolved<>(r, "the SDK's default region chain");
        } catch (SdkException e) {
            throw new LiveReader.CannotRead("no region: pass --region, set AWS_REGION, or set region in the AWS config for profile '" + name + "'");
        }
    }

    /** The credentials provider of the default chain (for a profile when one is named), resolved once to name its source. */
    static Resolved<AwsCredentialsProvider> credentials(AwsCredentialsProvider given, String profile) throws LiveReader.CannotRead {
        if (given != null) return new Resolved<>(given, given.getClass().getSimpleName());
        DefaultCredentialsProvider.Builder b = DefaultCredentialsProvider.builder();
        if (profile != null) b.profileName(profile);
        DefaultCredentialsProvider chain = b.build();
        try {
            AwsCredentials c = chain.resolveCredentials();
            return new Resolved<>(chain, c.providerName().map(AwsSetup::source).orElse("the default credential chain"));
        } catch (SdkException e) {
            String why = AwsCalls.firstLine(e.getMessage());
            throw new LiveReader.CannotRead("no usable AWS credentials" + (profile != null ? " for profile '" + profile + "'" : "") + ": " + why
                    + ". Configure them (aws configure, aws sso login, AWS_PROFILE or --profile)");
        }
    }

    /**
     * A readable name for the SDK's provider name: comma-separated feature codes (as the SDK
     * reports them in its user agent), each named from the SDK's own table; "profile, assume-role
     * (STS)" for a profile that assumes a role.
     */
    static String source(String provider) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String code : provider.split(",")) {
            String name = null;
            for (BusinessMetricFeatureId f : BusinessMetricFeatureId.values()) if (f.value().equals(code.strip())) name = f.name();
            parts.add(name == null ? code.strip() : readable(name));
        }
        return String.join(", ", parts.stream().distinct().toList());
    }

    private static String readable(String feature) {
        if (feature.contains("WEB_ID")) return "web identity";
        if (feature.contains("SSO")) return "IAM Identity Center (SSO)";
        if (feature.contains("STS_ASSUME_ROLE")) return "assume-role (STS)";
        if (feature.contains("PROCESS")) return "credential_process";
        return switch (feature) {
            case "CREDENTIALS_JVM_SYSTEM_PROPERTIES" -> "Java system properties";
            case "CREDENTIALS_ENV_VARS" -> "environment variables";
            case "CREDENTIALS_PROFILE", "CREDENTIALS_PROFILE_SOURCE_PROFILE", "CREDENTIALS_PROFILE_NAMED_PROVIDER" -> "the AWS profile";
            case "CREDENTIALS_HTTP" -> "the container role";
            case "CREDENTIALS_IMDS" -> "the instance role";
            default -> feature.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
