package example.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The business rule alone, without Lambda: which object keys are invoices. */
class InvoiceKeyTest {

    @Test
    void readsTheOrderFromAnInvoicesKey() {
        assertThat(InvoiceKey.parse("invoices/2026/12/ORD-7.pdf")).contains(new InvoiceKey(2026, 12, "ORD-7"));
    }

    @Test
    void anyOtherObjectIsNoInvoice() {
        assertThat(InvoiceKey.parse("uploads/cat.png")).isEmpty();
        assertThat(InvoiceKey.parse("invoices/2026/12/ORD-7.csv")).isEmpty();
        assertThat(InvoiceKey.parse("invoices/26/12/ORD-7.pdf")).isEmpty();
    }
}
