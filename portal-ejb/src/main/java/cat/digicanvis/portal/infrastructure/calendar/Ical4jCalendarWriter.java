package cat.digicanvis.portal.infrastructure.calendar;

import cat.digicanvis.portal.application.request.CalendarWriter;
import cat.digicanvis.portal.application.request.VisitInvitation;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The visit as an all-day event (a visit is agreed for a day; the hour is settled in the conversation), with
 * the body visited as its place, the people of both sides as attendees and alarms a week and a day before.
 */
@ApplicationScoped
public class Ical4jCalendarWriter implements CalendarWriter {

    @Override
    public String write(VisitInvitation v) {
        VEvent event = new VEvent(v.day(), v.day().plusDays(1), v.summary());
        event.add(new DtStamp(Instant.now()));
        event.add(new Uid(v.uid()));
        event.add(new Sequence(v.sequence()));
        event.add(new Location(v.location()));
        event.add(new Description(v.description()));
        event.add(new Url(URI.create(v.url())));
        event.add(v.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        Organizer organizer = new Organizer(mailto(v.organizer().email()));
        organizer.add(new Cn(v.organizer().name()));
        event.add(organizer);
        for (VisitInvitation.Person p : v.attendees()) {
            Attendee a = new Attendee(mailto(p.email()));
            a.add(new Cn(p.name()));
            a.add(Role.REQ_PARTICIPANT);
            a.add(PartStat.ACCEPTED);
            event.add(a);
        }
        if (!v.cancelled()) {
            for (int days : new int[] {7, 1}) {
                VAlarm alarm = new VAlarm(Duration.ofDays(-days));
                alarm.add(ImmutableAction.DISPLAY);
                alarm.add(new Description(v.summary()));
                event.add(alarm);
            }
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//DigiCanvis Observatory//Requests//CA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(v.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        return calendar.toString();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.replace(" ", ""));
    }
}
