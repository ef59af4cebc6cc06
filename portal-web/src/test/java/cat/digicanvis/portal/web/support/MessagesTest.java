package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.digicanvis.portal.domain.shared.Violation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void numbersInMessagesAreWrittenAsTheReaderWritesThem() {
        Violation v = Violation.of("message", "validation.length", 20, 4000);
        assertEquals("Missatge: ha de tenir entre 20 i 4.000 caràcters.", Messages.describe(v, Locale.forLanguageTag("ca")));
        assertEquals("Mensaje: debe tener entre 20 y 4.000 caracteres.", Messages.describe(v, Locale.forLanguageTag("es")));
        assertEquals("Message: must have between 20 and 4,000 characters.", Messages.describe(v, Locale.ENGLISH));
    }

    @Test
    void textArgumentsAndApostrophesStayAsTheyAre() {
        Violation v = Violation.of(null, "validation.request.tooMany", 10);
        assertEquals("Ja teniu 10 sol·licituds pendents de revisió; espereu que se'n resolgui alguna.",
                Messages.describe(v, Locale.forLanguageTag("ca")));
    }
}
