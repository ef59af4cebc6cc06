package cat.digicanvis.portal.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in page expressions ({@code #{t.title()}}, {@code #{c.name(lang)}}, {@code #{fmt.message(k, a)}}
 * on the records and helpers the pages use): Jakarta EL 5 looks each call's method up with
 * {@code Class.getMethods()}, which copies every method of the class, on every call; a topic page makes hundreds
 * of such calls. This finds a public method once per class, name and number of arguments and keeps it. What it
 * is not sure of (two overloads of the same arity, a class that is not public) it leaves to the standard resolver.
 */
public class MethodCallELResolver extends ELResolver {

    record Key(Class<?> type, String name, int arity) {
    }

    private final ConcurrentHashMap<Key, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || base instanceof Class) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Key key = new Key(base.getClass(), method.toString(), arity);
        // get before computeIfAbsent: the latter locks the key's bin even when the method is there, and 16
        // threads rendering pages then queued on it (waits of 10-25 ms seen in a profile)
        Optional<Method> found = methods.get(key);
        if (found == null) {
            found = methods.computeIfAbsent(key, MethodCallELResolver::find);
        }
        Method m = found.orElse(null);
        if (m == null) {
            return null;
        }
        Object[] args = arguments(context, m, params == null ? new Object[0] : params);
        try {
            Object result = m.invoke(base, args);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        }
    }

    /** The one public method of that name taking that many arguments (or a varargs one that can). */
    static Optional<Method> find(Key k) {
        if (!Modifier.isPublic(k.type().getModifiers())) {
            return Optional.empty();
        }
        List<Method> named = new ArrayList<>();
        for (Method m : k.type().getMethods()) {
            if (m.getName().equals(k.name())) {
                named.add(m);
            }
        }
        List<Method> exact = named.stream().filter(m -> !m.isVarArgs() && m.getParameterCount() == k.arity()).toList();
        if (exact.size() == 1 && named.stream().noneMatch(Method::isVarArgs)) {
            return Optional.of(exact.get(0)).filter(m -> Modifier.isPublic(m.getDeclaringClass().getModifiers()));
        }
        if (named.size() == 1 && named.get(0).isVarArgs() && k.arity() >= named.get(0).getParameterCount() - 1) {
            return Optional.of(named.get(0)).filter(m -> Modifier.isPublic(m.getDeclaringClass().getModifiers()));
        }
        return Optional.empty();
    }

    /** The arguments coerced as EL would, the trailing ones gathered into the varargs array. */
    static Object[] arguments(ELContext context, Method m, Object[] params) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        int fixed = m.isVarArgs() ? types.length - 1 : types.length;
        for (int i = 0; i < fixed; i++) {
            args[i] = context.convertToType(params[i], types[i]);
        }
        if (m.isVarArgs()) {
            Class<?> item = types[fixed].getComponentType();
            Object rest = java.lang.reflect.Array.newInstance(item, params.length - fixed);
            for (int i = fixed; i < params.length; i++) {
                java.lang.reflect.Array.set(rest, i - fixed, context.convertToType(params[i], item));
            }
            args[fixed] = rest;
        }
        return args;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // values are left to the standard resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
