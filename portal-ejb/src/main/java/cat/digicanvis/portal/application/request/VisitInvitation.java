package cat.digicanvis.portal.application.request;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as a calendar event: one event per request ({@code uid}), whose {@code sequence} grows with every
 * change, so that calendars update or cancel the event they already hold rather than add another.
 */
public record VisitInvitation(String uid, int sequence, boolean cancelled, LocalDate day, String summary,
        String description, String location, String url, Person organizer, List<Person> attendees) {

    public record Person(String name, String email) {
    }

    public VisitInvitation {
        attendees = List.copyOf(attendees);
    }
}
