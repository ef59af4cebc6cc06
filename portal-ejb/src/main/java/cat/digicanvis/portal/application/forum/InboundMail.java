package cat.digicanvis.portal.application.forum;

import java.util.List;

/**
 * A mail read from the reply mailbox: a key that identifies it (a hash of its Message-ID, or of its content),
 * its sender, every address it was sent to, its subject and plain text, and whether a robot sent it
 * (Auto-Submitted, a bulk or list Precedence, a delivery report), which is never answered.
 */
public record InboundMail(String key, String from, List<String> recipients, String subject, String text,
        boolean automatic) {

    public InboundMail {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
