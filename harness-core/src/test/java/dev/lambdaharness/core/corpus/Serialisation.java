package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inputs and outputs that exercise the runtime's serialiser settings. */
public class Serialisation {

    /** An enum the input names; a name it does not know reads as null. */
    public enum Kind {
        SMALL, LARGE
    }

    /** A bean with a null field, a public field without a getter, a private one without a getter, a nested list. */
    public static class Bean {
        public String publicField = "public";
        @SuppressWarnings("unused")
        private String privateField = "private";
        private String name;
        private String missing;
        private Integer count;
        private List<String> tags = new ArrayList<>();
        private double ratio = Double.NaN;
        private boolean active = true;
        private Kind kind;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getMissing() {
            return missing;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(List<String> tags) {
            this.tags = tags;
        }

        public double getRatio() {
            return ratio;
        }

        public boolean isActive() {
            return active;
        }

        public Kind getKind() {
            return kind;
        }

        public void setKind(Kind kind) {
            this.kind = kind;
        }
    }

    /** Fixed points in time in every representation the serialiser treats specially. */
    public static class Times {
        private final Date date = new Date(1_700_000_000_123L);
        private final Instant instant = Instant.ofEpochSecond(1_700_000_000L, 123_000_000L);
        private final LocalDate localDate = LocalDate.of(2024, 1, 2);
        private final Optional<String> present = Optional.of("here");
        private final Optional<String> absent = Optional.empty();

        public Date getDate() {
            return date;
        }

        public Instant getInstant() {
            return instant;
        }

        public LocalDate getLocalDate() {
            return localDate;
        }

        public Optional<String> getPresent() {
            return present;
        }

        public Optional<String> getAbsent() {
            return absent;
        }
    }

    /** A bean whose getter throws while the response is written. */
    public static class Unwritable {
        public String getValue() {
            throw new IllegalStateException("getter refuses");
        }
    }

    /** Echoes a map: null values are left out on the way back. */
    public Map<String, Object> map(Map<String, Object> input) {
        Map<String, Object> out = new LinkedHashMap<>(input);
        out.put("keys", new ArrayList<>(input.keySet()));
        out.put("added", null);
        return out;
    }

    /** Fills a bean from the input's properties and returns it. */
    public Bean bean(Bean input) {
        input.getTags().add("seen");
        return input;
    }

    public Times times(String ignored) {
        return new Times();
    }

    public Optional<String> optional(String input) {
        return Optional.ofNullable(input);
    }

    public Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond, 5);
    }

    public byte[] bytes(String input) {
        return input.getBytes(StandardCharsets.UTF_8);
    }

    public Date date(Date input) {
        return input;
    }

    public int primitive(int input) {
        return input * 2;
    }

    public Unwritable unwritable(String ignored) {
        return new Unwritable();
    }

    public Orders.Order recordOut(String sku) {
        return new Orders.Order(sku, 3);
    }

    public Orders.Order record(Orders.Order order) {
        return new Orders.Order(order.sku() + "!", order.quantity() + 1);
    }
}
