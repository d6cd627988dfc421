package dev.archkit.gen.k8s;

import dev.archkit.model.view.Service;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's Kubernetes Service: ClusterIP, selecting the Deployment's pods, one port per
 * container port by name. A load balancer route's own health check is written here as the AWS Load
 * Balancer Controller reads it (a Service's annotation overrides the Ingress's).
 */
final class ServiceFactory {
    private ServiceFactory() { }

    static io.fabric8.kubernetes.api.model.Service build(Workload w, Map<String, String> annotations) {
        Service s = w.service();
        List<ServicePort> ports = new ArrayList<>();
        for (int p : s.ports()) {
            String name = DeploymentFactory.portName(s, p);
            ports.add(new ServicePortBuilder().withName(name).withPort(p).withTargetPort(new IntOrString(name)).withProtocol("TCP").build());
        }
        return new ServiceBuilder()
                .withNewMetadata().withName(w.name()).withNamespace(w.namespace()).withLabels(w.labels())
                .withAnnotations(annotations.isEmpty() ? null : annotations).endMetadata()
                .withNewSpec().withType("ClusterIP").withSelector(w.selector()).withPorts(ports).endSpec()
                .build();
    }
}
