package dev.archkit.gen.terraform;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.archkit.gen.terraform.TerraformTest.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Names are unique per namespace: an EKS cluster and a database of one name get outputs of their own. */
class SharedNamesTerraformTest {

    @Test
    void anEksClusterAndADatabaseOfOneNameGetTwoOutputs() {
        TerraformGenerator.Result r = TerraformGenerator.generate(text("""
                architecture a {
                  region eu-west-1
                  zones eu-west-1a, eu-west-1b
                  network main 10.0.0.0/16 {
                    subnet app-a zone eu-west-1a private 10.0.1.0/24
                    subnet app-b zone eu-west-1b private 10.0.2.0/24
                  }
                  cluster orders {
                    type eks
                    subnets app-a, app-b
                  }
                  database orders {
                    engine postgres
                    class db.t4g.medium
                    storage 20 GB
                    subnets app-a, app-b
                  }
                }
                """), "t.arch");
        String outputs = r.files().get("outputs.tf");
        assertThat(outputs).contains("output \"orders_cluster_endpoint\" {\n  value = aws_eks_cluster.orders.endpoint")
                .contains("output \"orders_endpoint\" {\n  value = aws_db_instance.orders.endpoint");
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^output \"(\\w+)\"").matcher(outputs);
        while (m.find()) assertThat(names.add(m.group(1))).as(m.group(1) + " twice").isTrue();
    }
}
