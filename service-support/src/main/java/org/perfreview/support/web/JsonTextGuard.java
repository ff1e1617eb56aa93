package org.perfreview.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Every JSON request body of every service: a control character (such as an escaped NUL) in any property name or
 * text value is a 400 naming the property, before the body reaches a resource, the database or an event.
 */
@Provider
public class JsonTextGuard implements ReaderInterceptor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            String field = firstControl(MAPPER.readTree(body), "");
            if (field != null) {
                throw new InvalidInputException(field.isEmpty() ? "body" : field,
                        "字段 " + (field.isEmpty() ? "body" : field) + " 含有控制字符（如 NUL），请删除后重试");
            }
        } catch (JsonProcessingException e) {
            // not JSON: the body reader reports it with its position
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The dotted path of the first property whose name or text holds a control character, or null. */
    static String firstControl(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return Inputs.hasControlCharacter(node.textValue()) ? path : null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (Inputs.hasControlCharacter(e.getKey())) {
                    return Inputs.withoutControlCharacters(child);
                }
                String found = firstControl(e.getValue(), child);
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstControl(node.get(i), path.isEmpty() ? String.valueOf(i) : path + "." + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
