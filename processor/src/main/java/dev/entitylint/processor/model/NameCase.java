package dev.entitylint.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one place names change case. */
public final class NameCase {

    private NameCase() {
    }

    /**
     * The lower-case words of a Java or SQL name: {@code totalAmount} → total, amount;
     * {@code unit_price_USD} → unit, price, usd; {@code VATRate} → vat, rate;
     * {@code "last-modified.date"} → last, modified, date. Anything but a letter or digit separates
     * words, and so does a capital that starts a camel-case word.
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean boundary = separator
                    || (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                            || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)))));
            if (boundary && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!separator) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
