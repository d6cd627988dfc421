package dev.archkit.gen.terraform;

import java.util.Map;
import java.util.Set;

/**
 * The arguments and nested blocks archkit may write, per resource type, as the Terraform AWS
 * provider (v5) documents them in website/docs/r/*.html.markdown. A generated argument missing
 * here is a typo or an invented argument, and fails the test. Nested blocks are "type.block".
 */
final class ProviderArguments {
    private ProviderArguments() { }

    static final Set<String> META = Set.of("count", "depends_on", "lifecycle", "for_each", "provider");

    static final Map<String, Set<String>> ARGS = Map.ofEntries(
            Map.entry("aws_vpc", Set.of("cidr_block", "enable_dns_support", "enable_dns_hostnames", "instance_tenancy", "tags")),
            Map.entry("aws_subnet", Set.of("vpc_id", "cidr_block", "availability_zone", "map_public_ip_on_launch", "tags")),
            Map.entry("aws_internet_gateway", Set.of("vpc_id", "tags")),
            Map.entry("aws_route_table", Set.of("vpc_id", "tags", "route")),
            Map.entry("aws_route", Set.of("route_table_id", "destination_cidr_block", "gateway_id", "nat_gateway_id")),
            Map.entry("aws_route_table_association", Set.of("subnet_id", "route_table_id", "gateway_id")),
            Map.entry("aws_eip", Set.of("domain", "tags")),
            Map.entry("aws_nat_gateway", Set.of("allocation_id", "subnet_id", "connectivity_type", "tags")),
            Map.entry("aws_security_group", Set.of("name", "description", "vpc_id", "tags")),
            Map.entry("aws_vpc_security_group_ingress_rule", Set.of("security_group_id", "cidr_ipv4", "cidr_ipv6", "description", "from_port",
                    "ip_protocol", "prefix_list_id", "referenced_security_group_id", "tags", "to_port")),
            Map.entry("aws_vpc_security_group_egress_rule", Set.of("security_group_id", "cidr_ipv4", "cidr_ipv6", "description", "from_port",
                    "ip_protocol", "prefix_list_id", "referenced_security_group_id", "tags", "to_port")),
            Map.entry("aws_iam_role", Set.of("name", "assume_role_policy", "description", "path", "tags")),
            Map.entry("aws_iam_role_policy", Set.of("name", "role", "policy")),
            Map.entry("aws_iam_role_policy_attachment", Set.of("role", "policy_arn")),
            Map.entry("aws_ecs_cluster", Set.of("name", "setting", "tags")),
            Map.entry("aws_ecs_cluster.setting", Set.of("name", "value")),
            Map.entry("aws_ecs_cluster_capacity_providers", Set.of("cluster_name", "capacity_providers", "default_capacity_provider_strategy")),
            Map.entry("aws_ecs_cluster_capacity_providers.default_capacity_provider_strategy", Set.of("base", "capacity_provider", "weight")),
            Map.entry("aws_service_discovery_private_dns_namespace", Set.of("name", "vpc", "description", "tags")),
            Map.entry("aws_service_discovery_public_dns_namespace", Set.of("name", "description", "tags")),
            Map.entry("aws_service_discovery_http_namespace", Set.of("name", "description", "tags")),
            Map.entry("aws_service_discovery_service", Set.of("name", "description", "dns_config", "health_check_config", "health_check_custom_config", "namespace_id", "tags")),
            Map.entry("aws_service_discovery_service.dns_config", Set.of("namespace_id", "dns_records", "routing_policy")),
            Map.entry("aws_service_discovery_service.dns_config.dns_records", Set.of("ttl", "type")),
            Map.entry("aws_service_discovery_service.health_check_custom_config", Set.of("failure_threshold")),
            Map.entry("aws_cloudwatch_log_group", Set.of("name", "retention_in_days", "kms_key_id", "tags")),
            Map.entry("aws_ecs_task_definition", Set.of("family", "requires_compatibilities", "network_mode", "cpu", "memory", "execution_role_arn",
                    "task_role_arn", "container_definitions", "runtime_platform", "ephemeral_storage", "volume", "tags")),
            Map.entry("aws_ecs_task_definition.runtime_platform", Set.of("operating_system_family", "cpu_architecture")),
            Map.entry("aws_ecs_task_definition.ephemeral_storage", Set.of("size_in_gib")),
            Map.entry("aws_ecs_service", Set.of("name", "cluster", "task_definition", "desired_count", "launch_type", "enable_execute_command",
                    "propagate_tags", "deployment_maximum_percent", "deployment_minimum_healthy_percent", "health_check_grace_period_seconds",
                    "capacity_provider_strategy", "network_configuration", "load_balancer", "service_registries", "deployment_controller",
                    "deployment_circuit_breaker", "tags")),
            Map.entry("aws_ecs_service.capacity_provider_strategy", Set.of("base", "capacity_provider", "weight")),
            Map.entry("aws_ecs_service.network_configuration", Set.of("subnets", "security_groups", "assign_public_ip")),
            Map.entry("aws_ecs_service.load_balancer", Set.of("target_group_arn", "container_name", "container_port", "elb_name")),
            Map.entry("aws_ecs_service.service_registries", Set.of("registry_arn", "port", "container_name", "container_port")),
            Map.entry("aws_ecs_service.deployment_controller", Set.of("type")),
            Map.entry("aws_ecs_service.deployment_circuit_breaker", Set.of("enable", "rollback")),
            Map.entry("aws_ecs_service.lifecycle", Set.of("ignore_changes", "create_before_destroy", "prevent_destroy")),
            Map.entry("aws_lb", Set.of("name", "internal", "load_balancer_type", "security_groups", "subnets", "idle_timeout",
                    "enable_cross_zone_load_balancing", "enable_deletion_protection", "access_logs", "tags")),
            Map.entry("aws_lb_target_group", Set.of("name", "port", "protocol", "target_type", "vpc_id", "deregistration_delay", "health_check", "tags")),
            Map.entry("aws_lb_target_group.health_check", Set.of("enabled", "path", "interval", "timeout", "healthy_threshold", "unhealthy_threshold",
                    "matcher", "port", "protocol")),
            Map.entry("aws_lb_listener", Set.of("load_balancer_arn", "port", "protocol", "certificate_arn", "ssl_policy", "default_action", "tags")),
            Map.entry("aws_lb_listener.default_action", Set.of("type", "target_group_arn", "redirect", "fixed_response", "forward")),
            Map.entry("aws_lb_listener.default_action.redirect", Set.of("port", "protocol", "status_code", "host", "path", "query")),
            Map.entry("aws_lb_listener.default_action.fixed_response", Set.of("content_type", "message_body", "status_code")),
            Map.entry("aws_lb_listener_rule", Set.of("listener_arn", "priority", "action", "condition", "tags")),
            Map.entry("aws_lb_listener_rule.action", Set.of("type", "target_group_arn", "forward", "redirect", "fixed_response")),
            Map.entry("aws_lb_listener_rule.condition", Set.of("path_pattern", "host_header", "http_header", "http_request_method", "query_string", "source_ip")),
            Map.entry("aws_lb_listener_rule.condition.path_pattern", Set.of("values")),
            Map.entry("aws_lb_listener_rule.condition.host_header", Set.of("values")),
            Map.entry("aws_appautoscaling_target", Set.of("service_namespace", "scalable_dimension", "resource_id", "min_capacity", "max_capacity", "role_arn", "tags")),
            Map.entry("aws_appautoscaling_policy", Set.of("name", "policy_type", "service_namespace", "scalable_dimension", "resource_id",
                    "target_tracking_scaling_policy_configuration", "step_scaling_policy_configuration")),
            Map.entry("aws_appautoscaling_policy.target_tracking_scaling_policy_configuration", Set.of("target_value", "scale_in_cooldown",
                    "scale_out_cooldown", "disable_scale_in", "predefined_metric_specification", "customized_metric_specification")),
            Map.entry("aws_appautoscaling_policy.target_tracking_scaling_policy_configuration.predefined_metric_specification",
                    Set.of("predefined_metric_type", "resource_label")),
            Map.entry("aws_appautoscaling_scheduled_action", Set.of("name", "service_namespace", "scalable_dimension", "resource_id", "schedule",
                    "timezone", "start_time", "end_time", "scalable_target_action")),
            Map.entry("aws_appautoscaling_scheduled_action.scalable_target_action", Set.of("min_capacity", "max_capacity")),
            Map.entry("aws_db_subnet_group", Set.of("name", "subnet_ids", "description", "tags")),
            Map.entry("aws_db_instance", Set.of("identifier", "engine", "engine_version", "instance_class", "allocated_storage", "storage_type",
                    "multi_az", "availability_zone", "username", "manage_master_user_password", "db_subnet_group_name", "vpc_security_group_ids",
                    "port", "storage_encrypted", "publicly_accessible", "backup_retention_period", "deletion_protection", "skip_final_snapshot",
                    "final_snapshot_identifier", "tags")),
            Map.entry("aws_rds_cluster", Set.of("cluster_identifier", "engine", "engine_version", "master_username", "manage_master_user_password",
                    "db_subnet_group_name", "vpc_security_group_ids", "port", "storage_encrypted", "backup_retention_period", "deletion_protection",
                    "skip_final_snapshot", "final_snapshot_identifier", "tags")),
            Map.entry("aws_rds_cluster_instance", Set.of("identifier", "cluster_identifier", "instance_class", "engine", "publicly_accessible", "tags")),
            Map.entry("aws_elasticache_subnet_group", Set.of("name", "subnet_ids", "description", "tags")),
            Map.entry("aws_elasticache_replication_group", Set.of("replication_group_id", "description", "engine", "engine_version", "node_type",
                    "num_cache_clusters", "automatic_failover_enabled", "multi_az_enabled", "subnet_group_name", "security_group_ids", "port",
                    "at_rest_encryption_enabled", "transit_encryption_enabled", "tags")),
            Map.entry("aws_eks_cluster", Set.of("name", "role_arn", "version", "vpc_config", "tags")),
            Map.entry("aws_eks_cluster.vpc_config", Set.of("subnet_ids", "endpoint_private_access", "endpoint_public_access", "security_group_ids", "public_access_cidrs")),
            Map.entry("aws_eks_node_group", Set.of("cluster_name", "node_group_name", "node_role_arn", "subnet_ids", "instance_types", "capacity_type",
                    "disk_size", "ami_type", "scaling_config", "tags")),
            Map.entry("aws_eks_node_group.scaling_config", Set.of("desired_size", "min_size", "max_size")),
            Map.entry("aws_eks_node_group.lifecycle", Set.of("ignore_changes")));

    static final Map<String, Set<String>> DATA = Map.of(
            "aws_caller_identity", Set.of(),
            "aws_secretsmanager_secret", Set.of("name", "arn"));
}
