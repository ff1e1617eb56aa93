package org.perfreview.deploy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates CloudNativePG {@code Cluster} documents against schemas/cnpg-cluster.schema.json. */
public final class CnpgClusterSchema {
    private static final JsonSchema SCHEMA = load();

    private CnpgClusterSchema() {
    }

    /** Problems found, empty when the document is valid. */
    public static List<String> problems(JsonNode cluster) {
        return SCHEMA.validate(cluster).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load() {
        try (InputStream in = CnpgClusterSchema.class.getResourceAsStream("/schemas/cnpg-cluster.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/cnpg-cluster.schema.json missing from the test classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
