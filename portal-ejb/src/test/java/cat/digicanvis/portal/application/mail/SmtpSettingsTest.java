package cat.digicanvis.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void startTlsIsOffWhenOfferedOrRequired() {
        Properties off = MailSender.smtp("smtp.example", 25, "false");
        assertEquals("false", off.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", off.getProperty("mail.smtp.starttls.required"));
        Properties offered = MailSender.smtp("smtp.example", 587, "true");
        assertEquals("true", offered.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", offered.getProperty("mail.smtp.starttls.required"));
        Properties required = MailSender.smtp("smtp.example", 587, " Required ");
        assertEquals("true", required.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", required.getProperty("mail.smtp.starttls.required"));
        assertEquals("587", required.getProperty("mail.smtp.port"));
    }

    @Test
    void aMistypedSettingStopsTheSenderRatherThanMailingInClear() {
        assertThrows(IllegalArgumentException.class, () -> MailSender.smtp("smtp.example", 587, "yes"));
    }
}
