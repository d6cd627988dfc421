package dev.archkit.gen.terraform;

import org.junit.jupiter.api.Test;

import static dev.archkit.gen.terraform.TerraformTest.SERVICE;
import static dev.archkit.gen.terraform.TerraformTest.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Blue/green deployments through CodeDeploy, the alarms they roll back on, and the messaging and storage kinds. */
class DeploymentsAndKindsTest {

    static String with(String deploy, String extra) {
        String s = SERVICE.replace("    env LOG_LEVEL \"info\"", "    env LOG_LEVEL \"info\"\n    " + deploy);
        int end = s.lastIndexOf('}');
        return s.substring(0, end) + extra + "}\n";
    }

    @Test
    void aBlueGreenServiceGetsItsCodeDeployGroupGreenTargetGroupAndTestListener() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(with("deploy blue-green canary 20% every 3m alarms api-5xx wait 10m",
                "  alarm api-5xx { metric \"HTTPCode_Target_5XX_Count\" threshold 5 period 1m target api }\n")), "t.arch");
        String alb = r.files().get("alb.tf"), ecs = r.files().get("ecs.tf"), cd = r.files().get("codedeploy.tf");
        assertThat(alb).contains("resource \"aws_lb_target_group\" \"edge_api_8080_green\"")
                .contains("resource \"aws_lb_listener\" \"edge_8443\"").contains("port              = 8443");
        // Terraform leaves alone what CodeDeploy rewrites
        assertThat(ecs).contains("type = \"CODE_DEPLOY\"").contains("ignore_changes = [desired_count, task_definition, load_balancer]")
                .doesNotContain("deployment_circuit_breaker");
        assertThat(cd).contains("type = \"TimeBasedCanary\"").contains("interval   = 3").contains("percentage = 20")
                .contains("deployment_config_name = aws_codedeploy_deployment_config.api.id")
                .contains("listener_arns = [aws_lb_listener.edge_443.arn]").contains("listener_arns = [aws_lb_listener.edge_8443.arn]")
                .contains("name = aws_lb_target_group.edge_api_8080.name").contains("name = aws_lb_target_group.edge_api_8080_green.name")
                .contains("termination_wait_time_in_minutes = 10")
                .contains("alarms  = [aws_cloudwatch_metric_alarm.api_5xx.alarm_name]")
                .contains("events  = [\"DEPLOYMENT_FAILURE\", \"DEPLOYMENT_STOP_ON_ALARM\"]")
                .contains("policy_arn = \"arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS\"");
        assertThat(r.files().get("alarms.tf")).contains("namespace           = \"AWS/ApplicationELB\"")
                .contains("TargetGroup  = aws_lb_target_group.edge_api_8080.arn_suffix").contains("threshold           = 5");
        assertThat(r.notGenerated()).noneMatch(n -> n.contains("CodeDeploy")).anyMatch(n -> n.contains("test listener 8443"));
    }

    @Test
    void withoutCanaryOrLinearItShiftsAllAtOnceAndARollingServiceStopsOnItsAlarms() {
        TerraformGenerator.Result bg = TerraformGenerator.generate(text(with("deploy blue-green", "")), "t.arch");
        assertThat(bg.files().get("codedeploy.tf")).contains("deployment_config_name = \"CodeDeployDefault.ECSAllAtOnce\"")
                .doesNotContain("aws_codedeploy_deployment_config").doesNotContain("alarm_configuration")
                .contains("events  = [\"DEPLOYMENT_FAILURE\"]");
        TerraformGenerator.Result rolling = TerraformGenerator.generate(text(with("deploy rolling circuit-breaker rollback alarms api-cpu, nowhere",
                "  alarm api-cpu { metric \"CPUUtilization\" threshold 90% period 1m target api }\n"
                        + "  alarm nowhere { metric \"Custom\" threshold 1 target api }\n")), "t.arch");
        assertThat(rolling.files()).doesNotContainKey("codedeploy.tf");
        assertThat(rolling.files().get("ecs.tf")).contains("alarm_names = [aws_cloudwatch_metric_alarm.api_cpu.alarm_name]").contains("rollback    = true");
        assertThat(rolling.files().get("alarms.tf")).contains("namespace           = \"AWS/ECS\"").doesNotContain("nowhere");
        assertThat(rolling.notGenerated()).anyMatch(n -> n.startsWith("alarm 'nowhere' (metric Custom"))
                .anyMatch(n -> n.contains("deployment alarm 'nowhere'"));
    }

    @Test
    void queuesTopicsBusesAndBucketsAreWrittenEncryptedAndPrivate() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(with("", """
                  queue jobs { fifo dlq jobs-dlq max-receives 3 }
                  queue jobs-dlq { fifo retention 14d }
                  topic events { encrypted }
                  eventbus bus { archive 30d }
                  bucket assets { versioning }
                  bucket local { type minio }
                """)), "t.arch");
        assertThat(r.files().get("messaging.tf")).contains("name                    = \"shop-jobs.fifo\"").contains("fifo_queue              = true")
                .contains("sqs_managed_sse_enabled = true").contains("deadLetterTargetArn = aws_sqs_queue.jobs_dlq.arn").contains("maxReceiveCount     = 3")
                .contains("kms_master_key_id = \"alias/aws/sns\"").contains("retention_days   = 30");
        assertThat(r.files().get("s3.tf")).contains("restrict_public_buckets = true").contains("sse_algorithm = \"AES256\"")
                .contains("status = \"Enabled\"").doesNotContain("local");
        assertThat(r.files().get("outputs.tf")).contains("output \"jobs_queue_url\"").contains("value = aws_sqs_queue.jobs.url")
                .contains("value = aws_sns_topic.events.arn").contains("value = aws_s3_bucket.assets.bucket")
                .contains("value = aws_ecs_service.api.name").doesNotContain("local_bucket");
        assertThat(r.notGenerated()).contains("MinIO bucket 'local' (not an AWS resource)").noneMatch(n -> n.contains("SQS") || n.contains("S3 bucket"));
    }

    @Test
    void aDataStoreWithoutAnEngineIsNotGuessed() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text(with("", """
                  database orders { subnets app-a, app-b }
                  cache sessions { subnets app-a }
                  cache tokens { engine redis subnets app-a }
                """)), "t.arch");
        String data = r.files().get("data.tf");
        assertThat(data).doesNotContain("orders").doesNotContain("\"sessions\"").contains("resource \"aws_elasticache_replication_group\" \"tokens\"")
                .contains("at_rest_encryption_enabled = true");
        assertThat(r.files().getOrDefault("outputs.tf", "")).doesNotContain("orders");
        assertThat(r.notGenerated()).anyMatch(n -> n.startsWith("database 'orders' (no engine declared"))
                .anyMatch(n -> n.startsWith("cache 'sessions' (no engine declared"));
    }
}
