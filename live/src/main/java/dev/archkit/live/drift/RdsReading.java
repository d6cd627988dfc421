package dev.archkit.live.drift;

import software.amazon.awssdk.services.rds.RdsClient;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** RDS, read only: the DB instances (Aurora's writers and readers among them). */
final class RdsReading {
    private final RdsClient rds;
    private final AwsCalls calls;

    RdsReading(RdsClient rds, AwsCalls calls) {
        this.rds = rds;
        this.calls = calls;
    }

    List<Inventory.Database> databases() {
        return calls.<Inventory.Database>list("rds", "DescribeDBInstances", null, sink -> {
            rds.describeDBInstancesPaginator(r -> { }).forEach(p -> p.dbInstances().forEach(d -> {
                Map<String, String> t = new TreeMap<>();
                d.tagList().forEach(x -> t.put(x.key(), x.value()));
                sink.accept(new Inventory.Database(d.dbInstanceIdentifier(), d.engine(), d.dbInstanceClass(), Boolean.TRUE.equals(d.multiAZ()),
                        d.allocatedStorage() == null ? 0 : d.allocatedStorage(), Boolean.TRUE.equals(d.publiclyAccessible()),
                        d.dbSubnetGroup() == null ? null : d.dbSubnetGroup().vpcId(), AwsCalls.tags(t)));
            }));
        }).items();
    }
}
