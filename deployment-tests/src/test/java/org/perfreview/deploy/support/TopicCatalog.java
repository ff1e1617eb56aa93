package org.perfreview.deploy.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.perfreview.contracts.events.Topics;

/** Topic names declared in contracts' {@link Topics}: its String constants except the HEADER_* names. */
public final class TopicCatalog {
    private TopicCatalog() {
    }

    public static Set<String> names() {
        return Arrays.stream(Topics.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
                .filter(f -> f.getType() == String.class && !f.getName().startsWith("HEADER_"))
                .map(TopicCatalog::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
