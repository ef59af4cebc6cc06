package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.MailFrequency;
import java.io.Serializable;

/** A person's forum mail choices, and the handle others mention them by. */
public record MailSettingsView(String handle, MailFrequency direct, MailFrequency other, boolean replyByMail)
        implements Serializable {
}
