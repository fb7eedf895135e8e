package dev.lambdaharness.events.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * SQS's {@code md5OfMessageAttributes}: the MD5 of the attributes sorted by name, each written as
 * its length-prefixed name, length-prefixed data type, a transport byte (1 for string and number
 * values, 2 for binary ones) and its length-prefixed value. SDKs recompute it to verify a receive,
 * so it must be exact.
 */
public final class SqsAttributesMd5 {

    private SqsAttributesMd5() {
    }

    /** A message attribute value: exactly one of {@code text} and {@code binary} is set. */
    public record Value(String dataType, String text, byte[] binary) {
    }

    /** @return the hexadecimal MD5 of {@code attributes} */
    public static String of(Map<String, Value> attributes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TreeMap<>(attributes).forEach((name, value) -> {
            field(out, Encodings.utf8(name));
            field(out, Encodings.utf8(value.dataType()));
            if (value.binary() != null) {
                out.write(2);
                field(out, value.binary());
            } else {
                out.write(1);
                field(out, Encodings.utf8(value.text()));
            }
        });
        return Encodings.md5Hex(out.toByteArray());
    }

    private static void field(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
