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

    @Test
    void camelPascalAndConstantJoinTheSameWords() {
        assertEquals("createdAt", NameCase.camel("created_at"));
        assertEquals("createdAt", NameCase.camel("CREATED_AT"));
        assertEquals("createdAt", NameCase.camel("createdAt"));
        assertEquals("deletedAt", NameCase.camel("\"deleted-at\""));
        assertEquals("httpRoute", NameCase.camel("HTTPRoute"));
        assertEquals("purchaseOrder", NameCase.camel("PurchaseOrder"));
        assertEquals("FkIndex", NameCase.pascal("fk-index"));
        assertEquals("UnidirectionalOneToMany", NameCase.pascal("unidirectional-one-to-many"));
        assertEquals("FIND_BY_WAREHOUSE_AND_STATUS", NameCase.constant("findByWarehouseAndStatus"));
        assertEquals("FIND_BY_PDF_URL_AND_STATUS", NameCase.constant("findByPdfURLAndStatus"));
        assertEquals("FIND_BY_ADDRESS_CITY", NameCase.constant("findByAddressCity"));
    }

    @Test
    void capitalizeAndPropertyNameKeepTheIdentifierButItsFirstLetter() {
        assertEquals("FirstName", NameCase.capitalize("firstName"));
        assertEquals("First_name", NameCase.capitalize("first_name"));
        assertEquals("URL", NameCase.capitalize("URL"));
        assertEquals("", NameCase.capitalize(""));
        assertEquals("firstName", NameCase.propertyName("FirstName"));
        assertEquals("URL", NameCase.propertyName("URL"));
        assertEquals("x", NameCase.propertyName("X"));
    }
}
