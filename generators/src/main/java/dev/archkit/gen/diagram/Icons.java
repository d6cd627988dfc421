package dev.archkit.gen.diagram;

import dev.archkit.facts.Facts;
import dev.archkit.model.Element;
import dev.archkit.model.view.Cluster;
import dev.archkit.model.view.Database;
import dev.archkit.model.view.External;
import dev.archkit.model.view.Kind;
import dev.archkit.model.view.LoadBalancer;

/** The awslib icon (PlantUML stdlib, AWS Architecture Icons) for each kind of element. */
final class Icons {
    private Icons() { }

    static String of(Facts facts, Element e) {
        Kind k = Kind.of(e);
        if (k == null) return GENERIC;
        return switch (k) {
            case SERVICE -> switch (facts.service(e.name()).runtime()) {
                case FARGATE -> "Containers/Fargate";
                case EC2 -> "Containers/ElasticContainerServiceService";
                case EKS -> "Containers/ElasticKubernetesService";
                case SWARM, BEANSTALK -> GENERIC;
            };
            case FUNCTION -> "Compute/Lambda";
            case DATABASE -> new Database(e).engine().map(Database.Engine::isAurora).orElse(false) ? "Database/Aurora" : "Database/RDS";
            case CACHE -> "Database/ElastiCache";
            case TABLE -> "Database/DynamoDB";
            case SEARCH -> "Analytics/OpenSearchService";
            case BUCKET -> "Storage/SimpleStorageService";
            case QUEUE -> "ApplicationIntegration/SimpleQueueService";
            case TOPIC -> "ApplicationIntegration/SimpleNotificationService";
            case EVENTBUS -> "ApplicationIntegration/EventBridge";
            case LOADBALANCER -> switch (new LoadBalancer(e).type()) {
                case NETWORK -> "NetworkingContentDelivery/ElasticLoadBalancingNetworkLoadBalancer";
                case CLASSIC -> "NetworkingContentDelivery/ElasticLoadBalancingClassicLoadBalancer";
                case APPLICATION -> "NetworkingContentDelivery/ElasticLoadBalancingApplicationLoadBalancer";
            };
            case APIGATEWAY -> "ApplicationIntegration/APIGateway";
            case CLOUDMAP -> "NetworkingContentDelivery/CloudMap";
            case NAT -> "NetworkingContentDelivery/VPCNATGateway";
            case ENDPOINT -> "NetworkingContentDelivery/VPCEndpoints";
            case NODEGROUP -> "Compute/EC2AutoScaling";
            case CLUSTER -> new Cluster(e).type() == Cluster.Type.EKS ? "Containers/ElasticKubernetesService" : "Containers/ElasticContainerService";
            case ROLE -> "SecurityIdentityCompliance/IdentityAccessManagementRole";
            case ALARM -> "ManagementGovernance/CloudWatchAlarm";
            case EXTERNAL -> new External(e).type().map(t -> switch (t) {
                case USERS -> "General/Users";
                case INTERNET -> INTERNET;
                case ON_PREMISES, SAAS, PARTNER -> "General/Traditionalserver";
            }).orElse("General/Client");
            case NETWORK, SUBNET, SECURITYGROUP, NACL, PREFIXLIST -> GENERIC;
        };
    }

    static final String GENERIC = "General/GenericApplication";
    static final String INTERNET = "General/Internet";
    static final String INTERNET_GATEWAY = "NetworkingContentDelivery/VPCInternetGateway";

    /** The sprite a path defines: its last part. */
    static String sprite(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
