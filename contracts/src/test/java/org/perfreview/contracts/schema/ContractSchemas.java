package org.perfreview.contracts.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.table.NormalizedTable;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the JSON Schema of every contract record from the record itself: component types, Java enums,
 * {@code jakarta.validation} constraints ({@code @NotNull} = required, {@code @Min}, {@code @DecimalMax} ...),
 * primitives other than booleans required (Jackson always writes them; a boolean added in a later schema version,
 * such as a score card's {@code reviewed}, reads as false where older events lack it), no properties beyond the components. What the types do not
 * say comes from code constants: an envelope's {@code eventType} is one of {@link Schemas#PAYLOAD_BY_EVENT} and its
 * payload an object; dimension keys (a finding's {@code dimension}, the keys of points-per-dimension maps) are
 * {@link Dimension} keys.
 */
public final class ContractSchemas {

    /** Schema file → the record it describes. */
    public static final Map<String, Class<?>> ROOTS = roots();

    private static final String BASE = "https://perf-review.org/schemas/";
    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final ObjectMapper PRINTER = new ObjectMapper();
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private final SchemaGenerator generator = new SchemaGenerator(config());

    /** The schema file's text as it must be committed (2-space indent, trailing newline). */
    public String text(String file) {
        return text(file, ROOTS.get(file));
    }

    /** The text of schema {@code file} generated from {@code type}. */
    public String text(String file, Class<?> type) {
        try {
            return PRINTER.writer(LAYOUT).writeValueAsString(schema(file, type)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode schema(String file, Class<?> type) {
        ObjectNode generated = generator.generateSchema(type);
        ObjectNode schema = PRINTER.createObjectNode();
        schema.set("$schema", generated.remove("$schema"));
        schema.put("$id", BASE + file);
        schema.put("title", type.getSimpleName());
        schema.setAll(generated);
        return schema;
    }

    /** The envelope, the normalized table (its own file, referenced by its event's schema) and every event's payload. */
    private static Map<String, Class<?>> roots() {
        Map<String, Class<?>> roots = new LinkedHashMap<>();
        roots.put(Schemas.ENVELOPE, EventEnvelope.class);
        roots.put(Schemas.NORMALIZED_TABLE, NormalizedTable.class);
        for (EventContract<?> event : Events.ALL) {
            Class<?> other = roots.putIfAbsent(event.schema(), event.payload());
            if (other != null && other != event.payload()) {
                throw new IllegalStateException(event.schema() + " would describe both " + other + " and " + event.payload());
            }
        }
        return Collections.unmodifiableMap(roots);
    }

    private static SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.NULLABLE_FIELDS_BY_DEFAULT);
        builder.forFields()
                .withRequiredCheck(field -> field.getType() != null && field.getType().isPrimitive()
                        && !field.getType().isInstanceOf(boolean.class))
                .withEnumResolver(ContractSchemas::codeEnum)
                .withInstanceAttributeOverride((attributes, field, context) -> {
                    if (field.getDeclaringType().getErasedType() == EventEnvelope.class && field.getName().equals("payload")) {
                        attributes.put("type", "object");
                    }
                    if (isDimensionMap(field)) {
                        attributes.putObject("propertyNames").set("enum", PRINTER.valueToTree(dimensionKeys()));
                        attributes.putObject("additionalProperties").put("type", "number").put("minimum", 0);
                    }
                });
        builder.forTypesInGeneral()
                .withPropertySorter(Comparator.comparingInt(ContractSchemas::componentIndex))
                .withStringPatternResolver(scope -> scope.getType().isInstanceOf(UUID.class) ? UUID_PATTERN : null);
        return builder.build();
    }

    /** Properties in the order of the record's components, as Jackson writes them. */
    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        for (int i = 0; components != null && i < components.length; i++) {
            if (components[i].getName().equals(member.getDeclaredName())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<String> codeEnum(FieldScope field) {
        Class<?> owner = field.getDeclaringType().getErasedType();
        if (owner == EventEnvelope.class && field.getName().equals("eventType")) {
            return Schemas.PAYLOAD_BY_EVENT.keySet().stream().sorted().toList();
        }
        if (owner == Finding.class && field.getName().equals("dimension")) {
            return dimensionKeys();
        }
        return null;
    }

    private static boolean isDimensionMap(FieldScope field) {
        return field.getType() != null && field.getType().isInstanceOf(Map.class)
                && Set.of("dimensions", "dimensionAverages").contains(field.getName());
    }

    private static List<String> dimensionKeys() {
        return Arrays.stream(Dimension.values()).map(Dimension::key).toList();
    }
}
