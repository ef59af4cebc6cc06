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

    @Test
    void countsTakeTheLanguagesPluralForms() {
        Locale ca = Locale.forLanguageTag("ca");
        Locale es = Locale.forLanguageTag("es");
        assertEquals("Ja teniu 1 sol·licitud pendent de revisió; espereu que se'n resolgui alguna.",
                Messages.describe(Violation.of(null, "validation.request.tooMany", 1), ca));
        assertEquals("1 fitxa", Messages.format(ca, "{0, plural, one {# fitxa} other {# fitxes}}", 1));
        assertEquals("0 fitxes", Messages.format(ca, "{0, plural, one {# fitxa} other {# fitxes}}", 0));
        assertEquals("1.234 fitxes", Messages.format(ca, "{0, plural, one {# fitxa} other {# fitxes}}", 1234));
        assertEquals("1 ficha nueva, 2 actualizadas, 1 fila no importada.", Messages.format(es,
                cat.digicanvis.portal.web.i18n.Languages.text(es, "import.summary"), 1, 2, 1));
        assertEquals("1 new sheet, 1,500 updated, 3 rows not imported.", Messages.format(Locale.ENGLISH,
                cat.digicanvis.portal.web.i18n.Languages.text(Locale.ENGLISH, "import.summary"), 1, 1500, 3));
        // an apostrophe inside a plural branch stays (Catalan elides all the time)
        assertEquals("Un tema del fòrum en parla: vegeu-lo", Messages.format(ca,
                cat.digicanvis.portal.web.i18n.Languages.text(ca, "catalogue.forumMatches"), 1));
        assertEquals("3 temes del fòrum parlen d'això: vegeu-los", Messages.format(ca,
                cat.digicanvis.portal.web.i18n.Languages.text(ca, "catalogue.forumMatches"), 3));
    }
}
