package dev.archkit.model;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A typed property value. Units are part of values: durations are kept in milliseconds,
 * sizes in MiB, CPU in millicores (1024 ECS units = 1000m = 1 vCPU), money in cents per month.
 * Every value remembers where it was written.
 */
public sealed interface Value {

    /**
     * Where the value was written. Each value keeps it as two components, {@link #sourceFile()}
     * and {@link #sourcePosition()}, not as a location object: a large model holds a million
     * values (see {@link Location#unpacked}). Read it here.
     */
    default Location at() {
        return Location.unpacked(sourceFile(), sourcePosition());
    }

    /** The file the value was written in; null for a value made without a location. */
    String sourceFile();

    /** Its line, column and length, packed as {@link Location#packed()}. */
    long sourcePosition();

    /** The canonical text of this value, as the formatter and JSON output show it. */
    String text();

    record IntValue(long value, String sourceFile, long sourcePosition) implements Value {
        public IntValue(long value, Location at) { this(value, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "IntValue[" + text() + " at " + at() + "]"; }
        public String text() { return Long.toString(value); }
    }

    record NumberValue(double value, String sourceFile, long sourcePosition) implements Value {
        public NumberValue(double value, Location at) { this(value, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "NumberValue[" + text() + " at " + at() + "]"; }
        public String text() { return fmt(value); }
    }

    record StringValue(String value, String sourceFile, long sourcePosition) implements Value {
        public StringValue(String value, Location at) { this(value, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "StringValue[" + text() + " at " + at() + "]"; }
        public String text() { return value; }
    }

    /** A bare word from a fixed set (an enum member) or an identifier. */
    record WordValue(String value, String sourceFile, long sourcePosition) implements Value {
        public WordValue(String value, Location at) { this(value, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "WordValue[" + text() + " at " + at() + "]"; }
        public String text() { return value; }
    }

    record BoolValue(boolean value, String sourceFile, long sourcePosition) implements Value {
        public BoolValue(boolean value, Location at) { this(value, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "BoolValue[" + text() + " at " + at() + "]"; }
        public String text() { return Boolean.toString(value); }
    }

