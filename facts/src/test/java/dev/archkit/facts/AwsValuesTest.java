package dev.archkit.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AwsValuesTest {

    @Test
    void tagsTakeAwssCharactersAndLengthsOnly() {
        assertThat(AwsValues.tagValueProblem("/api/v1/*")).hasValueSatisfying(p -> assertThat(p).contains("'*'"));
        assertThat(AwsValues.tagValueProblem("Zoë: a/b=c+d @e_f.g-h")).isEmpty();
        assertThat(AwsValues.tagValueProblem("x".repeat(257))).isPresent();
        assertThat(AwsValues.tagValueProblem("x".repeat(256))).isEmpty();
        assertThat(AwsValues.tagKeyProblem("")).isPresent();
        assertThat(AwsValues.tagKeyProblem("AWS:team")).hasValue("the 'aws:' prefix is reserved for AWS");
        assertThat(AwsValues.tagValueSafe("/api/*")).isEqualTo("/api/_");
        assertThat(AwsValues.tagValueSafe("a".repeat(300))).hasSize(256);
    }

    @Test
    void anArnNeedsARegionAndATwelveDigitAccount() {
        assertThat(AwsValues.accountArnProblem("arn:aws:secretsmanager:eu-west-1:123456789012:secret:x")).isEmpty();
        assertThat(AwsValues.accountArnProblem("arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/x")).isEmpty();
        assertThat(AwsValues.accountArnProblem("arn:aws:secretsmanager:eu-west-1:account:secret:x")).hasValue("'account' is not a 12-digit account id");
        assertThat(AwsValues.accountArnProblem("arn:aws:acm:*:123456789012:certificate/x")).hasValue("'*' is not a region");
        assertThat(AwsValues.accountArnProblem("arn:aws:ssm:eu-west-1:${account}:parameter/x")).isEmpty();
        assertThat(AwsValues.accountArnProblem("not-an-arn")).isPresent();
        assertThat(AwsValues.priorityProblem(0)).isPresent();
        assertThat(AwsValues.priorityProblem(50_000)).isEmpty();
    }
}
