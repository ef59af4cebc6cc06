package cat.digicanvis.portal.application.sheet;

import java.io.Serializable;

/** A contact person with email and phone, for verified members only. */
public record ContactDetailView(String name, String role, String email, String phone) implements Serializable {
}
