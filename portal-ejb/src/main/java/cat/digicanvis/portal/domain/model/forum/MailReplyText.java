package cat.digicanvis.portal.domain.model.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person wrote in an answer by mail, without what their mail program added: the quoted mail below
 * ("On … wrote:", "El … va escriure:", an Outlook header block, lines starting with "&gt;", the portal's own
 * "write above this line" marker) and the signature ("-- ", "Sent from my phone").
 */
public final class MailReplyText {

    /** The marker line of the portal's mails; whatever comes from it on is the quoted mail. */
    public static final String MARKER = "##-";

    private static final Pattern QUOTE_HEADER = Pattern.compile("(?i)^\\s*(?:"
            + "on\\b.{0,300}\\bwrote:"
            + "|el\\b.{0,300}\\b(?:va escriure|ha escrit|escrigué|escribió|ha escrito):"
            + "|le\\b.{0,300}\\ba écrit\\s?:"
            + "|am\\b.{0,300}\\bschrieb.{0,80}:"
            + "|-{2,}\\s*(?:original message|missatge original|mensaje original|message d'origine)\\s*-{2,}"
            + "|_{10,}"
            + ")\\s*$");
    private static final Pattern HEADER_FROM = Pattern.compile("(?i)^\\s*\\*?(?:from|de|von)\\*?\\s*:.*\\S.*$");
    private static final Pattern HEADER_NEXT = Pattern.compile("(?i)^\\s*\\*?(?:sent|date|enviat|enviado|fecha|data|to|per a|para|a|envoyé|gesendet)\\*?\\s*:.*$");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?i)^(?:sent from my|enviat des del meu|enviat des de|enviado desde mi|get outlook for|obtener outlook para|envoyé de mon)\\b.*$");

    private MailReplyText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            // the signature delimiter is "-- " (RFC 3676); many programs drop its space
            if (stripped.contains(MARKER) || line.equals("-- ") || line.equals("--") || SIGN_OFF.matcher(stripped).matches()) {
                break;
            }
            // a header that a mail program wrapped onto two lines: "On Tue, 1 Dec 2026 at 10:00, Anna" / "<a@b.c> wrote:"
            String joined = i + 1 < lines.length ? line + " " + lines[i + 1] : line;
            if (QUOTE_HEADER.matcher(line).matches() || QUOTE_HEADER.matcher(joined).matches()
                    && !QUOTE_HEADER.matcher(lines[i + 1]).matches() && lines[i + 1].strip().endsWith(":")) {
                break;
            }
            if (HEADER_FROM.matcher(line).matches() && i + 1 < lines.length && HEADER_NEXT.matcher(lines[i + 1]).matches()) {
                break;
            }
            if (stripped.startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).strip();
    }
}
