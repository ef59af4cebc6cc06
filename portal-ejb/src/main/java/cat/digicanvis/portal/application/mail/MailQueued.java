package cat.digicanvis.portal.application.mail;

/** Fired when a mail joins the outbox; after commit the sender delivers it. */
public record MailQueued(long id) {
}
