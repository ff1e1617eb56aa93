package org.perfreview.localstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.jwt.Role;
import org.perfreview.localstack.jwt.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code token ROLE [UNIT,...]}: prints only the token (issuer as the running stack's services expect), so {@code T=$(./perf-review token reviewer)} works. */
@Command(name = "token", description = "Print a JWT signed with the running stack's key.")
final class TokenCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "ROLE", description = "unit | reviewer | admin")
    String role;

    @Parameters(index = "1", arity = "0..1", paramLabel = "UNIT_CODE,...", description = "The units a unit token may file for and read.")
    String units;

    @Option(names = "--upn", paramLabel = "NAME", description = "The token's upn (default: the role, or unit-<first unit>).")
    String upn;

    @Option(names = "--hours", paramLabel = "H", defaultValue = "12", description = "Lifetime (default: ${DEFAULT-VALUE}).")
    double hours;

    @Override
    public Integer call() throws IOException {
        Role parsed;
        try {
            parsed = Role.of(role);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + role + "' (unit | reviewer | admin)");
        }
        List<String> codes = units == null ? List.of()
                : Arrays.stream(units.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (parsed == Role.UNIT && codes.isEmpty()) {
            throw new IllegalArgumentException("a unit token needs unit codes: token unit 101001[,101002]");
        }
        Path key = common.layout().jwtDir().resolve(PemKeys.PRIVATE_FILE);
        if (!Files.exists(key)) {
            throw new IllegalStateException("no stack key at " + key + "; start the stack with ./perf-review up");
        }
        String name = upn != null ? upn : parsed == Role.UNIT ? "unit-" + codes.get(0) : parsed.group();
        Duration ttl = Duration.ofMinutes(Math.round(hours * 60));
        // The issuer the running stack's services verify: the identity provider's realm URL when it runs.
        Path stackJson = common.layout().stackJson();
        String issuer = Files.exists(stackJson) ? StackInfo.read(stackJson).issuer() : Tokens.ISSUER;
        System.out.println(Tokens.fromPem(key).withIssuer(issuer).sign(name, parsed, codes, ttl));
        return 0;
    }
}
