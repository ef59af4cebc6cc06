package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

    public record Topic(String title, int replies) {
        public String label(String prefix) {
            return prefix + title;
        }

        public String pick(int n) {
            return "int";
        }

        public String pick(String s) {
            return "string";
        }

        public String join(String first, Object... rest) {
            return first + rest.length;
        }
    }

    private record Hidden(String title) {
    }

    static Method find(Class<?> type, String name, int arity) {
        return MethodCallELResolver.find(new MethodCallELResolver.Key(type, name, arity)).orElse(null);
    }

    @Test
    void findsTheOnePublicMethodOfThatNameAndArity() {
        assertEquals("title", find(Topic.class, "title", 0).getName());
        assertEquals(1, find(Topic.class, "label", 1).getParameterCount());
        assertEquals(null, find(Topic.class, "label", 2), "no such arity");
        assertEquals(null, find(Topic.class, "missing", 0));
    }

    @Test
    void leavesOverloadsAndHiddenClassesToTheStandardResolver() {
        assertEquals(null, find(Topic.class, "pick", 1), "two of the same arity: EL chooses by the arguments' types");
        assertEquals(null, find(Hidden.class, "title", 0), "a private record's methods cannot be called from outside");
    }

    @Test
    void takesVarargsWithAnyNumberOfTrailingArguments() {
        assertTrue(find(Topic.class, "join", 1).isVarArgs());
        assertTrue(find(Topic.class, "join", 3).isVarArgs());
        assertEquals("toLowerCase", find(String.class, "toLowerCase", 0).getName(), "the zero-argument overload");
    }
}
