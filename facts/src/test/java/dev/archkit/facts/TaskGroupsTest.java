package dev.archkit.facts;

import dev.archkit.facts.graph.ArchGraph;
import dev.archkit.facts.graph.TaskGroups;
import org.junit.jupiter.api.Test;

import static dev.archkit.facts.FactsTest.build;
import static org.assertj.core.api.Assertions.assertThat;

/** Which security groups sit on a service's tasks: their own, their nodes', not known, or none. */
class TaskGroupsTest {

    static final String ARCH = """
            architecture t {
              region eu-west-1
              securitygroup node-sg {}
              securitygroup gpu-sg {}
              securitygroup pod-sg {}
              cluster k8s {
                type eks
                nodegroup a { instance m5.large securitygroups node-sg }
                nodegroup b { instance m5.large securitygroups node-sg }
              }
              cluster mixed {
                type eks
                nodegroup general { instance m5.large securitygroups node-sg }
                nodegroup gpu { instance g5.xlarge securitygroups gpu-sg }
              }
              cluster bare {
                type eks
                nodegroup plain { instance m5.large }
              }
              cluster ecs-ec2 {
                capacity ec2
                nodegroup hosts { instance m5.large securitygroups node-sg }
              }
              cluster swarm {
                type swarm
                nodegroup managers { instance m5.large securitygroups node-sg }
              }
              service pods { cluster k8s port 8080 }
              service sg-pods { cluster k8s port 8080 securitygroups pod-sg }
              service trainer { cluster mixed port 8080 }
              service loose { cluster bare port 8080 }
              service task { cluster ecs-ec2 port 8080 }
              service swarm-app { cluster swarm port 8080 }
            }
            """;

    @Test
    void eachServiceGetsItsOwnItsNodesOrUnknownGroups() {
        ArchGraph g = Facts.of(build(ARCH)).graph();
        // EKS pods without groups of their own use the nodes' interfaces, hence their groups
        assertThat(g.taskGroups("pods").source()).isEqualTo(TaskGroups.Source.NODES);
        assertThat(g.taskGroups("pods").nodeGroups()).containsExactly("a", "b");
        assertThat(g.groupsOf("pods")).containsExactly("node-sg");
        assertThat(g.membersOf("node-sg")).contains("a", "b", "pods", "swarm-app").doesNotContain("sg-pods", "task", "trainer");
        // security groups for pods: the pods' own
        assertThat(g.taskGroups("sg-pods").source()).isEqualTo(TaskGroups.Source.SERVICE);
        assertThat(g.groupsOf("sg-pods")).containsExactly("pod-sg");
        // node groups with different groups: not known, never a guess; each may be carried
        TaskGroups t = g.taskGroups("trainer");
        assertThat(t.source()).isEqualTo(TaskGroups.Source.UNKNOWN);
        assertThat(t.unknown()).hasValueSatisfying(w -> assertThat(w).contains("carry different security groups"));
        assertThat(g.groupsOf("trainer")).isEmpty();
        assertThat(g.mayCarry("trainer", "gpu-sg")).isTrue();
        assertThat(g.mayCarry("trainer", "pod-sg")).isFalse();
        assertThat(g.possibleMembersOf("gpu-sg")).containsExactly("trainer");
        // nodes that name no group, and ECS tasks (awsvpc: their own groups only): none named
        assertThat(g.taskGroups("loose").source()).isEqualTo(TaskGroups.Source.NONE);
        assertThat(g.taskGroups("task").source()).isEqualTo(TaskGroups.Source.NONE);
        assertThat(g.groupsOf("task")).isEmpty();
        // Swarm tasks share their hosts' network
        assertThat(g.taskGroups("swarm-app").source()).isEqualTo(TaskGroups.Source.NODES);
    }
}
