package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import java.util.Arrays;
import java.util.List;

/**
 * An S3 event notification as S3 delivers it to Lambda: one record per invocation, with the
 * object key URL-encoded as S3 encodes it ({@code red flower.jpg} arrives as
 * {@code red+flower.jpg}; {@code S3Event}'s {@code getUrlDecodedKey()} turns it back), an
 * ISO-8601 {@code eventTime} with milliseconds, the bucket ARN, and request ids and a
 * {@code sequencer} in their real shapes.
 *
 * <p>A created object's {@code size} and {@code eTag} are those of the content given (the eTag of
 * a single-part upload is the content's MD5); removal events carry neither, as S3 sends them.
 *
 * <pre>{@code
 * EventPayload put = Events.s3().bucket("invoices").object("2024/May/red flower.jpg", bytes).build();
 * EventPayload delete = Events.s3().bucket("invoices").object("old.csv").eventName("ObjectRemoved:Delete").build();
 * }</pre>
 */
public final class S3EventBuilder extends EventBuilder<S3EventBuilder> {

    private String bucket = "my-bucket";
    private String key;
    private String contentMd5;
    private long size;
    private String eventName = "ObjectCreated:Put";
    private String versionId;
    private String configurationId = "lambda-notification";

    /** A builder for bucket {@code my-bucket}; {@link dev.lambdaharness.events.Events#s3()} is the usual way in. */
    public S3EventBuilder() {
    }

    /**
     * @param name the bucket's name
     * @return a builder for objects in that bucket (default {@code my-bucket})
     */
    public S3EventBuilder bucket(String name) {
        Checks.text("bucket", name);
        return with(b -> b.bucket = name);
    }

    /**
     * @param key the object key as the user wrote it, unencoded
     * @return a builder for an empty object under that key
     */
    public S3EventBuilder object(String key) {
        return object(key, new byte[0]);
    }

    /**
     * @param key the object key as the user wrote it, unencoded
     * @param content the object's bytes, which give its {@code size} and {@code eTag}
     * @return a builder for that object; S3 notifies one object per invocation, so this replaces
     *     any earlier one
     */
    public S3EventBuilder object(String key, byte[] content) {
        Checks.text("key", key);
        byte[] copy = Arrays.copyOf(Checks.present("content", content), content.length);
        return with(b -> {
            b.key = key;
            b.size = copy.length;
            b.contentMd5 = Encodings.md5Hex(copy);
        });
    }

    /**
     * @param name the event type without the {@code s3:} prefix, such as {@code ObjectCreated:Put}
     *     (the default), {@code ObjectCreated:CompleteMultipartUpload}, {@code ObjectRemoved:Delete}
     *     or {@code ObjectRemoved:DeleteMarkerCreated}
     * @return a builder for that event type
     */
    public S3EventBuilder eventName(String name) {
        Checks.text("eventName", name);
        if (name.startsWith("s3:") || !name.contains(":")) {
            throw new IllegalArgumentException("eventName \"" + name + "\" is not how S3 names a notification to "
                    + "Lambda. Pass the type without the s3: prefix, such as \"ObjectCreated:Put\".");
        }
        return with(b -> b.eventName = name);
    }

    /**
     * @param versionId the object version, for a versioned bucket
     * @return a builder whose object carries that version id
     */
    public S3EventBuilder versionId(String versionId) {
        Checks.text("versionId", versionId);
        return with(b -> b.versionId = versionId);
    }

    /**
     * @param id the name of the bucket's notification configuration
     * @return a builder naming that configuration (default {@code lambda-notification})
     */
    public S3EventBuilder configurationId(String id) {
        Checks.text("configurationId", id);
        return with(b -> b.configurationId = id);
    }

    @Override
    Object content() {
        return List.of(bucket, String.valueOf(key), String.valueOf(contentMd5), size, eventName,
                String.valueOf(versionId), configurationId);
    }

    @Override
    JsonNode json(Wire wire) {
        if (key == null) {
            throw new IllegalStateException("The S3 event has no object. Add one with object(key) or object(key, bytes).");
        }
        Ids ids = wire.ids();
        ObjectNode record = Json.object();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", wire.region());
        record.put("eventTime", Timestamps.isoMillis(wire.now()));
        record.put("eventName", eventName);
        record.putObject("userIdentity").put("principalId", "AWS:AIDA" + ids.upperAlphanumeric(17));
        record.putObject("requestParameters").put("sourceIPAddress", "198.51.100." + ids.between(1, 255));
        record.putObject("responseElements")
                .put("x-amz-request-id", ids.upperHex(16))
                .put("x-amz-id-2", ids.base64(56));
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", configurationId);
        ObjectNode bucketNode = s3.putObject("bucket");
        bucketNode.put("name", bucket);
        bucketNode.putObject("ownerIdentity").put("principalId", "A" + ids.upperAlphanumeric(13));
        bucketNode.put("arn", wire.s3Arn(bucket));
        ObjectNode object = s3.putObject("object");
        object.put("key", Encodings.s3Key(key));
        if (!eventName.startsWith("ObjectRemoved:")) {
            object.put("size", size);
            object.put("eTag", contentMd5);
        }
        if (versionId != null) {
            object.put("versionId", versionId);
        }
        object.put("sequencer", ids.upperHex(18));
        ObjectNode event = Json.object();
        event.putArray("Records").add(record);
        return event;
    }
}
