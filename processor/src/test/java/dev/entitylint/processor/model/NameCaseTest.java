package dev.entitylint.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameCaseTest {

    @Test
    void wordsSplitAtSeparatorsCamelHumpsAcronymsAndCapitalsAfterDigits() {
        assertEquals(List.of("total", "amount"), NameCase.words("totalAmount"));
        assertEquals(List.of("unit", "price", "usd"), NameCase.words("unit_price_USD"));
        assertEquals(List.of("vat", "rate"), NameCase.words("VATRate"));
        assertEquals(List.of("last", "modified", "date"), NameCase.words("\"last-modified.date\""));
        assertEquals(List.of("sha256", "hash"), NameCase.words("sha256Hash"));
        assertEquals(List.of("sha256", "id"), NameCase.words("Sha256ID"));
        assertEquals(List.of("o", "auth2", "client", "info"), NameCase.words("OAuth2ClientInfo"));
        assertEquals(List.of("straße"), NameCase.words("Straße"));
        assertEquals(List.of(), NameCase.words("__"));
    }

    @Test
    void snakeIsAPlainLowerCaseSqlName() {
        assertEquals("order_item", NameCase.snake("OrderItem"));
        assertEquals("customer_id", NameCase.snake("CustomerID"));
        assertEquals("fk_order", NameCase.snake("FK_Order"));
        assertEquals("address2_line", NameCase.snake("address2Line"));
        assertEquals("line2_x", NameCase.snake("Line2X"));
        assertEquals("order_lines", NameCase.snake("\"Order Lines\""));
        assertEquals("stra_e", NameCase.snake("Straße"));
        assertEquals("a_b", NameCase.snake("__a__b__"));
        assertEquals("", NameCase.snake("ß"));
    }
}
