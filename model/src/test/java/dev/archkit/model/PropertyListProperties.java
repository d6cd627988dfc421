package dev.archkit.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PropertyList#find} through its key mask and identity scan answers as an equality scan for the first property of a key would, repeated keys of different instances included. */
class PropertyListProperties {

    @Property(tries = 500)
    void findAnswersTheFirstPropertyOfTheKey(@ForAll("keyLists") List<String> keys, @ForAll("keys") String asked) {
        List<dev.archkit.model.Property> props = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            props.add(new dev.archkit.model.Property(new String(keys.get(i)), new Value.WordValue("v" + i, Location.UNKNOWN), Location.UNKNOWN));   // not the asked instance
        }
        PropertyList list = PropertyList.of(props);
        dev.archkit.model.Property expected = props.stream().filter(p -> p.key().equals(asked)).findFirst().orElse(null);
        assertThat(list.find(asked)).isSameAs(expected);
        assertThat(list.findAll(asked)).containsExactlyElementsOf(props.stream().filter(p -> p.key().equals(asked)).toList());
        for (dev.archkit.model.Property p : props) assertThat(list.find(p.key()).key()).isEqualTo(p.key());
    }

    /** Lists around the size where the table starts, with repeated keys and keys of equal hashes ("Aa", "BB"). */
    @Provide
    Arbitrary<List<String>> keyLists() {
        return keys().list().ofMinSize(0).ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "port", "image", "subnets", ""),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
    }
}
