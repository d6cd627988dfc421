package dev.archkit.live.drift;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
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

    /** A readable name for the SDK's provider names ("ProfileCredentialsProvider", "SystemPropertyCredentialsProvider"...). */
    static String source(String provider) {
        String p = provider.contains(",") ? provider.substring(0, provider.indexOf(',')) : provider;
        return switch (p) {
            case "SystemPropertyCredentialsProvider" -> "Java system properties";
            case "EnvironmentVariableCredentialsProvider" -> "environment variables";
            case "WebIdentityTokenFileCredentialsProvider" -> "web identity (AWS_WEB_IDENTITY_TOKEN_FILE)";
            case "ProfileCredentialsProvider" -> "the AWS profile";
            case "ContainerCredentialsProvider" -> "the container role";
            case "InstanceProfileCredentialsProvider" -> "the instance role";
            default -> provider;
        } + (p.equals(provider) ? "" : " (" + provider + ")");
    }
}
