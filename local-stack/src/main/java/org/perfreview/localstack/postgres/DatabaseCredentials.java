package org.perfreview.localstack.postgres;

/** What a service needs to reach its database (QUARKUS_DATASOURCE_JDBC_URL / USERNAME / PASSWORD). */
public record DatabaseCredentials(String jdbcUrl, String username, String password) {
}
