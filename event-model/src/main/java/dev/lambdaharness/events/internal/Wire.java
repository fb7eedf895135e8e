package dev.lambdaharness.events.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * What one build of an event knows about where it comes from: region, account, partition, the
 * clock its timestamps read and the generator its ids come from.
 */
public final class Wire {

    private final String region;
    private final String account;
    private final String partition;
    private final Clock clock;
    private final Ids ids;

    /**
     * @param partition the partition, or {@code null} for the region's own
     * @param clock read once per record, so a ticking clock gives records their own times
     */
    public Wire(String region, String account, String partition, Clock clock, Ids ids) {
        this.region = region;
        this.account = account;
        this.partition = partition == null ? Partitions.of(region) : partition;
        this.clock = clock;
        this.ids = ids;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    public String partition() {
        return partition;
    }

    /** @return the DNS suffix of the partition's service endpoints */
    public String dnsSuffix() {
        return Partitions.dnsSuffix(partition);
    }

    /** @return the clock's instant now */
    public Instant now() {
        return clock.instant();
    }

    public Ids ids() {
        return ids;
    }

    /** @return {@code arn:<partition>:<service>:<region>:<account>:<resource>} */
    public String arn(String service, String resource) {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }

    /** @return the ARN of a global resource, such as an IAM role: no region */
    public String globalArn(String service, String resource) {
        return "arn:" + partition + ":" + service + "::" + account + ":" + resource;
    }

    /** @return the ARN of an S3 bucket or object: neither region nor account */
    public String s3Arn(String resource) {
        return "arn:" + partition + ":s3:::" + resource;
    }
}
