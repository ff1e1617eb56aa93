package org.perfreview.localstack.cli;

import org.perfreview.localstack.identity.DemoUser;
import org.perfreview.localstack.identity.IdentityInfo;

/** The identity provider's part of what {@code up} and {@code demo --keep-running} print: where to sign in, as whom. */
final class SignIns {
    private SignIns() {
    }

    static String text(IdentityInfo identity) {
        StringBuilder text = new StringBuilder("identity provider (Keycloak; the services accept its tokens):\n");
        text.append(String.format("  %-9s %s%n", "issuer", identity.issuer()));
        text.append(String.format("  %-9s client %s, secret %s (new each start)%n", "portal", identity.portalClientId(),
                identity.portalClientSecret()));
        text.append(String.format("  %-9s %s/admin/ (master realm admin: %s)%n", "console", identity.url(),
                identity.adminCredentials()));
        text.append("demo sign-ins (passwords are demo-only; these users exist only in this local stack):\n");
        for (DemoUser user : identity.users()) {
            text.append(String.format("  %-12s %-17s %-8s %s%n", user.username(), user.password(),
                    String.join(",", user.roles()), user.units().isEmpty() ? user.name()
                            : String.join(",", user.units()) + " " + user.name()));
        }
        return text.toString();
    }
}
