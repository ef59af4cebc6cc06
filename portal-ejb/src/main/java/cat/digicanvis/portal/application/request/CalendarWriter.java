package cat.digicanvis.portal.application.request;

/** Writes a visit as an iCalendar object (RFC 5545, with iTIP's METHOD: REQUEST, or CANCEL when cancelled). */
public interface CalendarWriter {

    String write(VisitInvitation invitation);
}
