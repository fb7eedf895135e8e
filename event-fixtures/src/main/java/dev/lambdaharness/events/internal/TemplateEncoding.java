package dev.lambdaharness.events.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a binding does to its rendered text before it goes into the payload, named as in index files. */
enum TemplateEncoding {
    /** The text itself. */
    NONE,
    /** Standard base64 of the UTF-8 bytes, as Kinesis, Kafka and API Gateway bodies carry data. */
    BASE64,
    /**
     * Form encoding with {@code /} kept, as S3 writes object keys into its events: a space is
     * {@code +}, {@code =} is {@code %3D}, {@code images/a b.jpg} is {@code images/a+b.jpg}.
     */
    URL,
    /** Lower-case hexadecimal MD5 of the UTF-8 bytes, as SQS's {@code md5OfBody}. */
    MD5,
    /** The text parsed as JSON and inserted as a tree, for parameters that hold an object. */
    JSON;

    /** @return the encoding an index file names, or null when it names none of them */
    static TemplateEncoding named(String name) {
        for (TemplateEncoding encoding : values()) {
            if (encoding != NONE && encoding.label().equals(name)) {
                return encoding;
            }
        }
        return null;
    }

    /** @return the names an index file may use */
    static String labels() {
        return Arrays.stream(values()).filter(e -> e != NONE).map(TemplateEncoding::label).collect(Collectors.joining(", "));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the encoded text ({@link #JSON} returns the text, which the caller parses) */
    String apply(String text) {
        return switch (this) {
            case NONE, JSON -> text;
            case BASE64 -> Encodings.base64(text);
            case URL -> Encodings.s3Key(text);
            case MD5 -> Encodings.md5Hex(Encodings.utf8(text));
        };
    }
}
