package example.orders.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an invoice is stored: {@code invoices/<year>/<month>/<orderId>.pdf}. Kept apart from the
 * handler that reads S3's events, so it is tested without any.
 *
 * <pre>{@code
 * InvoiceKey.parse("invoices/2026/12/ORD-7.pdf").map(InvoiceKey::orderId);   // Optional[ORD-7]
 * }</pre>
 *
 * @param year the year folder
 * @param month the month folder
 * @param orderId the order the invoice is for
 */
public record InvoiceKey(int year, int month, String orderId) {

    private static final Pattern KEY = Pattern.compile("invoices/(\\d{4})/(\\d{2})/(ORD-\\d+)\\.pdf");

    /** The invoice an object key names; empty for any other object. */
    public static Optional<InvoiceKey> parse(String key) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new InvoiceKey(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                matcher.group(3)));
    }
}
