package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.domain.model.request.MessageKind;
import cat.digicanvis.portal.domain.model.request.Side;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A forwarded request's private conversation as one of its parties sees it: the request, the lines, the side
 * the reader is on (null for an administrator of neither body) and what they may do now.
 */
public record ConversationView(ContactRequestView request, Side mySide, boolean administrator,
        List<Line> lines, Actions actions) implements Serializable {

    /** A line: a message, or a step with its note. {@code author} is null for a former member. */
    public record Line(long id, MessageKind kind, Side side, String author, boolean contactPerson, String html,
            LocalDate visitDate, LocalDateTime at) implements Serializable {

        public boolean step() {
            return kind != MessageKind.MESSAGE;
        }
    }

    /** What the reader may do, by the same rules the service applies when they do it. */
    public record Actions(boolean message, boolean accept, boolean decline, boolean askInformation,
            boolean proposeDate, boolean confirmDate, boolean cancel, boolean recordOutcome, boolean showName,
            boolean showingName) implements Serializable {

        public boolean any() {
            return message || accept || decline || askInformation || proposeDate || confirmDate || cancel
                    || recordOutcome || showName;
        }
    }
}
