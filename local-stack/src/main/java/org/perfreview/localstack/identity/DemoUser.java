package org.perfreview.localstack.identity;

import java.util.List;

/**
 * A user of the local stack's realm. The password is demo-only: the user exists only in a local stack.
 *
 * @param roles realm roles, i.e. the token's {@code groups}
 * @param units unit codes, i.e. the token's {@code units} (unit users only)
 */
public record DemoUser(String username, String password, String name, List<String> roles, List<String> units) {
    public DemoUser {
        roles = List.copyOf(roles);
        units = List.copyOf(units);
    }
}
