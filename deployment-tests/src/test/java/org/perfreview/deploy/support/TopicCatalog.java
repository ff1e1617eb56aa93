package org.perfreview.deploy.support;

import java.util.Set;
import java.util.TreeSet;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;

/** Topic names the contracts declare: every event's topic ({@link Events}) and the dead-letter topics ({@link Topics}). */
public final class TopicCatalog {
    private TopicCatalog() {
    }

    public static Set<String> names() {
        Set<String> names = new TreeSet<>(Events.topics());
        names.addAll(Topics.DEAD_LETTERS);
        return names;
    }
}
