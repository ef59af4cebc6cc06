package cat.digicanvis.portal.application.forum;

import java.io.Serializable;

/** A topic found by a search: its summary, its title and a snippet of its text with the words marked (safe HTML). */
public record SearchHitView(TopicSummaryView topic, String titleHtml, String snippetHtml) implements Serializable {
}
