package org.perfreview.support.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every path and query parameter of every service, checked once before a resource runs: no control characters
 * (PostgreSQL refuses NUL), and ids and numbers that parse, so a bad value is a 400 naming the parameter.
 */
public class InputFilters {

    @ServerRequestFilter
    public void checkParameters(UriInfo uri, ResourceInfo resource) {
        check(uri.getPathParameters(true), "路径参数");
        check(uri.getQueryParameters(true), "查询参数");
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Parameter p : method.getParameters()) {
            for (Annotation a : p.getAnnotations()) {
                if (a instanceof PathParam path) {
                    checkType(path.value(), uri.getPathParameters(true).getFirst(path.value()), p.getType());
                } else if (a instanceof QueryParam query) {
                    checkType(query.value(), uri.getQueryParameters(true).getFirst(query.value()), p.getType());
                }
            }
        }
    }

    private static void check(Map<String, List<String>> parameters, String kind) {
        parameters.forEach((name, values) -> {
            if (Inputs.hasControlCharacter(name)) {
                throw new InvalidInputException(Inputs.shown(name), kind + "名含有控制字符");
            }
            values.forEach(v -> Inputs.requireNoControlCharacters(name, v));
        });
    }

    private static void checkType(String name, String value, Class<?> type) {
        if (value == null) {
            return;
        }
        try {
            if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.strip());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.strip());
            }
        } catch (IllegalArgumentException e) {
            String expected = type == UUID.class ? "UUID（如 3f1c…-…）" : "整数";
            throw new InvalidInputException(name, name + " 应为" + expected + "，收到：" + Inputs.shown(value));
        }
    }
}
