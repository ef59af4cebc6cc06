package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    record Body(long id, String name, String kind) implements Serializable {
    }

    private static final List<Body> FOUND = List.of(new Body(1, "Bellpuig", "Ajuntament"),
            new Body(2, "Bellpuig", "Consorci"), new Body(3, "Bellvís", "Ajuntament"));

    private static String label(Body b) {
        return b.name() + " (" + b.kind() + ")";
    }

    @Test
    void ownOnesComeFirstAndAPickedLabelLeadsBackToItsBody() {
        Suggestions<Body> s = new Suggestions<>();
        assertEquals(List.of("Bellvís (Ajuntament)", "Bellpuig (Ajuntament)", "Bellpuig (Consorci)"),
                s.offer(FOUND, b -> b.id() == 3, SuggestionsTest::label));
        assertEquals(2, s.picked("Bellpuig (Consorci)").id());
        assertEquals(2, s.picked(" Bellpuig (Consorci) ").id());
        assertNull(s.picked("Bellpuig"));
        assertNull(s.picked(null));
    }

    @Test
    void aNameTypedInFullCountsOnlyWhenItNamesOneBody() {
        Suggestions<Body> s = new Suggestions<>();
        assertEquals(3, s.typed("bellvís", text -> FOUND, Body::name).id(), "typed without picking, nor JavaScript");
        assertNull(s.typed("Bellpuig", text -> FOUND, Body::name), "two bodies have that name");
        s.offer(FOUND, b -> false, SuggestionsTest::label);
        assertEquals(1, s.typed("Bellpuig (Ajuntament)", text -> List.of(), Body::name).id(), "a suggestion's label");
        assertNull(s.typed("  ", text -> FOUND, Body::name));
        // a new offer forgets the earlier one
        s.offer(List.of(), b -> false, SuggestionsTest::label);
        assertNull(s.picked("Bellpuig (Ajuntament)"));
    }
}
