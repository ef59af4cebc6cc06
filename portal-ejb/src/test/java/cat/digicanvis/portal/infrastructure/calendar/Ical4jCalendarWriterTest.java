package cat.digicanvis.portal.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.request.VisitInvitation;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The visit invitation read back by an iCalendar parser, as a calendar program reads it. */
class Ical4jCalendarWriterTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    static VisitInvitation invitation(int sequence, boolean cancelled) {
        return new VisitInvitation("request-42@digicanvis.example", sequence, cancelled, DAY, "Visita de Bellpuig a Tàrrega",
                "Visita acordada.\nFitxa: Finestreta única", "Tàrrega, Urgell",
                "https://digicanvis.example/account/conversation.xhtml?id=42",
                new VisitInvitation.Person("Observatori DigiCanvis", "noreply@digicanvis.example"),
                List.of(new VisitInvitation.Person("Anna Puig", "anna@bellpuig.cat"),
                        new VisitInvitation.Person("Jordi Vila", "jordi@tarrega.cat")));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void anAgreedVisitIsARequestForAnAllDayEventWithItsPeopleAndAlarms() throws Exception {
        Calendar c = parse(new Ical4jCalendarWriter().write(invitation(0, false)));
        assertEquals("REQUEST", c.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent e = (VEvent) c.getComponent("VEVENT").orElseThrow();
        assertEquals("request-42@digicanvis.example", e.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("0", e.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("20270315", e.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20270316", e.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals("Tàrrega, Urgell", e.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("Visita de Bellpuig a Tàrrega", e.getProperty(Property.SUMMARY).orElseThrow().getValue());
        List<Property> attendees = e.getProperties(Property.ATTENDEE);
        assertEquals(List.of("mailto:anna@bellpuig.cat", "mailto:jordi@tarrega.cat"),
                attendees.stream().map(Property::getValue).toList());
        assertEquals("Anna Puig", attendees.get(0).getParameter(Parameter.CN).orElseThrow().getValue());
        assertEquals("mailto:noreply@digicanvis.example", e.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals(List.of("-P1W", "-P1D"), e.getAlarms().stream()
                .map(a -> a.getProperty(Property.TRIGGER).orElseThrow().getValue()).toList());
        assertTrue(e.getProperty(Property.DTSTAMP).isPresent(), "RFC 5545 requires DTSTAMP");
    }

    @Test
    void aCancellationCancelsTheSameEventInItsNextVersion() throws Exception {
        Calendar c = parse(new Ical4jCalendarWriter().write(invitation(2, true)));
        assertEquals("CANCEL", c.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent e = (VEvent) c.getComponent("VEVENT").orElseThrow();
        assertEquals("request-42@digicanvis.example", e.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("2", e.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", e.getProperty(Property.STATUS).orElseThrow().getValue());
        assertTrue(e.getAlarms().isEmpty());
    }
}
