package cat.digicanvis.portal.domain.model.mail;

public enum MailStatus {
    PENDING,
    SENT,
    FAILED
}
