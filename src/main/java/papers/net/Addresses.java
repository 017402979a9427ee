package papers.net;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Which addresses are public: a link to any other (private, loopback, link-local, shared, benchmarking,
 * documentation, reserved, multicast, broadcast, or an IPv6 form that carries one, such as NAT64 and
 * IPv4-compatible addresses) could reach a network that the catalog's reader is on rather than the web.
 * The ranges are those of IANA's special-purpose address registries.
 */
public final class Addresses {
    private Addresses() {}

    /** IPv4 ranges that are not public, as {address, prefix length}. */
    private static final int[][] NOT_PUBLIC_V4 = {
        {ip(0, 0, 0, 0), 8}, {ip(10, 0, 0, 0), 8}, {ip(100, 64, 0, 0), 10}, {ip(127, 0, 0, 0), 8},
        {ip(169, 254, 0, 0), 16}, {ip(172, 16, 0, 0), 12}, {ip(192, 0, 0, 0), 24}, {ip(192, 0, 2, 0), 24},
        {ip(192, 88, 99, 0), 24}, {ip(192, 168, 0, 0), 16}, {ip(198, 18, 0, 0), 15}, {ip(198, 51, 100, 0), 24},
        {ip(203, 0, 113, 0), 24}, {ip(224, 0, 0, 0), 4}, {ip(240, 0, 0, 0), 4},
    };

    private static int ip(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    /** True for an address on the public internet. */
    public static boolean isPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff, b[3] & 0xff);
        }
        int first = (b[0] & 0xff) << 8 | (b[1] & 0xff);
        int second = (b[2] & 0xff) << 8 | (b[3] & 0xff);
        if ((first & 0xe000) != 0x2000) {
            // global unicast is 2000::/3; the rest is loopback, unspecified, mapped and compatible IPv4, NAT64,
            // discard, unique local, link-local, site-local and multicast
            return false;
        }
        if (first == 0x2001 && second < 0x0200) {
            return false; // 2001::/23, IETF protocol assignments (Teredo among them)
        }
        if (first == 0x2001 && second == 0x0db8 || first == 0x3fff && second < 0x1000) {
            return false; // documentation
        }
        if (first == 0x2002) {
            return isPublicV4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff, b[5] & 0xff); // 6to4 carries an IPv4 address
        }
        return true;
    }

    private static boolean isPublicV4(int a, int b, int c, int d) {
        int v = ip(a, b, c, d);
        for (int[] range : NOT_PUBLIC_V4) {
            int mask = -1 << (32 - range[1]);
            if ((v & mask) == range[0]) {
                return false;
            }
        }
        return true;
    }
}
