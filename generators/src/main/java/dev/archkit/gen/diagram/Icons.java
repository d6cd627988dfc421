package dev.archkit.gen.diagram;

import dev.archkit.model.Architecture;
import dev.archkit.model.Element;

/** The awslib icon (PlantUML stdlib, AWS Architecture Icons) for each kind of element. */
final class Icons {
    private Icons() { }

    static String of(Architecture a, Element e) {
        return switch (e.kind()) {
            case "service" -> switch (dev.archkit.model.Runtimes.of(a, e)) {
                case "fargate" -> "Containers/Fargate";
                case "ec2" -> "Containers/ElasticContainerServiceService";
                case "eks" -> "Containers/ElasticKubernetesService";
                default -> "General/GenericApplication";
            };
            case "function" -> "Compute/Lambda";
            case "database" -> e.string("engine") != null && e.string("engine").startsWith("aurora") ? "Database/Aurora" : "Database/RDS";
            case "cache" -> "Database/ElastiCache";
            case "table" -> "Database/DynamoDB";
            case "search" -> "Analytics/OpenSearchService";
            case "bucket" -> "Storage/SimpleStorageService";
            case "queue" -> "ApplicationIntegration/SimpleQueueService";
            case "topic" -> "ApplicationIntegration/SimpleNotificationService";
            case "eventbus" -> "ApplicationIntegration/EventBridge";
            case "loadbalancer" -> switch (e.string("type") == null ? "application" : e.string("type")) {
                case "network" -> "NetworkingContentDelivery/ElasticLoadBalancingNetworkLoadBalancer";
                case "classic" -> "NetworkingContentDelivery/ElasticLoadBalancingClassicLoadBalancer";
                default -> "NetworkingContentDelivery/ElasticLoadBalancingApplicationLoadBalancer";
            };
            case "apigateway" -> "ApplicationIntegration/APIGateway";
            case "cloudmap" -> "NetworkingContentDelivery/CloudMap";
            case "nat" -> "NetworkingContentDelivery/VPCNATGateway";
            case "nodegroup" -> "Compute/EC2AutoScaling";
            case "cluster" -> "eks".equals(e.string("type")) ? "Containers/ElasticKubernetesService" : "Containers/ElasticContainerService";
            case "role" -> "SecurityIdentityCompliance/IdentityAccessManagementRole";
            case "alarm" -> "ManagementGovernance/CloudWatchAlarm";
            case "external" -> switch (e.string("type") == null ? "" : e.string("type")) {
                case "users" -> "General/Users";
                case "internet" -> "General/Internet";
                case "on-premises", "saas", "partner" -> "General/Traditionalserver";
                default -> "General/Client";
            };
            default -> "General/GenericApplication";
        };
    }

    static final String INTERNET = "General/Internet";
    static final String INTERNET_GATEWAY = "NetworkingContentDelivery/VPCInternetGateway";

    /** The sprite a path defines: its last part. */
    static String sprite(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
