package cat.digicanvis.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    static List<String> keys(String password, String email) {
        return PasswordPolicy.check(password, email).stream().map(Violation::messageKey).toList();
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertTrue(keys("Teulada-verda-de-Bellpuig-9", "anna@tarrega.cat").isEmpty());
    }

    @Test
    void shortEmptyAndHugePasswordsAreRefused() {
        assertEquals(List.of("validation.required"), keys("", "a@b.cat"));
        assertEquals(List.of("validation.password.short"), keys("Curt-1234", "a@b.cat"));
        assertEquals(List.of("validation.password.long"), keys("x".repeat(129) + "Ab1", "a@b.cat"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(List.of("validation.password.common"), keys("123456789012", "a@b.cat"));
        assertEquals(List.of("validation.password.common"), keys("PasswordPassword", "a@b.cat"));
    }

    @Test
    void passwordsBuiltFromTheEmailOrThePortalAreRefused() {
        assertEquals(List.of("validation.password.guessable"), keys("annapuig2024!!", "annapuig@tarrega.cat"));
        assertEquals(List.of("validation.password.guessable"), keys("Digicanvis2026!", "x@y.cat"));
        assertEquals(List.of("validation.password.guessable"), keys("abababababababab", "x@y.cat"));
    }
}
