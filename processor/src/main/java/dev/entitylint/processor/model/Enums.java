package dev.entitylint.processor.model;

/** Reads enum constants written in annotations, which may be absent or misspelt in code being typed. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E constant(Class<E> type, String written) {
        if (written == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(written)) {
                return constant;
            }
        }
        return null;
    }
}
