package dev.entitylint.processor.report;

import dev.entitylint.processor.evolve.Json;
import java.util.List;

/** Writes JSON values by hand: the processor has no runtime dependency for it. */
final class JsonText {

    private JsonText() {
    }

    /** A JSON string literal, or {@code null}. */
    static String string(String value) {
        return Json.quote(value);
    }

    static String number(Integer value) {
        return value == null ? "null" : value.toString();
    }

    static String strings(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
        }
        return out.append(']').toString();
    }
}
