package dev.archkit.model.schema;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceClassesTest {

    @ParameterizedTest
    @ValueSource(strings = {"t3.medium", "t4g.nano", "m7i-flex.large", "c7gn.16xlarge", "u-6tb1.112xlarge", "u7in-32tb.224xlarge",
            "i4i.metal", "m7i.metal-48xl", "mac2-m2pro.metal", "r5.24xlarge", "x2iedn.32xlarge", "t2.micro", "p5.48xlarge"})
    void realInstanceTypesPass(String name) {
        assertThat(InstanceClasses.EC2.check(name)).as(name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"db.t3.micro", "db.r6g.large", "db.serverless", "db.r5.2xlarge.tpc2.mem4x", "db.x2iedn.xlarge", "db.m7g.16xlarge"})
    void realDbClassesPass(String name) {
        assertThat(InstanceClasses.RDS.check(name)).as(name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cache.t4g.micro", "cache.r7g.xlarge", "cache.c7gn.large"})
    void realNodeTypesPass(String name) {
        assertThat(InstanceClasses.ELASTICACHE.check(name)).as(name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"r6g.large.search", "or1.medium.search", "ultrawarm1.medium.search", "t3.small.search"})
    void realSearchTypesPass(String name) {
        assertThat(InstanceClasses.OPENSEARCH.check(name)).as(name).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "EC2;t9.humongous;no EC2 family 't9', no size 'humongous';did you mean 't3.SIZE'? sizes are nano, micro, small, medium, large, xlarge, 2xlarge ... 48xlarge, metal",
            "EC2;t3.medum;no size 'medum';did you mean 't3.medium'?",
            "EC2;m7x.large;no EC2 family 'm7x';did you mean 'm7a.large'?",
            "EC2;db.t3.medium;it is written FAMILY.SIZE;did you mean 't3.medium'?",
            "EC2;T3.Medium;no EC2 family 'T3', no size 'Medium';did you mean 't3.medium'?",
            "RDS;db.x99.mega;no DB instance family 'x99', no size 'mega';db.FAMILY.SIZE",
            "RDS;t3.medium;it is written db.FAMILY.SIZE;did you mean 'db.t3.medium'?",
            "RDS;cache.t3.micro;it is written db.FAMILY.SIZE;did you mean 'db.t3.micro'?",
            "RDS;db.r6g.larg;no size 'larg';did you mean 'db.r6g.large'?",
            "RDS;db.t3;it is written db.FAMILY.SIZE;e.g. db.t3.medium",
            "ELASTICACHE;db.t3.micro;it is written cache.FAMILY.SIZE;did you mean 'cache.t3.micro'?",
            "ELASTICACHE;cache.t5.micro;no cache node family 't5';did you mean 'cache.t3.micro'?",
            "OPENSEARCH;r6g.large;it is written FAMILY.SIZE.search;did you mean 'r6g.large.search'?",
    })
    void impossibleNamesAreExplained(InstanceClasses service, String name, String message, String hint) {
        var p = service.check(name);
        assertThat(p).as(name).isPresent();
        assertThat(p.get().message()).startsWith("'" + name + "' is not an " + service.what()).contains(message);
        assertThat(p.get().hint()).contains(hint);
    }

    @Test
    void everyClassLikeValueTypeHasACatalog() {
        for (ValueType t : new ValueType[] {ValueType.INSTANCE_TYPE, ValueType.DB_CLASS, ValueType.CACHE_NODE, ValueType.SEARCH_NODE}) {
            assertThat(InstanceClasses.of(t)).as(t.name()).isPresent();
        }
        assertThat(InstanceClasses.of(ValueType.WORD)).isEmpty();
    }
}
