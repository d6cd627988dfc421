package dev.archkit.gen.terraform;

import dev.archkit.facts.Facts;
import dev.archkit.gen.terraform.SecurityNeeds.Cidr;
import dev.archkit.gen.terraform.SecurityNeeds.Group;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.archkit.gen.terraform.TerraformTest.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Security group rules derived from the declared calls, and the notes that compare them with the model's rules. */
class SecurityEmitterTest {

    static final String NET = """
              network vpc 10.0.0.0/16 {
                subnet app-a zone eu-west-1a private 10.0.10.0/24
                subnet app-b zone eu-west-1b private 10.0.11.0/24
              }
            """;

    static String arch(String body) {
        return "architecture t {\n  region eu-west-1\n" + NET + body + "}\n";
    }

    @Test
    void aDependencyOpensItsPortFromTheCallersGroupToTheCalleesAndBack() {
        Facts facts = Facts.of(text(arch("""
                  securitygroup app-sg { egress all to 0.0.0.0/0 }
                  securitygroup db-sg { ingress tcp 5432 from app-sg }
                  service api { image "a:1" port 8080 subnets app-a securitygroups app-sg }
                  database db { engine postgres subnets app-a, app-b securitygroups db-sg }
                  api -> db { timeout 1s }
                """)));
        SecurityNeeds needs = SecurityNeeds.of(facts, new Notes());
        SecurityNeeds.Traffic in5432 = needs.ingressOf("db-sg").get(new Group("app-sg"));
        assertThat(in5432.ports()).containsExactly(5432);
        assertThat(in5432.reasons()).containsExactly("api to db");
        assertThat(needs.egressOf("app-sg").get(new Group("db-sg")).ports()).containsExactly(5432);
        assertThat(needs.ingressOf("app-sg")).isEmpty();
        // the task's own HTTPS (images, logs, secrets); the database's group calls out to nothing
        assertThat(needs.httpsOf("app-sg")).containsExactly("image pulls, logs and secrets of api");
        assertThat(needs.httpsOf("db-sg")).isEmpty();

        Hcl.Doc d = new Hcl.Doc();
        Notes notes = new Notes();
        new SecurityEmitter(facts).emit(d, notes);
        assertThat(d.render())
                .contains("resource \"aws_vpc_security_group_ingress_rule\" \"db_sg_from_app_sg_tcp_5432\" {\n"
                        + "  security_group_id            = aws_security_group.db_sg.id\n"
                        + "  referenced_security_group_id = aws_security_group.app_sg.id\n"
                        + "  ip_protocol                  = \"tcp\"\n"
                        + "  from_port                    = 5432\n"
                        + "  to_port                      = 5432\n"
                        + "  description                  = \"from api to db\"\n")
                .contains("resource \"aws_vpc_security_group_egress_rule\" \"app_sg_to_db_sg_tcp_5432\"")
                .contains("resource \"aws_vpc_security_group_egress_rule\" \"app_sg_to_anywhere_tcp_443\"");
        assertThat(notes.narrowed()).singleElement().asString()
                .contains("'egress all to 0.0.0.0/0'").contains("generated tcp 443 to 0.0.0.0/0, and rules to the groups of what its members call");
    }

    @Test
    void aCallTheModelsRulesDoNotAdmitIsAddedAndSaidSo() {
        Facts facts = Facts.of(text(arch("""
                  securitygroup app-sg { }
                  securitygroup db-sg { }
                  service api { image "a:1" port 8080 subnets app-a securitygroups app-sg }
                  database db { engine mysql subnets app-a, app-b securitygroups db-sg }
                  api -> db { timeout 1s }
                """)));
        Hcl.Doc d = new Hcl.Doc();
        Notes notes = new Notes();
        new SecurityEmitter(facts).emit(d, notes);
        assertThat(d.render()).contains("\"db_sg_from_app_sg_tcp_3306\"");
        assertThat(notes.narrowed()).containsExactly("security group 'db-sg': added 'ingress tcp 3306 from app-sg' for api to db,"
                + " which the model's rules do not admit (see least-privilege/blocked-dependency)");
    }

    @Test
    void aLoadBalancerWithoutGroupsReachesItsTargetsFromItsSubnets() {
        Facts facts = Facts.of(text(arch("""
                  securitygroup app-sg { ingress tcp 8080 from 10.0.0.0/16 }
                  loadbalancer nlb { type network scheme internal subnets app-a, app-b listener tcp 80 forward api }
                  service api { image "a:1" port 8080 subnets app-a securitygroups app-sg }
                """)));
        SecurityNeeds needs = SecurityNeeds.of(facts, new Notes());
        assertThat(needs.ingressOf("app-sg").keySet()).containsExactly(new Cidr("10.0.10.0/24"), new Cidr("10.0.11.0/24"));
        assertThat(needs.ingressOf("app-sg").get(new Cidr("10.0.10.0/24")).reasons()).containsExactly("nlb to api");
    }

    @Test
    void aCallWithoutAPortIsNotedAndOpensNothing() {
        Facts facts = Facts.of(text(arch("""
                  securitygroup a-sg { }
                  securitygroup b-sg { }
                  service a { image "a:1" port 8080 subnets app-a securitygroups a-sg }
                  service b { image "b:1" subnets app-a securitygroups b-sg }
                  a -> b { timeout 1s }
                """)));
        Notes notes = new Notes();
        SecurityNeeds needs = SecurityNeeds.of(facts, notes);
        assertThat(needs.ingressOf("b-sg")).isEmpty();
        assertThat(notes.notGenerated()).containsExactly("a security group rule for a -> b: its port is unknown (write 'port N' on the dependency)");
    }

    @Test
    void peersSortByGroupNameWithCidrsAmongThem() {
        assertThat(List.of(new Group("web-sg"), new Cidr("10.0.0.0/8"), new Group("app-sg"), new Group("db-sg")).stream().sorted().toList())
                .containsExactly(new Group("app-sg"), new Cidr("10.0.0.0/8"), new Group("db-sg"), new Group("web-sg"));
        assertThat(new Cidr("::/0").ipv6()).isTrue();
        assertThat(new Cidr("0.0.0.0/0").ipv6()).isFalse();
    }

    @Test
    void portsBecomeTheFewestRanges() {
        assertThat(PortRange.of(new java.util.TreeSet<>(List.of(8082, 80, 8080, 443, 8081))))
                .containsExactly(new PortRange(80, 80), new PortRange(443, 443), new PortRange(8080, 8082));
        assertThat(new PortRange(8080, 8082).text()).isEqualTo("8080-8082");
        assertThat(new PortRange(443, 443).text()).isEqualTo("443");
    }
}
