package cat.digicanvis.portal.domain.model.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailReplyTextTest {

    @Test
    void keepsWhatIsAboveTheQuotedMail() {
        String mail = "Sí, ho vam fer amb el consorci.\nUs passo el contacte.\n\nEl dt., 1 de des. 2026, a les 10:00, "
                + "Observatori <forum+abc@x.cat> va escriure:\n> ##- Escriviu la resposta damunt d'aquesta línia ##-\n> Hola";
        assertEquals("Sí, ho vam fer amb el consorci.\nUs passo el contacte.", MailReplyText.clean(mail));
    }

    @Test
    void englishAndWrappedHeaders() {
        assertEquals("Thanks, that helps.", MailReplyText.clean("Thanks, that helps.\r\n\r\nOn Tue, 1 Dec 2026 at 10:00,"
                + " DigiCanvis Observatory\r\n<forum+abc@x.cat> wrote:\r\n> quoted"));
        assertEquals("Gràcies!", MailReplyText.clean("Gràcies!\n\nOn Tue, 1 Dec 2026, Anna <a@b.c> wrote:\n> x"));
    }

    @Test
    void spanishAndOutlookStyles() {
        assertEquals("De acuerdo.", MailReplyText.clean("De acuerdo.\n\nEl mar, 1 dic 2026 a las 10:00, X escribió:\n> y"));
        assertEquals("D'acord.", MailReplyText.clean("D'acord.\n\n________________________________\nDe: Observatori\nEnviat: dimarts"));
        assertEquals("D'acord.", MailReplyText.clean("D'acord.\n\nFrom: Observatori <o@x.cat>\nSent: Tuesday\nTo: Anna"));
        assertEquals("D'acord.", MailReplyText.clean("D'acord.\n-----Original Message-----\nFrom: x"));
    }

    @Test
    void dropsSignaturesAndStrayQuotedLines() {
        assertEquals("Primera línia\nTercera", MailReplyText.clean("Primera línia\n> citada\nTercera\n-- \nAnna Vidal\nAjuntament"));
        assertEquals("Vist.", MailReplyText.clean("Vist.\n\nEnviat des del meu iPhone"));
        assertEquals("Vist.", MailReplyText.clean("Vist.\n--\nsignatura"));
    }

    @Test
    void theMarkerCutsEvenWithoutAQuoteHeader() {
        assertEquals("Resposta", MailReplyText.clean("Resposta\n##- Write your reply above this line ##-\nHello"));
        assertEquals("", MailReplyText.clean("> only quoted\n> text"));
        assertEquals("", MailReplyText.clean(null));
    }

    @Test
    void aLineThatOnlyStartsLikeAHeaderIsKept() {
        assertEquals("On Monday we met the mayor.\nIt went well.",
                MailReplyText.clean("On Monday we met the mayor.\nIt went well."));
        assertEquals("El projecte va funcionar: ho recomano.", MailReplyText.clean("El projecte va funcionar: ho recomano."));
    }
}