    record Duration(long millis, String sourceFile, long sourcePosition) implements Value {
        public Duration(long millis, Location at) { this(millis, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Duration[" + text() + " at " + at() + "]"; }
        public String text() {
            if (millis % 86_400_000L == 0 && millis != 0) return millis / 86_400_000L + "d";
            if (millis % 3_600_000L == 0 && millis != 0) return millis / 3_600_000L + "h";
            if (millis % 60_000L == 0 && millis != 0) return millis / 60_000L + "m";
            if (millis % 1000L == 0) return millis / 1000L + "s";
            return millis + "ms";
        }
        public double seconds() { return millis / 1000.0; }
    }

    /** A size in MiB (memory, storage). 1 GB is read as 1024 MiB, as AWS consoles do. */
    record Size(long mib, String sourceFile, long sourcePosition) implements Value {
        public Size(long mib, Location at) { this(mib, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Size[" + text() + " at " + at() + "]"; }
        public String text() {
            if (mib % (1024L * 1024) == 0 && mib != 0) return mib / (1024L * 1024) + " TB";
            if (mib % 1024 == 0 && mib != 0) return mib / 1024 + " GB";
            return mib + " MiB";
        }
        public double gib() { return mib / 1024.0; }
    }

    record Percent(double value, String sourceFile, long sourcePosition) implements Value {
        public Percent(double value, Location at) { this(value, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Percent[" + text() + " at " + at() + "]"; }
        public String text() { return fmt(value) + "%"; }
    }

    /** CPU in millicores: 1000m = 1 vCPU = 1024 ECS CPU units. */
    record Cpu(long millicores, String sourceFile, long sourcePosition) implements Value {
        public Cpu(long millicores, Location at) { this(millicores, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Cpu[" + text() + " at " + at() + "]"; }
        public String text() {
            long units = ecsUnits();
            if (units * 1000 == millicores * 1024) return Long.toString(units);
            return millicores + "m";
        }
        public long ecsUnits() { return Math.round(millicores * 1024.0 / 1000.0); }
        public double vcpu() { return millicores / 1000.0; }
    }

    /** Money in cents per month (yearly amounts are divided by 12). */
    record Money(long centsPerMonth, String sourceFile, long sourcePosition) implements Value {
        public Money(long centsPerMonth, Location at) { this(centsPerMonth, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Money[" + text() + " at " + at() + "]"; }
        public String text() {
            long d = centsPerMonth / 100, c = Math.abs(centsPerMonth % 100);
            return c == 0 ? "$" + d + "/month" : String.format(Locale.ROOT, "$%d.%02d/month", d, c);
        }
        public double dollars() { return centsPerMonth / 100.0; }
    }

    /** An IPv4 or IPv6 network in CIDR notation; {@code network} is the address as a number. */
    record Cidr(String address, int prefix, boolean ipv6, BigInteger network, String sourceFile, long sourcePosition) implements Value {
        public Cidr(String address, int prefix, boolean ipv6, BigInteger network, Location at) { this(address, prefix, ipv6, network, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Cidr[" + text() + " at " + at() + "]"; }
        public String text() { return address + "/" + prefix; }
        public int bits() { return ipv6 ? 128 : 32; }
        public BigInteger size() { return BigInteger.ONE.shiftLeft(bits() - prefix); }
        public BigInteger last() { return network.add(size()).subtract(BigInteger.ONE); }
        public boolean contains(Cidr other) {
            return ipv6 == other.ipv6 && other.prefix >= prefix
                && other.network.compareTo(network) >= 0 && other.last().compareTo(last()) <= 0;
        }
        public boolean overlaps(Cidr other) {
            return ipv6 == other.ipv6 && network.compareTo(other.last()) <= 0 && other.network.compareTo(last()) <= 0;
        }
    }

    /** A port or an inclusive port range; 0-65535 is "all". */
    record Ports(int from, int to, String sourceFile, long sourcePosition) implements Value {
        public Ports(int from, int to, Location at) { this(from, to, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Ports[" + text() + " at " + at() + "]"; }
        public String text() {
            if (from == 0 && to == 65535) return "all";
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
        public boolean contains(int port) { return port >= from && port <= to; }
        public int count() { return to - from + 1; }
    }

    /** A reference to a named element; resolved by the model builder, so order never matters. */
    record Ref(String name, String sourceFile, long sourcePosition) implements Value {
        public Ref(String name, Location at) { this(name, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "Ref[" + text() + " at " + at() + "]"; }
        public String text() { return name; }
    }

    /**
     * A managed prefix list named as a security group rule's peer ({@code prefix-list NAME}): a
     * customer list declared in the model, or one of the region's AWS-managed lists
     * ({@code aws:s3}, {@code aws:dynamodb}).
     */
    record PrefixList(String name, String sourceFile, long sourcePosition) implements Value {
        public PrefixList(String name, Location at) { this(name, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "PrefixList[" + text() + " at " + at() + "]"; }
        public String text() { return "prefix-list " + name; }
        /** Whether this is one of the region's AWS-managed lists rather than a declared one. */
        public boolean awsManaged() { return name.startsWith(AWS_PREFIX); }
        /** The prefix of the AWS-managed lists' names. */
        public static final String AWS_PREFIX = "aws:";
        /** The AWS-managed lists that may be named, by the service they hold the ranges of. */
        public static final List<String> AWS_MANAGED = List.of("s3", "dynamodb");
    }

    record ListValue(List<Value> items, String sourceFile, long sourcePosition) implements Value {
        public ListValue(List<Value> items, Location at) { this(items, Location.fileOf(at), Location.packedOf(at)); }
        @Override public String toString() { return "ListValue[" + text() + " at " + at() + "]"; }
        public ListValue { items = List.copyOf(items); }
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Value v : items) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(v.text());
            }
            return sb.toString();
        }
    }

    /**
     * A property made of several named parts, e.g. {@code replicas 3 min 2 max 50}. Kept as two
     * parallel arrays in the order written: a struct has a handful of fields, and large models
     * hold hundreds of thousands of them.
     */
    final class Struct implements Value {
        private final String[] names;
        private final Value[] values;
        private final String sourceFile;
        private final long sourcePosition;

        public Struct(Map<String, Value> fields, Location at) {
            this(fields.keySet().toArray(new String[0]), fields.values().toArray(new Value[0]), at);
        }

        /** From parallel arrays of names and values, which the struct keeps (callers pass fresh ones). */
        public Struct(String[] names, Value[] values, Location at) {
            this(names, values, Location.fileOf(at), Location.packedOf(at));
        }

        /**
         * Written in {@code sourceFile} at the {@link Location#packed()} {@code sourcePosition}, as a
         * token keeps its place; a struct made without a place has a null file and position 0.
         */
        public Struct(String[] names, Value[] values, String sourceFile, long sourcePosition) {
            if (names.length != values.length) throw new IllegalArgumentException("names and values differ in length");
            this.names = names;
            this.values = values;
            this.sourceFile = sourceFile;
            this.sourcePosition = sourcePosition;
        }

        public String sourceFile() { return sourceFile; }

        public long sourcePosition() { return sourcePosition; }

        /** The values of the fields in the order written, without building a map (a view). */
        public List<Value> fieldValues() {
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(values));
        }

        /** The fields in the order written (a new map on each call: walk {@link #fieldValues()} where names do not matter). */
        public Map<String, Value> fields() {
            Map<String, Value> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) m.put(names[i], values[i]);
            return java.util.Collections.unmodifiableMap(m);
        }

        public Value get(String field) {
            for (int i = 0; i < names.length; i++) if (names[i].equals(field)) return values[i];
            return null;
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(names[i]).append('=').append(values[i].text());
            }
            return sb.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Struct s && java.util.Arrays.equals(names, s.names)
                    && java.util.Arrays.equals(values, s.values) && java.util.Objects.equals(sourceFile, s.sourceFile)
                    && sourcePosition == s.sourcePosition;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(names) * 31 + java.util.Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Struct[" + text() + "]";
        }
    }

    private static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
