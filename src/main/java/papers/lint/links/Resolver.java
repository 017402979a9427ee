package papers.lint.links;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks host names up; tests give their own, so that no test asks a real DNS server. */
@FunctionalInterface
public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** The system's resolver. */
    static Resolver system() {
        return InetAddress::getAllByName;
    }
}
