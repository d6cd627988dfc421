package dev.archkit.lang;

import dev.archkit.lang.ast.Tok;
import dev.archkit.model.Value;
import dev.archkit.model.diag.Diagnostics;
import dev.archkit.model.schema.Type;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Locale;

/** CIDR blocks, IPv4 and IPv6: a network address (no host bits) and a prefix length in range. */
final class Cidrs {
    private Cidrs() { }

    static Value cidr(Tok t, Type type, Diagnostics diags) {
        String s = t.text();
        int slash = s.indexOf('/');
        if (slash < 0) {
            boolean address = !s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.contains(":"));
            return ValueParser.bad(diags, t, type, address ? "add the prefix length, e.g. " + s + "/32"
                    : "write an address range, e.g. 10.0.0.0/16 (a name is not taken here)");
        }
        String addr = s.substring(0, slash);
        int prefix;
        try {
            prefix = Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
            return ValueParser.bad(diags, t, type, "the part after '/' is the prefix length, a number");
        }
        boolean v6 = addr.contains(":");
        int bits = v6 ? 128 : 32;
        BigInteger value;
        String network;   // when host bits are set, the network address (the IPv4 hint names it); null when none are
        if (v6) {
            for (int i = 0; i < addr.length(); i++) {
                char c = addr.charAt(i);
                if (Character.digit(c, 16) < 0 && c != ':' && c != '.') return ValueParser.bad(diags, t, type, null);
            }
            try {
                byte[] b = InetAddress.getByName(addr).getAddress();
                if (b.length != 16) return ValueParser.bad(diags, t, type, null);
                value = new BigInteger(1, b);
            } catch (Exception e) {
                return ValueParser.bad(diags, t, type, "not an IPv6 address");
            }
            if (outOfRange(t, prefix, bits, diags)) return null;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
            network = value.and(mask).signum() == 0 ? null : value.andNot(mask).toString(16);
        } else {
            String[] parts = addr.split("\\.", -1);
            if (parts.length != 4) return ValueParser.bad(diags, t, type, "an IPv4 address has four numbers, e.g. 10.0.0.0/16");
            long v = 0;
            for (String p : parts) {
                int n = p.isEmpty() || p.length() > 3 || !ValueParser.isInt(p) || p.startsWith("-") ? -1 : Integer.parseInt(p);
                if (n < 0 || n > 255) return ValueParser.bad(diags, t, type, "each part of an IPv4 address lies between 0 and 255");
                v = v * 256 + n;
            }
            if (outOfRange(t, prefix, bits, diags)) return null;
            long mask = (1L << (bits - prefix)) - 1;   // IPv4 fits a long: the host bits need no big integers (the value kept is one)
            network = (v & mask) == 0 ? null : ipv4(v & ~mask);
            value = BigInteger.valueOf(v);
        }
        if (network != null) {
            diags.error("cidr", t.location(), "'" + s + "' has host bits set", v6
                    ? "use the network address of the /" + prefix
                    : "the network is " + network + "/" + prefix);
            return null;
        }
        return new Value.Cidr(v6 ? addr.toLowerCase(Locale.ROOT) : addr, prefix, v6, value, t.sourceFile(), t.sourcePosition());
    }

    private static boolean outOfRange(Tok t, int prefix, int bits, Diagnostics diags) {
        if (prefix >= 0 && prefix <= bits) return false;
        diags.error("cidr", t.location(), "prefix length /" + prefix + " is out of range for " + (bits == 128 ? "IPv6" : "IPv4"),
                "it lies between /0 and /" + bits);
        return true;
    }

    static String ipv4(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }
}
