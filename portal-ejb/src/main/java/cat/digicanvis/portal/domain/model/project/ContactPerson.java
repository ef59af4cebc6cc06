package cat.digicanvis.portal.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * Somebody at the body who can tell how the project went, listed with their consent. Email and phone are
 * shown to verified members of local bodies only.
 */
@Embeddable
public class ContactPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String role;
    private String email;
    private String phone;
    /** The person agreed to be listed; a sheet never lists anybody without it. */
    private boolean consent;

    protected ContactPerson() {
    }

    public ContactPerson(String name, String role, String email, String phone, boolean consent) {
        this.name = name;
        this.role = role;
        this.email = email;
        this.phone = phone;
        this.consent = consent;
    }

    public boolean hasConsent() {
        return consent;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPerson c && Objects.equals(name, c.name) && Objects.equals(role, c.role)
                && Objects.equals(email, c.email) && Objects.equals(phone, c.phone) && consent == c.consent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role, email, phone);
    }
}
