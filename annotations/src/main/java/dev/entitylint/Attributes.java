package dev.entitylint;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Reads and writes an entity's attribute by its path: through its getter and setter when the class
 * has them (they reach a lazy proxy's instance), else the field of that name, declared in the class
 * or a superclass. Used for the tenant attribute only.
 */
final class Attributes {

    private Attributes() {
    }

    /** The value at {@code path} ({@code tenantId}, {@code owner.tenantId}), or {@code null} on the way. */
    static Object get(Object target, String path) {
        Object current = target;
        for (String name : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            current = read(current, name);
        }
        return current;
    }

    /** Sets the value at {@code path}; the objects on the way must exist. */
    static void set(Object target, String path, Object value) {
        int dot = path.lastIndexOf('.');
        Object owner = dot < 0 ? target : get(target, path.substring(0, dot));
        if (owner == null) {
            throw new IllegalArgumentException("entity has no " + path.substring(0, dot) + " to hold its tenant");
        }
        write(owner, path.substring(dot + 1), value);
    }

    private static Object read(Object target, String name) {
        // The getter first: on a lazy proxy it reaches the loaded instance, the proxy's own field does not.
        Method getter = method(target.getClass(), "get" + capitalized(name), 0);
        try {
            if (getter != null) {
                getter.setAccessible(true);
                return getter.invoke(target);
            }
            Field field = field(target.getClass(), name);
            if (field == null) {
                throw new IllegalStateException(target.getClass().getName() + " has no attribute " + name);
            }
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + target.getClass().getName(), e);
        }
    }

    private static void write(Object target, String name, Object value) {
        Method setter = method(target.getClass(), "set" + capitalized(name), 1);
        try {
            if (setter != null) {
                setter.setAccessible(true);
                setter.invoke(target, value);
                return;
            }
            Field field = field(target.getClass(), name);
            if (field == null) {
                throw new IllegalStateException(target.getClass().getName() + " has no field or setter for " + name);
            }
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot set " + name + " of " + target.getClass().getName(), e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    return field;
                }
            }
        }
        return null;
    }

    private static Method method(Class<?> type, String name, int parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == parameters) {
                    return method;
                }
            }
        }
        return null;
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
