package org.perfreview.localstack.identity;

import java.util.List;

/**
 * The identity provider of a running stack, written into {@code stack.json} as {@code identity}.
 *
 * @param url                Keycloak's base URL ({@code http://127.0.0.1:PORT}; its admin console is {@code url/admin/})
 * @param issuer             the realm URL: the {@code iss} of its tokens, the OIDC discovery base
 *                           ({@code issuer/.well-known/openid-configuration}) and what the services verify
 * @param portalClientId     the confidential client for the authorization-code flow
 * @param portalClientSecret its secret, new for every stack start
 * @param roles              the realm roles (the token's {@code groups})
 * @param users              the demo users, passwords demo-only
 * @param adminCredentials   the file holding the master realm admin's demo-only password (kept out of stack.json)
 */
public record IdentityInfo(String url, String issuer, String portalClientId, String portalClientSecret,
                           List<String> roles, List<DemoUser> users, String adminCredentials) {
    public IdentityInfo {
        roles = List.copyOf(roles);
        users = List.copyOf(users);
    }

    /** The JSON Web Key Set of the realm (the stack's public key among Keycloak's own). */
    public String jwksUrl() {
        return issuer + "/protocol/openid-connect/certs";
    }
}
