package cat.digicanvis.portal.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Somebody at the body who can tell how the project went. Email and phone are never public. */
@Embeddable
public class ContactPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String role;
    private String email;
    private String phone;

    protected ContactPerson() {
    }

    public ContactPerson(String name, String role, String email, String phone) {
        this.name = name;
        this.role = role;
        this.email = email;
        this.phone = phone;
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
                && Objects.equals(email, c.email) && Objects.equals(phone, c.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role, email, phone);
    }
}
