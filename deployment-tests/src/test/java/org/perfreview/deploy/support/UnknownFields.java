package org.perfreview.deploy.support;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * fabric8 and Strimzi models keep fields they do not know in "additionalProperties" instead of
 * failing, so a typo ({@code readinesProbe}) would pass a plain deserialization. This walks the
 * model's getters and reports every such field with its path.
 */
public final class UnknownFields {
    private static final int MAX_DEPTH = 40;

    private UnknownFields() {
    }

    public static List<String> in(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return found;
    }

    private static void walk(Object value, String path, List<String> found, Set<Object> seen, int depth) {
        if (value == null || depth > MAX_DEPTH || isLeaf(value) || !seen.add(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found, seen, depth + 1));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found, seen, depth + 1);
            }
        } else if (isModel(value.getClass())) {
            walkModel(value, path, found, seen, depth);
        }
    }

    private static void walkModel(Object model, String path, List<String> found, Set<Object> seen, int depth) {
        for (Method getter : model.getClass().getMethods()) {
            if (!isGetter(getter)) {
                continue;
            }
            Object result = invoke(getter, model);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (result instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    found.add((path.isEmpty() ? "<root>" : path) + ": " + extra.keySet());
                }
            } else {
                walk(result, path + "." + propertyName(getter), found, seen, depth + 1);
            }
        }
    }

    private static boolean isGetter(Method m) {
        return m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                && m.getName().startsWith("get") && !m.getName().equals("getClass")
                && isModel(m.getDeclaringClass());
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.fabric8.kubernetes.api.model.") || name.startsWith("io.strimzi.api.")
                || name.startsWith("io.fabric8.kubernetes.client.CustomResource");
    }

    private static boolean isLeaf(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value.getClass().isPrimitive();
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // computed getters (e.g. CRD names) may throw; they hold no user fields
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
