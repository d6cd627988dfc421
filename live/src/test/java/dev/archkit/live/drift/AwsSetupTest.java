package dev.archkit.live.drift;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Region and credentials from the SDK's default chains, with their source named; the profile providers' modules are on the class path. */
class AwsSetupTest {

    @AfterEach
    void clear() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    @Test
    void theRegionOfAProfileInTheConfigFileIsUsed(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("AWS_REGION") == null, "AWS_REGION set in this environment");
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile audit]\nregion = eu-west-3\n");
        System.setProperty("aws.configFile", config.toString());
        AwsSetup.Resolved<Region> r = AwsSetup.region(null, null, "audit");
        assertThat(r.value()).isEqualTo(Region.EU_WEST_3);
        assertThat(r.source()).isEqualTo("the AWS config of profile 'audit'");
        assertThat(AwsSetup.region("ap-northeast-2", "--region", "audit").source()).isEqualTo("--region");
    }

    @Test
    void profileKeysAreFoundAndNamedAndAMissingProfileIsExplained(@TempDir Path dir) throws Exception {
        Path creds = dir.resolve("credentials");
        Files.writeString(creds, "[audit]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI\n");
        System.setProperty("aws.sharedCredentialsFile", creds.toString());
        System.setProperty("aws.configFile", dir.resolve("none").toString());
        assertThat(AwsSetup.credentials(null, "audit").source()).isEqualTo("the AWS profile");
        assertThat(AwsSetup.source("n,i")).as("a profile that assumes a role").isEqualTo("the AWS profile, assume-role (STS)");
        assertThatThrownBy(() -> AwsSetup.credentials(null, "nobody")).isInstanceOf(LiveReader.CannotRead.class)
                .hasMessageStartingWith("no usable AWS credentials for profile 'nobody': ").hasMessageContaining("--profile");
    }

    @Test
    void assumeRoleSsoAndWebIdentityProfilesCanBeLoaded() throws Exception {
        // the SDK loads these by name for profiles with role_arn, sso_session or web_identity_token_file
        for (String c : new String[] {"software.amazon.awssdk.services.sts.internal.StsProfileCredentialsProviderFactory",
                "software.amazon.awssdk.services.sts.internal.StsWebIdentityCredentialsProviderFactory",
                "software.amazon.awssdk.services.sso.auth.SsoProfileCredentialsProviderFactory",
                "software.amazon.awssdk.services.ssooidc.SsoOidcProfileTokenProviderFactory"}) {
            assertThat(Class.forName(c)).isNotNull();
        }
    }
}
