package papers.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only: nothing is looked up. */
class AddressesTest {
    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "127.0.0.1", "127.8.9.10", "169.254.169.254", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255", "255.255.255.255", "240.0.0.1",
        "224.0.0.251", "0.0.0.0", "192.0.2.7", "198.51.100.1", "203.0.113.9", "192.0.0.8",
        "::1", "::", "::a9fe:a9fe", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "64:ff9b:1::1",
        "fd00::1", "fc00::1", "fe80::1", "fec0::1", "ff02::1", "2001:db8::1", "2001::1", "100::1", "2002:7f00:1::1",
        "2002:a9fe:a9fe::1", "3fff::1"})
    void notPublic(String literal) throws UnknownHostException {
        assertThat(Addresses.isPublic(InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "1.1.1.1", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1",
        "198.17.255.255", "198.20.0.1", "223.255.255.255", "2606:4700::1111", "2a00:1450:4001::1", "2002:5db8:d822::1",
        "2001:4860:4860::8888"})
    void isPublic(String literal) throws UnknownHostException {
        assertThat(Addresses.isPublic(InetAddress.getByName(literal))).isTrue();
    }
}
